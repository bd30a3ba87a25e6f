// The desktop app's exports (Activity, audit log, employees): ask where to save (a native dialog) and
// stream the text chunks into the file, a page of rows at a time, so a million rows never sit in
// memory. Electron-only; not run by the tests here (no display); the same chunks are tested through
// the HTTP downloads.
import { dialog } from 'electron';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { exportFileName, type ExportName } from '../../preload/export-formats';
import type { SaveExport } from '../console-api/handlers/file-export';

const DIALOG_TITLES: Record<ExportName, string> = {
  activity: 'Export provisioning activity',
  audit: 'Export audit log',
  employees: 'Export employees',
};

export const saveExportToFile: SaveExport = async (name, chunks, format) => {
  const choice = await dialog.showSaveDialog({
    title: DIALOG_TITLES[name],
    defaultPath: exportFileName(name, format),
    filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] }],
  });
  if (choice.canceled || !choice.filePath) return { saved: false, path: null };
  const file = createWriteStream(choice.filePath, { mode: 0o600 });
  try {
    for (const chunk of chunks) {
      if (!file.write(chunk)) await once(file, 'drain');
    }
  } finally {
    file.end();
    await once(file, 'close');
  }
  return { saved: true, path: choice.filePath };
};
