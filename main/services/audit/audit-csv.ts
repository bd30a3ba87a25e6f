// The audit export's CSV: a byte-order mark for Excel, one header, one line per row (RFC 4180 quoting,
// CRLF, formula cells defused: services/export/csv-text.ts).
import { auditActionLabel } from '../../../preload/audit-actions';
import type { AuditRecord } from '../../store/audit-repository';
import { csvChunks, csvLine } from '../export/csv-text';

export const AUDIT_CSV_HEADER = 'id,time,operator,what,action,target,details\r\n';

export function auditCsvLine(row: AuditRecord): string {
  return csvLine([row.id, row.at, row.actor, auditActionLabel(row.action), row.action, row.target, JSON.stringify(row.details)]);
}

/** The whole export as text chunks, one page of rows per chunk, so a caller can stream it. */
export function auditCsvChunks(rows: Iterable<AuditRecord>, rowsPerChunk = 500): Generator<string> {
  return csvChunks(rows, auditCsvLine, AUDIT_CSV_HEADER, rowsPerChunk);
}
