// The Activity export: the filtered provisioning log rows as CSV (one header, one line per row) or JSON
// (one array), produced a page of rows at a time so a caller streams them (a million rows never sit in
// memory). Formula cells are defused and quoting follows RFC 4180 (services/export/csv-text.ts).
import { describeRequest } from '../../../preload/activity-operations';
import type { ProvisioningLogRecord } from '../../store/provisioning-log-repository';
import { chunkedLines, csvChunks, csvLine } from '../export/csv-text';
import { toActivityEntry } from './activity-entry';

export const ACTIVITY_CSV_HEADER = csvLine([
  'id',
  'time',
  'token',
  'operation',
  'request',
  'method',
  'path',
  'resource type',
  'resource id',
  'name',
  'externalId',
  'status',
  'code',
  'reason',
  'changes',
  'remote address',
  'duration ms',
]);

export function activityCsvLine(row: ProvisioningLogRecord): string {
  return csvLine([
    row.id,
    row.at,
    row.actor,
    row.operation,
    describeRequest(row),
    row.method,
    row.path,
    row.resourceType,
    row.resourceId,
    row.userName,
    row.externalId,
    row.status,
    row.scimType,
    row.detail,
    row.changes === null ? null : JSON.stringify(row.changes),
    row.remoteAddress,
    row.durationMs,
  ]);
}

export function activityCsvChunks(rows: Iterable<ProvisioningLogRecord>, rowsPerChunk = 500): Generator<string> {
  return csvChunks(rows, activityCsvLine, ACTIVITY_CSV_HEADER, rowsPerChunk);
}

/** Each row as the console API shows it (no token id), plus the line the table shows. */
export function activityJsonChunks(rows: Iterable<ProvisioningLogRecord>, rowsPerChunk = 500): Generator<string> {
  return chunkedLines(
    rows,
    (row, first) => `${first ? '\n' : ',\n'}${JSON.stringify({ ...toActivityEntry(row), request: describeRequest(row) })}`,
    { head: '[', tail: '\n]\n', rowsPerChunk },
  );
}
