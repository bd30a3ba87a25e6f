// activity:* channels: what the identity provider did, its export, and how long it is kept.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';
import { saveExportFile, type SaveExport } from './file-export';

type ActivityChannels =
  | 'activity:list'
  | 'activity:chart'
  | 'activity:export-file'
  | 'activity:get-retention'
  | 'activity:set-retention';

export function activityHandlers(services: Services, saveExport?: SaveExport): Pick<Handlers, ActivityChannels> {
  return {
    'activity:list': (input) => services.activity.list(input),
    'activity:chart': (input) => services.activity.chart(input.hours),
    'activity:export-file': ({ format, ...filter }) =>
      saveExportFile(saveExport, 'activity', format, (counter) => services.activity.exportChunks(filter, format, counter)),
    'activity:get-retention': () => services.activity.retention(),
    'activity:set-retention': (input, context) => services.activity.setRetention(input.days, context.actor),
  };
}
