// Derived Employees state: where the page on screen sits in the result ("1–50 of 100,000"), whether
// the whole page is selected, and whether the open employee has unsaved changes.
import type { ConsoleState } from '../console-store';
import { employeeChanges, hasChanges } from './employee-draft';
import { EMPLOYEES_PAGE_SIZE } from './initial-state';

export interface PageRange {
  first: number;
  last: number;
  total: number;
}

export function pageRange(state: ConsoleState): PageRange {
  const { cursors, items, total } = state.employees;
  const first = (cursors.length - 1) * EMPLOYEES_PAGE_SIZE + 1;
  return { first: items.length === 0 ? 0 : first, last: first + items.length - 1, total };
}

/** "1–50 of 100,000"; "0 of 0" when nothing matches. */
export function rangeLabel(range: PageRange): string {
  const n = (value: number) => value.toLocaleString('en-US');
  if (range.first === 0) return `0 of ${n(range.total)}`;
  return `${n(range.first)}–${n(range.last)} of ${n(range.total)}`;
}

export const selectedCount = (state: ConsoleState): number => Object.keys(state.employees.selected).length;

/** 'all', 'some' or 'none' of the page on screen: the select-all checkbox's checked or mixed state. */
export function pageSelection(state: ConsoleState): 'all' | 'some' | 'none' {
  const { items, selected } = state.employees;
  const count = items.filter((employee) => Object.hasOwn(selected, employee.id)).length;
  if (count === 0) return 'none';
  return count === items.length ? 'all' : 'some';
}

export function isEmployeeDirty(state: ConsoleState): boolean {
  const { server, draft } = state.employeeEditor;
  return server !== null && draft !== null && hasChanges(employeeChanges(server, draft));
}
