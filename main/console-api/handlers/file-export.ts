// The `<name>:export-file` channels' one behaviour: saving an export to a file needs a save dialog,
// which only the desktop app has. It passes a SaveExport; elsewhere the channels answer `unavailable`
// (a browser downloads the same export over HTTP: export-downloads.ts).
import type { ExportFormat, ExportName } from '../../../preload/export-formats';
import { ServiceError } from '../../services/errors';

/** Writes an export's chunks where the user chooses; `saved` false when they cancelled. */
export type SaveExport = (
  name: ExportName,
  chunks: Iterable<string>,
  format: ExportFormat,
) => Promise<{ saved: boolean; path: string | null }>;

/**
 * Saves the export `chunks` makes (given a counter of the rows written) and says how many rows the file
 * holds. `chunks` is called before anything is asked, so a refused filter never opens a dialog.
 */
export async function saveExportFile(
  save: SaveExport | undefined,
  name: ExportName,
  format: ExportFormat,
  chunks: (counter: { rows: number }) => Iterable<string>,
): Promise<{ saved: boolean; rows: number; path: string | null }> {
  if (!save) throw new ServiceError('unavailable', 'Saving to a file works in the desktop app; in a browser, use the download.');
  const counter = { rows: 0 };
  const result = await save(name, chunks(counter), format);
  return { ...result, rows: result.saved ? counter.rows : 0 };
}
