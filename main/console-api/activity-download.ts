// The Activity download of server mode (CSV or JSON): guarded like the activity:* channels (View
// Provisioning Activity, checked before the query is even read), its filter validated with the
// contract, its rows a lazy stream of text chunks.
import { activityFilter } from '../../preload/activity-contract';
import type { ExportFormat } from '../../preload/export-formats';
import type { ApiErrorBody } from '../../preload/contract';
import type { Actor } from '../services/context';
import type { Services } from '../services/services';
import { refusal } from './dispatcher';
import { validationBody } from './validation-error';

export type ActivityDownload = (
  format: ExportFormat,
  query: unknown,
  actor: Actor,
) => { ok: true; chunks: Iterable<string> } | { ok: false; error: ApiErrorBody };

export function createActivityDownload(services: Services): ActivityDownload {
  return (format, query, actor) => {
    const refused = refusal(services.operators, 'view-activity', actor);
    if (refused) return { ok: false, error: refused };
    // Query strings carry text: an absent filter is absent, an empty one is open too.
    const raw = Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, value]) => value !== ''));
    const parsed = activityFilter.safeParse(raw);
    if (!parsed.success) return { ok: false, error: validationBody(parsed.error) };
    return { ok: true, chunks: services.activity.exportChunks(parsed.data, format) };
  };
}
