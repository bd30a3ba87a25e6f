// The desktop app's audit export: the CSV saved where the user chooses (save-export.ts).
import type { AuditFileExport } from '../console-api/handlers/audit-handlers';
import { saveChunksToFile } from './save-export';

export const saveAuditExport: AuditFileExport = (chunks) =>
  saveChunksToFile(chunks, {
    title: 'Export audit log',
    fileName: `audit-${new Date().toISOString().slice(0, 10)}.csv`,
    format: 'csv',
  });
