// How an employee reads in the table and the dialogs: a name from its parts, an organization path as
// the placements file writes it (Enterprise/Sales/EMEA), and the words for status and source.
import type { DirectorySort, EmployeeSource, EmployeeStatus, EmployeeView } from '../../../preload/employees-contract';
import { formatDate } from '../../components/time-format';
import type { EmployeesOrder } from '../../state/employees/initial-state';

/** "Ann Example"; null when neither name is set (the table shows a dash, a dialog the userName). */
export function fullName(employee: Pick<EmployeeView, 'firstName' | 'lastName'>): string | null {
  const name = [employee.firstName, employee.lastName].filter((part) => part !== null && part.trim() !== '').join(' ');
  return name === '' ? null : name;
}

export const organizationPathLabel = (path: readonly string[]): string => path.join('/');

/** What each sortable column sorts by: the Name column by last name, as a directory is read. */
export const SORT_WORDS: Readonly<Record<DirectorySort, string>> = {
  userName: 'username',
  name: 'last name, then first name',
  email: 'email address',
};

/** "by last name, then first name, Z to A": the table's caption and the count line. */
export const orderLabel = (order: EmployeesOrder): string =>
  `by ${SORT_WORDS[order.sort]}, ${order.descending ? 'Z to A' : 'A to Z'}`;

export const STATUS_LABELS: Readonly<Record<EmployeeStatus, string>> = { active: 'Active', inactive: 'Inactive' };
export const SOURCE_LABELS: Readonly<Record<EmployeeSource, string>> = { scim: 'SCIM', local: 'Local' };

/** Under the table's SCIM badge once the identity provider deleted the user: "Deleted Dec 4, 2026". */
export const deletedNote = (employee: Pick<EmployeeView, 'scimDeletedAt'>): string | null =>
  employee.scimDeletedAt === null ? null : `Deleted ${formatDate(employee.scimDeletedAt)}`;

/** The employee dialog's sentence on where the employee came from and who may change it. */
export function sourceSentence(employee: Pick<EmployeeView, 'source' | 'scimDeletedAt'>): string {
  if (employee.source === 'local') return 'Added in WFO; every field is editable here.';
  if (employee.scimDeletedAt === null) return 'Provisioned by the identity provider.';
  return (
    `Provisioned by the identity provider, which deleted the user on ${formatDate(employee.scimDeletedAt)}. ` +
    'WFO keeps the employee and its history; every field is editable here.'
  );
}
