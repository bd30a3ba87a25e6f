// The directory's writes besides editing one employee: moving the selection, its Status or a shared
// field (an office's address), adding a local
// employee, and the placements file (preview first, written nowhere; then every move in one
// transaction). Each throws the ApiError for its dialog to show; a success reloads the page on screen
// and the awaiting count. The dialog announces the outcome once it has closed: a live region behind
// an open modal dialog is inert, and what it says there may never be heard.
import type { ConsoleApi } from '../../../preload/contract';
import type { EmployeeCreateInput, EmployeeStatus, EmployeeView, PlacementPreview } from '../../../preload/employees-contract';
import type { SharedFieldKey } from '../../../preload/field-catalog';
import type { SliceCreator } from '../console-store';

export interface EmployeesWriteActions {
  moveSelectedEmployees(api: ConsoleApi, organizationId: string): Promise<{ selected: number; moved: number }>;
  setSelectedEmployeesStatus(api: ConsoleApi, status: EmployeeStatus): Promise<{ selected: number; changed: number }>;
  setSelectedEmployeesField(
    api: ConsoleApi,
    field: SharedFieldKey,
    value: string,
  ): Promise<{ selected: number; changed: number }>;
  createEmployee(api: ConsoleApi, input: EmployeeCreateInput): Promise<EmployeeView>;
  previewPlacements(api: ConsoleApi, csv: string): Promise<PlacementPreview>;
  applyPlacements(api: ConsoleApi, csv: string): Promise<{ moved: number; edited: number }>;
}

export const createEmployeesWriteActions: SliceCreator<EmployeesWriteActions> = (_set, get) => {
  /**
   * A write of the whole selection: `write` gets its ids; then the selection is cleared and the page on
   * screen reloaded. Answers how many were selected beside what the write answered.
   */
  const writeSelection = async <R extends object>(api: ConsoleApi, write: (ids: string[]) => Promise<R>) => {
    const ids = Object.keys(get().employees.selected);
    const result = await write(ids);
    get().clearEmployeeSelection();
    await get().loadEmployees(api);
    return { selected: ids.length, ...result };
  };
  return {
    moveSelectedEmployees: (api, organizationId) =>
      writeSelection(api, (ids) => api.invoke('employees:move', { ids, organizationId })),

    setSelectedEmployeesStatus: (api, status) =>
      writeSelection(api, (ids) => api.invoke('employees:set-status', { ids, status })),

    setSelectedEmployeesField: (api, field, value) =>
      writeSelection(api, (ids) => api.invoke('employees:set-field', { ids, field, value })),

    async createEmployee(api, input) {
      const created = await api.invoke('employees:create', input);
      await get().loadEmployees(api);
      return created;
    },

    previewPlacements(api, csv) {
      return api.invoke('employees:preview-placements', { csv });
    },

    async applyPlacements(api, csv) {
      const result = await api.invoke('employees:apply-placements', { csv });
      await get().loadEmployees(api);
      return result;
    },
  };
};
