// The audit export's CSV: one header, one line per row (RFC 4180 quoting, CRLF). Cells that a
// spreadsheet would run as a formula (an account or target may be any text) get a leading apostrophe.
import { auditActionLabel } from '../../../preload/audit-actions';
import type { AuditRecord } from '../../store/audit-repository';

export const AUDIT_CSV_HEADER = 'id,time,operator,what,action,target,details\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditCsvLine(row: AuditRecord): string {
  return `${[row.id, row.at, row.actor, auditActionLabel(row.action), row.action, row.target, JSON.stringify(row.details)].map(cell).join(',')}\r\n`;
}

/** The whole export as text chunks, one page of rows per chunk, so a caller can stream it. */
export function* auditCsvChunks(rows: Iterable<AuditRecord>, rowsPerChunk = 500): Generator<string> {
  yield AUDIT_CSV_HEADER;
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += auditCsvLine(row);
    if (++count === rowsPerChunk) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  if (chunk !== '') yield chunk;
}
