// The desktop app's Activity export: the filtered log rows as CSV or JSON, saved where the user chooses.
import type { ActivityFileExport } from '../console-api/handlers/activity-handlers';
import { saveChunksToFile } from './save-export';

export const saveActivityExport: ActivityFileExport = (chunks, format) =>
  saveChunksToFile(chunks, {
    title: 'Export provisioning activity',
    fileName: `activity-${new Date().toISOString().slice(0, 10)}.${format}`,
    format,
  });
