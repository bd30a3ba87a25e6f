// The desktop app's audit export: the filtered audit rows as CSV or JSON, saved where the user chooses.
import type { AuditFileExport } from '../console-api/handlers/audit-handlers';
import { saveChunksToFile } from './save-export';

export const saveAuditExport: AuditFileExport = (chunks, format) =>
  saveChunksToFile(chunks, {
    title: 'Export audit log',
    fileName: `audit-${new Date().toISOString().slice(0, 10)}.${format}`,
    format,
  });
