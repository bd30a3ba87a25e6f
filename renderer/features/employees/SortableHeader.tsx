// A column header that sorts the directory: a button in the header cell, which carries aria-sort
// while the table is sorted by it; the arrow shows which way. Pressing it again turns the order round.
// Below 1100 px the Email Address column folds into Name, and Name's header offers its sort too.
import { useApi, useConsoleState } from '../../app/console-context';
import type { DirectorySort } from '../../../preload/employees-contract';
import { SortArrowIcon } from '../../components/icons';
import { SORT_WORDS } from './employees-format';

interface SortableHeaderProps {
  sort: DirectorySort;
  label: string;
  className: string;
  /** Another column's sort shown only where that column is folded into this one (`folded-sort`). */
  folded?: { sort: DirectorySort; label: string };
}

export function SortableHeader({ sort, label, className, folded }: SortableHeaderProps) {
  const direction = useSortDirection(sort);
  return (
    <th scope="col" className={className} aria-sort={direction}>
      <SortButton sort={sort} label={label} />
      {folded === undefined ? null : <SortButton sort={folded.sort} label={folded.label} className="folded-sort" />}
    </th>
  );
}

function SortButton({ sort, label, className }: { sort: DirectorySort; label: string; className?: string }) {
  const api = useApi();
  const sortEmployees = useConsoleState((s) => s.sortEmployees);
  const direction = useSortDirection(sort);
  const classes = ['sort-button', className, direction === undefined ? undefined : `sorted ${direction}`];
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      title={`Sort by ${SORT_WORDS[sort]}`}
      onClick={() => void sortEmployees(api, sort)}
    >
      {label}
      <SortArrowIcon />
    </button>
  );
}

function useSortDirection(sort: DirectorySort): 'ascending' | 'descending' | undefined {
  const order = useConsoleState((s) => s.employees.order);
  return order.sort !== sort ? undefined : order.descending ? 'descending' : 'ascending';
}
