// The open employee: opening it (shown at once from the row, then read again so the version is
// current), editing the draft, saving only what changed with the version read, and the refusals:
// a stale version gets the conflict banner with Reload; a field's error is shown under that field;
// `scim_owned` names every field the identity provider took over meanwhile.
import { ApiError } from '../../../preload/api-error';
import type { ConsoleApi } from '../../../preload/contract';
import type { EmployeeView } from '../../../preload/employees-contract';
import type { ConsoleState, SliceCreator } from '../console-store';
import { messageOf } from '../error-message';
import {
  draftFromEmployee,
  employeeChanges,
  hasChanges,
  takenOverMessage,
  type EmployeeDraft,
  type EmployeeEditField,
} from './employee-draft';
import { initialEmployeeEditorState, type EmployeeEditorState } from './initial-state';

export interface EmployeeEditorActions {
  openEmployee(api: ConsoleApi, employee: EmployeeView): Promise<void>;
  /** Reads the employee and opens it: from outside its row (an Activity entry). Throws what the read threw. */
  openEmployeeById(api: ConsoleApi, id: string): Promise<void>;
  closeEmployee(): void;
  editEmployeeDraft(changes: Partial<EmployeeDraft>): void;
  /** The saved employee, or the first field at fault when the server refused (for focus). */
  saveEmployee(api: ConsoleApi): Promise<{ saved: EmployeeView | null; field?: EmployeeEditField }>;
  reloadEmployeeAfterConflict(api: ConsoleApi): Promise<void>;
}

const isEditField = (field: string | undefined, draft: EmployeeDraft): field is EmployeeEditField =>
  field !== undefined && Object.hasOwn(draft, field);

export const createEmployeeEditorActions: SliceCreator<EmployeeEditorActions> = (set, get) => {
  const patch = (next: Partial<EmployeeEditorState>) =>
    set((s: ConsoleState) => ({ employeeEditor: { ...s.employeeEditor, ...next } }));
  const fresh = (server: EmployeeView) => ({ ...initialEmployeeEditorState, server, draft: draftFromEmployee(server) });
  /** The page on screen shows what was saved, without reading the page again. */
  const replaceRow = (view: EmployeeView) =>
    set((s: ConsoleState) => ({
      employees: { ...s.employees, items: s.employees.items.map((item) => (item.id === view.id ? view : item)) },
    }));

  return {
    async openEmployee(api, employee) {
      set({ employeeEditor: fresh(employee) });
      const draftBefore = get().employeeEditor.draft;
      try {
        const current = await api.invoke('employees:get', { id: employee.id });
        const { server, draft } = get().employeeEditor;
        // Closed, another one opened, or already being edited: the newer state wins; a stale save
        // then meets the newer version as a conflict.
        if (server?.id !== employee.id || draft !== draftBefore) return;
        set({ employeeEditor: fresh(current) });
        replaceRow(current);
      } catch (error) {
        if (get().employeeEditor.server?.id !== employee.id) return;
        patch({ error: `The employee could not be read again; what is shown may be out of date: ${messageOf(error)}` });
      }
    },

    async openEmployeeById(api, id) {
      const employee = await api.invoke('employees:get', { id });
      set({ employeeEditor: fresh(employee) });
    },

    closeEmployee() {
      set({ employeeEditor: initialEmployeeEditorState });
    },

    editEmployeeDraft(changes) {
      const { draft, serverErrors } = get().employeeEditor;
      if (!draft) return;
      const cleared = { ...serverErrors };
      for (const key of Object.keys(changes) as EmployeeEditField[]) delete cleared[key];
      patch({ draft: { ...draft, ...changes }, serverErrors: cleared, error: null, notice: null });
    },

    async saveEmployee(api) {
      const { server, draft, saving } = get().employeeEditor;
      if (!server || !draft || saving) return { saved: null };
      const changes = employeeChanges(server, draft);
      if (!hasChanges(changes)) return { saved: null };
      patch({ saving: true, error: null, conflict: null });
      try {
        const saved = await api.invoke('employees:update', { id: server.id, version: server.version, changes });
        set({ employeeEditor: initialEmployeeEditorState });
        replaceRow(saved);
        // Moving it, or a status change, may take it out of the filter or the awaiting count.
        void get().loadEmployees(api);
        return { saved };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'scim_owned') return takenOver(api, error, draft);
        return refused(error, draft);
      }
    },

    async reloadEmployeeAfterConflict(api) {
      const { server } = get().employeeEditor;
      if (!server) return;
      try {
        const current = await api.invoke('employees:get', { id: server.id });
        set({ employeeEditor: { ...fresh(current), notice: `Reloaded ${current.userName} as it is saved now.` } });
        replaceRow(current);
      } catch (error) {
        patch({ error: `The employee could not be reloaded: ${messageOf(error)}` });
      }
    },
  };

  function refused(error: unknown, draft: EmployeeDraft): { saved: null; field?: EmployeeEditField } {
    if (!(error instanceof ApiError)) {
      patch({ saving: false, error: `Not saved: ${messageOf(error)}` });
      return { saved: null };
    }
    if (error.code === 'conflict' && error.field === 'version') {
      patch({ saving: false, conflict: error.message });
      return { saved: null };
    }
    const field = isEditField(error.field, draft) ? error.field : undefined;
    patch({
      saving: false,
      serverErrors: field ? { [field]: error.message } : {},
      // A field's error is already under the field; anything else goes to the foot of the form.
      error: field ? null : `Not saved: ${error.message}`,
    });
    return field ? { saved: null, field } : { saved: null };
  }

  /**
   * The identity provider took over fields since the employee was read (a settings change): read it
   * again so they lock, put those fields back, keep the rest of the draft, and say which ones.
   */
  async function takenOver(api: ConsoleApi, error: ApiError, draft: EmployeeDraft) {
    const id = get().employeeEditor.server?.id;
    const fields = (error.fields ?? []).filter((field) => isEditField(field, draft)) as EmployeeEditField[];
    try {
      if (!id) throw error;
      const current = await api.invoke('employees:get', { id });
      const reverted = draftFromEmployee(current);
      set({
        employeeEditor: {
          ...initialEmployeeEditorState,
          server: current,
          draft: { ...draft, ...Object.fromEntries(fields.map((field) => [field, reverted[field]])) },
          error: takenOverMessage(fields),
        },
      });
      replaceRow(current);
    } catch {
      patch({ saving: false, error: `Not saved: ${error.message}` });
    }
    return fields[0] ? { saved: null, field: fields[0] } : { saved: null };
  }
};
