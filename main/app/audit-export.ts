// The desktop app's audit export: asks where to save (a native dialog) and streams the CSV into the
// file, a page of rows at a time, so a million rows never sit in memory. Electron-only; not run by the
// tests here (no display), the same chunks are tested through the HTTP download and the CLI.
import { dialog } from 'electron';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { AuditFileExport } from '../console-api/handlers/audit-handlers';

export const saveAuditExport: AuditFileExport = async (chunks) => {
  const choice = await dialog.showSaveDialog({
    title: 'Export audit log',
    defaultPath: `audit-${new Date().toISOString().slice(0, 10)}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
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
