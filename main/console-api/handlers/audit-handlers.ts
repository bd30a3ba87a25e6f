// audit:* channels: the audit trail's pages, its filters' choices, and its export to a file.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';
import { saveExportFile, type SaveExport } from './file-export';

export function auditHandlers(
  services: Services,
  saveExport?: SaveExport,
): Pick<Handlers, 'audit:list' | 'audit:facets' | 'audit:export-file'> {
  return {
    'audit:list': (input) => services.audit.list(input),
    'audit:facets': () => services.audit.facets(),
    'audit:export-file': ({ format, ...filter }) =>
      saveExportFile(saveExport, 'audit', format, (counter) => services.audit.exportChunks(filter, format, counter)),
  };
}
