// The Employees slice against a scripted API: Next and Previous walk the server's cursors; sorting
// starts again from the first page in the new order; a slow answer to an older search never replaces
// a newer one; a save sends only what changed with the version read; a stale version opens the
// conflict banner; a field's refusal lands under that field.
import { describe, expect, it } from 'vitest';
import { ApiError, type ConsoleApi } from '../../../preload/contract';
import type { EmployeeListInput, EmployeeView } from '../../../preload/employees-contract';
import { createConsoleStore } from '../../../renderer/state/console-store';
import { pageRange } from '../../../renderer/state/employees/selectors';

const employee = (n: number): EmployeeView => ({
  id: `e${n}`,
  userName: `user${n}@example.com`,
  firstName: 'First',
  lastName: 'Last',
  status: 'active',
  employeeNumber: null,
  email: null,
  workPhone: null,
  cellPhone: null,
  addressLine1: null,
  city: null,
  state: null,
  zipCode: null,
  country: null,
  organizationId: 'root',
  organizationPath: ['Enterprise'],
  source: 'local',
  scimDeletedAt: null,
  scimOwnedFields: [],
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** 120 employees, pages of `limit` by a cursor that is the next index; records every call. */
function scriptedApi(overrides: Partial<Record<string, (input: never) => Promise<unknown>>> = {}) {
  const calls: Array<{ channel: string; input: unknown }> = [];
  const all = Array.from({ length: 120 }, (_, n) => employee(n));
  const api = {
    async invoke(channel: string, input: unknown) {
      calls.push({ channel, input });
      const override = overrides[channel];
      if (override) return override(input as never);
      if (channel === 'employees:awaiting-count') return { count: 7 };
      if (channel === 'employees:list') {
        const query = input as EmployeeListInput;
        const start = query.cursor ? Number(query.cursor) : 0;
        const end = start + (query.limit ?? 50);
        return { items: all.slice(start, end), nextCursor: end < all.length ? String(end) : null, total: all.length };
      }
      throw new Error(`unexpected ${channel}`);
    },
  } as unknown as ConsoleApi;
  return { api, calls };
}

describe('employees slice', () => {
  it('pages forward by the server cursor and back through the cursors it used', async () => {
    const store = createConsoleStore();
    const { api } = scriptedApi();
    await store.getState().loadEmployees(api);
    expect(pageRange(store.getState())).toEqual({ first: 1, last: 50, total: 120 });
    expect(store.getState().employees.awaitingCount).toBe(7);
    await store.getState().nextEmployeesPage(api);
    await store.getState().nextEmployeesPage(api);
    expect(pageRange(store.getState())).toEqual({ first: 101, last: 120, total: 120 });
    expect(store.getState().employees.nextCursor).toBeNull();
    await store.getState().nextEmployeesPage(api);
    expect(pageRange(store.getState()).first).toBe(101);
    await store.getState().previousEmployeesPage(api);
    expect(pageRange(store.getState())).toEqual({ first: 51, last: 100, total: 120 });
    expect(store.getState().employees.items[0]?.id).toBe('e50');
    // A new filter starts again from the first page and clears the selection.
    store.getState().setEmployeeSelected(employee(60), true);
    await store.getState().setEmployeesFilter(api, { source: 'local' });
    expect(pageRange(store.getState()).first).toBe(1);
    expect(store.getState().employees.selected).toEqual({});
  });

  it('sorts from the first page on: a new column A to Z, the same one again Z to A; the selection and filter stay', async () => {
    const store = createConsoleStore();
    const { api, calls } = scriptedApi();
    await store.getState().setEmployeesFilter(api, { search: 'ann' });
    await store.getState().nextEmployeesPage(api);
    store.getState().setEmployeeSelected(employee(60), true);
    const lastList = () => calls.filter((call) => call.channel === 'employees:list').at(-1)!.input as EmployeeListInput;
    expect(lastList()).toMatchObject({ sort: 'userName', descending: false, cursor: '50' });

    await store.getState().sortEmployees(api, 'name');
    expect(lastList()).toMatchObject({ search: 'ann', sort: 'name', descending: false, cursor: null });
    expect(pageRange(store.getState()).first).toBe(1);
    await store.getState().sortEmployees(api, 'name');
    expect(lastList()).toMatchObject({ sort: 'name', descending: true });
    await store.getState().sortEmployees(api, 'email');
    expect(lastList()).toMatchObject({ sort: 'email', descending: false });
    // Later pages and a new filter keep the order; the same employees are still selected.
    await store.getState().nextEmployeesPage(api);
    expect(lastList()).toMatchObject({ sort: 'email', descending: false, cursor: '50' });
    expect(store.getState().employees.selected).toEqual({ e60: 'user60@example.com' });
    await store.getState().setEmployeesFilter(api, { status: 'active' });
    expect(lastList()).toMatchObject({ sort: 'email', status: 'active', cursor: null });
  });

  it('selects every employee matching the filter; an answer for a filter no longer on screen selects nothing', async () => {
    const store = createConsoleStore();
    const matching = [employee(1), employee(70), employee(119)].map(({ id, userName }) => ({ id, userName }));
    let release: () => void = () => {};
    const { api, calls } = scriptedApi({
      'employees:select-matching': () =>
        new Promise((resolve) => {
          release = () => resolve({ employees: matching });
        }),
    });
    await store.getState().setEmployeesFilter(api, { search: 'user1' });
    const selecting = store.getState().selectAllMatching(api);
    release();
    await selecting;
    expect(calls.at(-1)).toMatchObject({ channel: 'employees:select-matching', input: { search: 'user1' } });
    expect(store.getState().employees.selected).toEqual({
      e1: 'user1@example.com',
      e70: 'user70@example.com',
      e119: 'user119@example.com',
    });
    expect(store.getState().employees.feedback).toEqual({ kind: 'success', message: 'Selected all 3 employees matching.' });

    const stale = store.getState().selectAllMatching(api);
    await store.getState().setEmployeesFilter(api, { search: 'user2' });
    release();
    await stale;
    expect(store.getState().employees.selected).toEqual({});
  });

  it('says why a selection of everyone matching was refused, and keeps the selection it had', async () => {
    const store = createConsoleStore();
    const { api } = scriptedApi({
      'employees:select-matching': () =>
        Promise.reject(
          new ApiError({ code: 'validation', message: 'More than 10,000 employees match these filters: narrow them.' }),
        ),
    });
    await store.getState().loadEmployees(api);
    store.getState().setPageSelected(true);
    await store.getState().selectAllMatching(api);
    expect(Object.keys(store.getState().employees.selected)).toHaveLength(50);
    expect(store.getState().employees.feedback).toEqual({
      kind: 'error',
      message: 'The employees could not be selected: More than 10,000 employees match these filters: narrow them.',
    });
  });

  it('never lets a slow answer to an older search replace a newer one', async () => {
    const store = createConsoleStore();
    let releaseSlow: () => void = () => {};
    const { api } = scriptedApi({
      'employees:list': (input: EmployeeListInput) =>
        input.search === 'an'
          ? new Promise((resolve) => {
              releaseSlow = () => resolve({ items: [employee(1)], nextCursor: null, total: 1 });
            })
          : Promise.resolve({ items: [employee(2)], nextCursor: null, total: 1 }),
    });
    const slow = store.getState().setEmployeesFilter(api, { search: 'an' });
    await store.getState().setEmployeesFilter(api, { search: 'ann' });
    releaseSlow();
    await slow;
    expect(store.getState().employees.items.map((e) => e.id)).toEqual(['e2']);
  });

  it('saves only the changed fields with the version read; a stale version opens the conflict', async () => {
    const store = createConsoleStore();
    const opened = { ...employee(5), version: 4 };
    let stale = true;
    const { api, calls } = scriptedApi({
      'employees:get': () => Promise.resolve(opened),
      'employees:update': () =>
        stale
          ? Promise.reject(new ApiError({ code: 'conflict', message: 'changed by someone else', field: 'version' }))
          : Promise.resolve({ ...opened, city: 'Porto', version: 5 }),
    });
    await store.getState().openEmployee(api, opened);
    store.getState().editEmployeeDraft({ city: ' Porto ' });
    expect((await store.getState().saveEmployee(api)).saved).toBeNull();
    expect(calls.find((call) => call.channel === 'employees:update')?.input).toEqual({
      id: 'e5',
      version: 4,
      changes: { city: 'Porto' },
    });
    expect(store.getState().employeeEditor.conflict).toBe('changed by someone else');
    stale = false;
    const result = await store.getState().saveEmployee(api);
    expect(result.saved?.city).toBe('Porto');
    expect(store.getState().employeeEditor.server).toBeNull();
  });

  it("shows a field's refusal under it and clears it when that field is edited", async () => {
    const store = createConsoleStore();
    const { api } = scriptedApi({
      'employees:get': () => Promise.resolve(employee(5)),
      'employees:update': () =>
        Promise.reject(new ApiError({ code: 'validation', message: 'email must look like name@example.com.', field: 'email' })),
    });
    await store.getState().openEmployee(api, employee(5));
    store.getState().editEmployeeDraft({ email: 'nope' });
    expect(await store.getState().saveEmployee(api)).toEqual({ saved: null, field: 'email' });
    expect(store.getState().employeeEditor.serverErrors).toEqual({ email: 'email must look like name@example.com.' });
    expect(store.getState().employeeEditor.error).toBeNull();
    store.getState().editEmployeeDraft({ email: 'ann@example.com' });
    expect(store.getState().employeeEditor.serverErrors).toEqual({});
  });
  it('opens an employee by id, as the server reads it now; a refused read opens nothing and says why', async () => {
    const store = createConsoleStore();
    const current = { ...employee(7), version: 4 };
    const { api, calls } = scriptedApi({
      'employees:get': (input: { id: string }) =>
        input.id === 'e7'
          ? Promise.resolve(current)
          : Promise.reject(new ApiError({ code: 'not_found', message: 'Employee gone not found.', field: 'id' })),
    });
    await store.getState().openEmployeeById(api, 'e7');
    expect(calls).toEqual([{ channel: 'employees:get', input: { id: 'e7' } }]);
    expect(store.getState().employeeEditor.server).toEqual(current);
    expect(store.getState().employeeEditor.draft?.userName).toBe('user7@example.com');
    store.getState().closeEmployee();
    await expect(store.getState().openEmployeeById(api, 'gone')).rejects.toThrow('Employee gone not found.');
    expect(store.getState().employeeEditor.server).toBeNull();
  });
});
