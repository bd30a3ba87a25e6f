// What an Export CSV / Export JSON button does, for every view: in a browser (server mode) the server
// streams the file and the browser saves it as a download; in the desktop app the `<name>:export-file`
// channel asks where to save and writes it there. The view says what happened in its own words.
import type { ChannelInput, ConsoleApi } from '../../preload/contract';
import { exportFileName, type ExportFormat, type ExportName } from '../../preload/export-formats';
import { hasExportDownloads } from '../api/export-download';
import { saveBlob } from './save-blob';

type ExportChannel = `${ExportName}:export-file`;
export type ExportFilter<N extends ExportName> = Omit<ChannelInput<`${N}:export-file`>, 'format'>;
export type ExportOutcome = { kind: 'downloaded' } | { kind: 'saved'; rows: number; path: string | null } | { kind: 'cancelled' };

export async function exportRows<N extends ExportName>(
  api: ConsoleApi,
  name: N,
  filter: ExportFilter<N>,
  format: ExportFormat,
): Promise<ExportOutcome> {
  if (hasExportDownloads(api)) {
    saveBlob(await api.downloadExport(name, filter, format), exportFileName(name, format));
    return { kind: 'downloaded' };
  }
  const channel: ExportChannel = `${name}:export-file`;
  const result = await api.invoke(channel, { ...filter, format } as ChannelInput<ExportChannel>);
  return result.saved ? { kind: 'saved', rows: result.rows, path: result.path } : { kind: 'cancelled' };
}
