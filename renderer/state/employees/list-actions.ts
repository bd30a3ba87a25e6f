// Reading the directory: the page for the current filter and cursor, Next and Previous (a stack of
// the cursors used, since the server pages by keyset, not offset), the selection and the awaiting
// count. A newer load supersedes one still in flight (the search fires as it is typed), so a slow
// answer for "an" never replaces the answer for "ann".
import type { ConsoleApi } from '../../../preload/contract';
import type { DirectorySort, EmployeeFilterInput, EmployeeView } from '../../../preload/employees-contract';
import type { ConsoleState, SliceCreator } from '../console-store';
import { messageOf } from '../error-message';
import type { Feedback } from '../settings/initial-state';
import { EMPLOYEES_PAGE_SIZE, type EmployeesFilter, type EmployeesState } from './initial-state';
import { employeeCount } from './write-messages';

export interface EmployeesListActions {
  loadEmployees(api: ConsoleApi): Promise<void>;
  setEmployeesFilter(api: ConsoleApi, changes: Partial<EmployeesFilter>): Promise<void>;
  /** Sorts by `sort`: A to Z, or the other way when the table is already sorted by it. */
  sortEmployees(api: ConsoleApi, sort: DirectorySort): Promise<void>;
  nextEmployeesPage(api: ConsoleApi): Promise<void>;
  previousEmployeesPage(api: ConsoleApi): Promise<void>;
  loadAwaitingCount(api: ConsoleApi): Promise<void>;
  setEmployeeSelected(employee: Pick<EmployeeView, 'id' | 'userName'>, selected: boolean): void;
  /** Selects (or clears) every employee on the page on screen. */
  setPageSelected(selected: boolean): void;
  /** Selects every employee the filter matches, on every page (at most SELECTION_MAX: main refuses more). */
  selectAllMatching(api: ConsoleApi): Promise<void>;
  clearEmployeeSelection(): void;
  announceEmployees(feedback: Feedback | null): void;
}

/** The filters as the directory's reads take them: the list's pages and the export. */
export function employeesQuery(filter: EmployeesFilter): EmployeeFilterInput {
  return {
    search: filter.search.trim(),
    organizationId: filter.organizationId,
    source: filter.source === 'scim-deleted' ? 'scim' : filter.source,
    status: filter.status,
    awaitingPlacement: filter.awaitingPlacement,
    scimDeleted: filter.source === 'scim-deleted' ? true : null,
  };
}

export const createEmployeesListActions: SliceCreator<EmployeesListActions> = (set, get) => {
  const patch = (next: Partial<EmployeesState>) => set((s: ConsoleState) => ({ employees: { ...s.employees, ...next } }));
  let generation = 0;

  /** Reads the page `cursors` ends with and, if it is still the newest request, shows it. */
  const loadPage = async (api: ConsoleApi, cursors: Array<string | null>, extra: Partial<EmployeesState> = {}) => {
    const mine = ++generation;
    const { filter, order } = get().employees;
    patch({ loading: true });
    try {
      const page = await api.invoke('employees:list', {
        ...employeesQuery(filter),
        ...order,
        limit: EMPLOYEES_PAGE_SIZE,
        cursor: cursors.at(-1) ?? null,
      });
      if (mine !== generation) return;
      patch({
        items: page.items,
        total: page.total,
        nextCursor: page.nextCursor,
        cursors,
        loaded: true,
        loading: false,
        loadError: null,
        ...extra,
      });
    } catch (error) {
      if (mine !== generation) return;
      const message = `The employees could not be loaded: ${messageOf(error)}`;
      patch({ loading: false, loadError: message, feedback: { kind: 'error', message } });
    }
  };

  return {
    async loadEmployees(api) {
      // The same page again (after a write): what it shows may have moved, the place in the list stays.
      await Promise.all([loadPage(api, get().employees.cursors), get().loadAwaitingCount(api)]);
      // A later page emptied by the write (everyone on it moved out of the filter): back to the first.
      const { items, cursors } = get().employees;
      if (items.length === 0 && cursors.length > 1) await loadPage(api, [null]);
    },

    async setEmployeesFilter(api, changes) {
      patch({ filter: { ...get().employees.filter, ...changes }, selected: {} });
      await loadPage(api, [null]);
    },

    async sortEmployees(api, sort) {
      const { order } = get().employees;
      // The same employees in another order: the selection stays; the pages start again.
      patch({ order: { sort, descending: order.sort === sort ? !order.descending : false } });
      await loadPage(api, [null]);
    },

    async nextEmployeesPage(api) {
      const { nextCursor, cursors } = get().employees;
      if (nextCursor === null) return;
      await loadPage(api, [...cursors, nextCursor]);
    },

    async previousEmployeesPage(api) {
      const { cursors } = get().employees;
      if (cursors.length < 2) return;
      await loadPage(api, cursors.slice(0, -1));
    },

    async loadAwaitingCount(api) {
      try {
        patch({ awaitingCount: (await api.invoke('employees:awaiting-count', {})).count });
      } catch {
        // The badge is a hint; the view says what failed when it loads. A stale number is cleared.
        patch({ awaitingCount: null });
      }
    },

    setEmployeeSelected(employee, selected) {
      const next = { ...get().employees.selected };
      if (selected) next[employee.id] = employee.userName;
      else delete next[employee.id];
      patch({ selected: next });
    },

    setPageSelected(selected) {
      const { items } = get().employees;
      const next = { ...get().employees.selected };
      for (const employee of items) {
        if (selected) next[employee.id] = employee.userName;
        else delete next[employee.id];
      }
      patch({ selected: next });
    },

    async selectAllMatching(api) {
      const { filter } = get().employees;
      try {
        const { employees } = await api.invoke('employees:select-matching', employeesQuery(filter));
        // A filter changed meanwhile cleared the selection: these employees are not the ones on screen.
        if (get().employees.filter !== filter) return;
        patch({
          selected: Object.fromEntries(employees.map((employee) => [employee.id, employee.userName])),
          feedback: { kind: 'success', message: `Selected all ${employeeCount(employees.length)} matching.` },
        });
      } catch (error) {
        patch({ feedback: { kind: 'error', message: `The employees could not be selected: ${messageOf(error)}` } });
      }
    },

    clearEmployeeSelection() {
      patch({ selected: {} });
    },

    announceEmployees(feedback) {
      patch({ feedback });
    },
  };
};
