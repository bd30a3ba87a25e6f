// audit:* channels. Saving an export to a file needs a save dialog, which only the desktop app has: it
// passes `exportToFile`; elsewhere the channel answers `unavailable` (browsers download over HTTP).
import type { ExportFormat } from '../../../preload/export-formats';
import { ServiceError } from '../../services/errors';
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

/** Writes the export's chunks where the user chooses; `saved` false when they cancelled. */
export type AuditFileExport = (
  chunks: Iterable<string>,
  format: ExportFormat,
) => Promise<{ saved: boolean; path: string | null }>;

export function auditHandlers(
  services: Services,
  exportToFile?: AuditFileExport,
): Pick<Handlers, 'audit:list' | 'audit:facets' | 'audit:export-file'> {
  return {
    'audit:list': (input) => services.audit.list(input),
    'audit:facets': () => services.audit.facets(),
    'audit:export-file': async ({ format, ...filter }) => {
      if (!exportToFile) {
        throw new ServiceError('unavailable', 'Saving to a file works in the desktop app; in a browser, use the download.');
      }
      const counter = { rows: 0 };
      const result = await exportToFile(services.audit.exportChunks(filter, format, counter), format);
      return { ...result, rows: result.saved ? counter.rows : 0 };
    },
  };
}
