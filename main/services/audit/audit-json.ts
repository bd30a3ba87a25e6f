// The audit export as JSON: one array, written a page of rows at a time so it can be streamed.
import { auditActionLabel } from '../../../preload/audit-actions';
import type { AuditRecord } from '../../store/audit-repository';
import { chunkedLines } from '../export/csv-text';

export function auditJsonChunks(rows: Iterable<AuditRecord>, rowsPerChunk = 500): Generator<string> {
  return chunkedLines(
    rows,
    (row, first) => `${first ? '\n' : ',\n'}${JSON.stringify({ ...row, what: auditActionLabel(row.action) })}`,
    { head: '[', tail: '\n]\n', rowsPerChunk },
  );
}
