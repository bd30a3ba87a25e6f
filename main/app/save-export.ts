// The desktop app's exports (audit, Activity): ask where to save (a native dialog) and stream the text
// chunks into the file, a page of rows at a time, so a million rows never sit in memory. Electron-only;
// not run by the tests here (no display); the same chunks are tested through the HTTP downloads.
import { dialog } from 'electron';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

export async function saveChunksToFile(
  chunks: Iterable<string>,
  options: { title: string; fileName: string; format: 'csv' | 'json' },
): Promise<{ saved: boolean; path: string | null }> {
  const choice = await dialog.showSaveDialog({
    title: options.title,
    defaultPath: options.fileName,
    filters: [options.format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] }],
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
}
