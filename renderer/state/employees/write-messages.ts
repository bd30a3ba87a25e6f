// What the live region says after a move, a change of Status or of a shared field, or an import: how
// many changed, to what, and why fewer than asked (an employee already there, or already so, is not
// changed again).
import { countOf } from '../../../preload/count-words';
import type { EmployeeStatus } from '../../../preload/employees-contract';
export const employeeCount = (count: number): string => countOf(count, 'employee');

export function movedMessage(selected: number, moved: number, path: readonly string[]): string {
  const where = path.join('/');
  const already = selected - moved;
  if (moved === 0)
    return `Nothing moved: ${selected === 1 ? 'the employee is' : 'the selected employees are'} already in ${where}.`;
  const note = already > 0 ? ` (${employeeCount(already)} already there)` : '';
  return `${employeeCount(moved)} moved to ${where}${note}.`;
}

export function placedMessage(result: { moved: number; edited: number }): string {
  const { moved, edited } = result;
  if (moved === 0 && edited === 0) return 'Placements applied: nobody needed to change.';
  const parts = [];
  if (moved > 0) parts.push(`${employeeCount(moved)} moved`);
  if (edited > 0) parts.push(`${employeeCount(edited)} edited`);
  return `Placements applied: ${parts.join(', ')}.`;
}

export function statusMessage(selected: number, changed: number, status: EmployeeStatus): string {
  const word = status === 'active' ? 'active' : 'inactive';
  if (changed === 0)
    return `Nothing changed: ${selected === 1 ? 'the employee is' : 'the selected employees are'} ${word} already.`;
  const already = selected - changed;
  const note = already > 0 ? ` (${employeeCount(already)} already ${word})` : '';
  return `${employeeCount(changed)} made ${word}${note}.`;
}

/** After "Set field": `label` is the field's ("City"), `value` as sent (blank clears it). */
export function fieldMessage(selected: number, changed: number, label: string, value: string): string {
  const trimmed = value.trim();
  const what = trimmed === '' ? `${label} cleared` : `${label} set to “${trimmed}”`;
  if (changed === 0) {
    const state = trimmed === '' ? 'has no' : 'already has this';
    return `Nothing changed: ${selected === 1 ? 'the employee' : 'each selected employee'} ${state} ${label}.`;
  }
  const already = selected - changed;
  const note = already > 0 ? ` (${employeeCount(already)} already so)` : '';
  return `${what} for ${employeeCount(changed)}${note}.`;
}
