// Previous and Next under the table. The server pages by cursor; Previous goes back through the
// cursors already used, so no page is ever counted by offset. At either end the button stays
// focusable (aria-disabled), so a keyboard user paging through is not dropped to the page's top.
import { useShallow } from 'zustand/react/shallow';
import { useApi, useConsoleState } from '../../app/console-context';
import { pageRange, rangeLabel } from '../../state/employees/selectors';

export function EmployeesPager() {
  const api = useApi();
  const range = useConsoleState(useShallow(pageRange));
  const hasPrevious = useConsoleState((s) => s.employees.cursors.length > 1);
  const hasNext = useConsoleState((s) => s.employees.nextCursor !== null);
  const previous = useConsoleState((s) => s.previousEmployeesPage);
  const next = useConsoleState((s) => s.nextEmployeesPage);
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="pager" aria-label="Pages of employees">
      <button type="button" className="button secondary" aria-disabled={!hasPrevious} onClick={() => void previous(api)}>
        Previous
      </button>
      <span className="pager-range" aria-hidden="true">
        {rangeLabel(range)}
      </span>
      <button type="button" className="button secondary" aria-disabled={!hasNext} onClick={() => void next(api)}>
        Next
      </button>
    </nav>
  );
}
