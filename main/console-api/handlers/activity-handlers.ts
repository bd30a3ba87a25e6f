// activity:* channels: what the identity provider did, its export, and how long it is kept. Saving an
// export to a file needs a save dialog, which only the desktop app has: it passes `exportToFile`;
// elsewhere that channel answers `unavailable` (browsers download over HTTP: activity-download.ts).
import type { ExportFormat } from '../../../preload/export-formats';
import { ServiceError } from '../../services/errors';
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

/** Writes the chunks where the user chooses; `saved` false when they cancelled. */
export type ActivityFileExport = (
  chunks: Iterable<string>,
  format: ExportFormat,
) => Promise<{ saved: boolean; path: string | null }>;

type ActivityChannels =
  | 'activity:list'
  | 'activity:chart'
  | 'activity:export-file'
  | 'activity:get-retention'
  | 'activity:set-retention';

export function activityHandlers(services: Services, exportToFile?: ActivityFileExport): Pick<Handlers, ActivityChannels> {
  return {
    'activity:list': (input) => services.activity.list(input),
    'activity:chart': (input) => services.activity.chart(input.hours),
    'activity:export-file': async ({ format, ...filter }) => {
      if (!exportToFile) {
        throw new ServiceError('unavailable', 'Saving to a file works in the desktop app; in a browser, use the download.');
      }
      const counter = { rows: 0 };
      const result = await exportToFile(services.activity.exportChunks(filter, format, counter), format);
      return { ...result, rows: result.saved ? counter.rows : 0 };
    },
    'activity:get-retention': () => services.activity.retention(),
    'activity:set-retention': (input, context) => services.activity.setRetention(input.days, context.actor),
  };
}
