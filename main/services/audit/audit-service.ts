// The audit trail as the Audit view, `idsvc audit export` and the downloads read it: filtered,
// newest first, in keyset pages or as one stream that holds a page at a time.
import type { AuditFilterValue, AuditPage } from '../../../preload/audit-contract';
import type { ExportFormat } from '../../../preload/export-formats';
import type { AuditFilter, AuditRecord } from '../../store/audit-repository';
import type { Store } from '../../store/store';
import { auditCsvChunks } from './audit-csv';
import { countedRows } from '../export/counted-rows';
import { auditJsonChunks } from './audit-json';

export interface AuditQuery extends AuditFilterValue {
  beforeId: number | null;
  limit: number;
}

/** `at` is stored as toISOString() text; a filter instant in another offset is rewritten to compare as text. */
function storeFilter(filter: AuditFilterValue): AuditFilter {
  const instant = (value: string | null) => (value === null ? null : new Date(value).toISOString());
  return { since: instant(filter.since), until: instant(filter.until), actor: filter.actor, action: filter.action };
}

/**
 * A page of audit rows, newest first, and where the next one starts: `read` is asked for one row more
 * than the page, which tells whether another page follows, without a count.
 */
export function newestFirstPage(read: (limit: number) => AuditRecord[], limit: number): AuditPage {
  const rows = read(limit + 1);
  const entries = rows.slice(0, limit);
  return { entries, nextBeforeId: rows.length > limit ? entries.at(-1)!.id : null };
}

export class AuditService {
  constructor(private readonly store: Store) {}

  list(query: AuditQuery): AuditPage {
    return newestFirstPage((limit) => this.store.audit.page(storeFilter(query), query.beforeId, limit), query.limit);
  }

  facets(): { actors: string[]; actions: string[] } {
    return { actors: this.store.audit.distinctActors(), actions: this.store.audit.distinctActions() };
  }

  rows(filter: AuditFilterValue): Iterable<AuditRecord> {
    return this.store.audit.each(storeFilter(filter));
  }

  /** The export as text chunks; `counter` (when given) counts the rows written. */
  exportChunks(filter: AuditFilterValue, format: ExportFormat, counter?: { rows: number }): Iterable<string> {
    const rows = countedRows(this.rows(filter), counter);
    return format === 'csv' ? auditCsvChunks(rows) : auditJsonChunks(rows);
  }
}
