// What the live region says after a move or an import: how many moved, where to, and why fewer than
// asked (an employee already in the organization is not moved again).
import { countOf } from '../../../preload/count-words';
export const employeeCount = (count: number): string => countOf(count, 'employee');

export function movedMessage(selected: number, moved: number, path: readonly string[]): string {
  const where = path.join('/');
  const already = selected - moved;
  if (moved === 0)
    return `Nothing moved: ${selected === 1 ? 'the employee is' : 'the selected employees are'} already in ${where}.`;
  const note = already > 0 ? ` (${employeeCount(already)} already there)` : '';
  return `${employeeCount(moved)} moved to ${where}${note}.`;
}

export function placedMessage(moved: number): string {
  return moved === 0 ? 'Placements applied: nobody needed to move.' : `Placements applied: ${employeeCount(moved)} moved.`;
}
