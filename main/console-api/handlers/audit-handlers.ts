// audit:* channels. Saving an export to a file needs a save dialog, which only the desktop app has: it
// passes `exportToFile`; elsewhere the channel answers `unavailable` (browsers download over HTTP).
import type { AuditFilterValue } from '../../../preload/audit-contract';
import { auditCsvChunks } from '../../services/audit/audit-csv';
import { ServiceError } from '../../services/errors';
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

/** Writes the CSV chunks where the user chooses; `saved` false when they cancelled. */
export type AuditFileExport = (
  chunks: Iterable<string>,
  filter: AuditFilterValue,
) => Promise<{ saved: boolean; path: string | null }>;

export function auditHandlers(
  services: Services,
  exportToFile?: AuditFileExport,
): Pick<Handlers, 'audit:list' | 'audit:facets' | 'audit:export-file'> {
  return {
    'audit:list': (input) => services.audit.list(input),
    'audit:facets': () => services.audit.facets(),
    'audit:export-file': async (filter) => {
      if (!exportToFile) {
        throw new ServiceError('unavailable', 'Saving to a file works in the desktop app; in a browser, use the download.');
      }
      let rows = 0;
      const counted = (function* () {
        for (const row of services.audit.rows(filter)) {
          rows++;
          yield row;
        }
      })();
      const result = await exportToFile(auditCsvChunks(counted), filter);
      return { ...result, rows: result.saved ? rows : 0 };
    },
  };
}
