// The audit download of server mode (CSV or JSON): guarded like the audit:* channels (View Provisioning
// Activity), its filter validated with the contract, its rows a lazy stream of text chunks.
import { auditFilter } from '../../preload/audit-contract';
import type { ApiErrorBody } from '../../preload/contract';
import type { ExportFormat } from '../../preload/export-formats';
import type { Actor } from '../services/context';
import type { Services } from '../services/services';
import { refusal } from './dispatcher';
import { validationBody } from './validation-error';

export type AuditDownload = (
  format: ExportFormat,
  query: unknown,
  actor: Actor,
) => { ok: true; chunks: Iterable<string> } | { ok: false; error: ApiErrorBody };

export function createAuditDownload(services: Services): AuditDownload {
  return (format, query, actor) => {
    const refused = refusal(services.operators, 'view-activity', actor);
    if (refused) return { ok: false, error: refused };
    // Query strings carry text: an absent filter is absent, an empty one is open too.
    const raw = Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, value]) => value !== ''));
    const parsed = auditFilter.safeParse(raw);
    if (!parsed.success) return { ok: false, error: validationBody(parsed.error) };
    return { ok: true, chunks: services.audit.exportChunks(parsed.data, format) };
  };
}
