// A column header that sorts the directory: a button in the header cell, which carries aria-sort
// while the table is sorted by it; the arrow shows which way. Pressing it again turns the order round.
import { useApi, useConsoleState } from '../../app/console-context';
import type { DirectorySort } from '../../../preload/employees-contract';
import { SortArrowIcon } from '../../components/icons';
import { SORT_WORDS } from './employees-format';

export function SortableHeader({ sort, label, className }: { sort: DirectorySort; label: string; className: string }) {
  const api = useApi();
  const order = useConsoleState((s) => s.employees.order);
  const sortEmployees = useConsoleState((s) => s.sortEmployees);
  const direction = order.sort !== sort ? undefined : order.descending ? 'descending' : 'ascending';
  return (
    <th scope="col" className={className} aria-sort={direction}>
      <button
        type="button"
        className={direction === undefined ? 'sort-button' : `sort-button sorted ${direction}`}
        title={`Sort by ${SORT_WORDS[sort]}`}
        onClick={() => void sortEmployees(api, sort)}
      >
        {label}
        <SortArrowIcon />
      </button>
    </th>
  );
}
