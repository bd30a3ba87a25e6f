// employees:* channels: the Employees view's reads, writes and export. A console edit names the version
// it read; a stale one is a conflict, as on the settings page.
import { SELECTION_MAX } from '../../../preload/employees-contract';
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';
import { saveExportFile, type SaveExport } from './file-export';

type EmployeeChannels =
  | 'employees:list'
  | 'employees:get'
  | 'employees:update'
  | 'employees:create'
  | 'employees:move'
  | 'employees:set-status'
  | 'employees:set-field'
  | 'employees:awaiting-count'
  | 'employees:select-matching'
  | 'employees:preview-placements'
  | 'employees:apply-placements'
  | 'employees:export-file'
  | 'employees:history';

export function employeesHandlers(services: Services, saveExport?: SaveExport): Pick<Handlers, EmployeeChannels> {
  return {
    'employees:list': (input) => services.directory.list(input),
    'employees:get': (input) => services.directory.get(input.id),
    'employees:update': (input, { actor }) =>
      services.directory.update(input.id, input.changes, actor, (version) => version === input.version),
    'employees:create': (input, { actor }) => services.directory.createLocal(input, actor),
    'employees:move': (input, { actor }) => services.directory.move(input.ids, input.organizationId, actor),
    'employees:set-status': (input, { actor }) => services.directory.setStatus(input.ids, input.status, actor),
    'employees:set-field': (input, { actor }) => services.directory.setField(input.ids, input.field, input.value, actor),
    'employees:awaiting-count': () => ({ count: services.directory.awaitingPlacementCount() }),
    'employees:select-matching': (filter) => ({ employees: services.directory.matching(filter, SELECTION_MAX) }),
    'employees:preview-placements': (input) => services.placements.preview(input.csv),
    'employees:apply-placements': (input, { actor }) => services.placements.apply(input.csv, actor),
    'employees:history': (input) => services.directory.history(input.id, input.beforeId, input.limit),
    'employees:export-file': ({ format, ...filter }) =>
      saveExportFile(saveExport, 'employees', format, (counter) => services.directory.exportChunks(filter, format, counter)),
  };
}
