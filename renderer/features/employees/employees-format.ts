// How an employee reads in the table and the dialogs: a name from its parts, an organization path as
// the placements file writes it (Enterprise/Sales/EMEA), and the words for status and source.
import type { EmployeeSource, EmployeeStatus, EmployeeView } from '../../../preload/employees-contract';

/** "Ann Example"; null when neither name is set (the table shows a dash, a dialog the userName). */
export function fullName(employee: Pick<EmployeeView, 'firstName' | 'lastName'>): string | null {
  const name = [employee.firstName, employee.lastName].filter((part) => part !== null && part.trim() !== '').join(' ');
  return name === '' ? null : name;
}

export const organizationPathLabel = (path: readonly string[]): string => path.join('/');

export const STATUS_LABELS: Readonly<Record<EmployeeStatus, string>> = { active: 'Active', inactive: 'Inactive' };
export const SOURCE_LABELS: Readonly<Record<EmployeeSource, string>> = { scim: 'SCIM', local: 'Local' };

/** The first few userNames of a selection and how many more, for a confirmation's sentence. */
export function namesPreview(userNames: readonly string[], shown = 3): string {
  if (userNames.length <= shown) return userNames.join(', ');
  return `${userNames.slice(0, shown).join(', ')} and ${(userNames.length - shown).toLocaleString('en-US')} more`;
}
