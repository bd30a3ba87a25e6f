// The audit export as JSON: one array, written a page of rows at a time so it can be streamed.
import { auditActionLabel } from '../../../preload/audit-actions';
import type { AuditRecord } from '../../store/audit-repository';

export function* auditJsonChunks(rows: Iterable<AuditRecord>, rowsPerChunk = 500): Generator<string> {
  yield '[';
  let chunk = '';
  let count = 0;
  let first = true;
  for (const row of rows) {
    chunk += `${first ? '\n' : ',\n'}${JSON.stringify({ ...row, what: auditActionLabel(row.action) })}`;
    first = false;
    if (++count === rowsPerChunk) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  yield `${chunk}\n]\n`;
}
