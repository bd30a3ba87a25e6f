// The directory table: a checkbox per row and one for the whole page, then Username (the control
// that opens the employee), Name, Email Address (the three sort it), Organization, Status and Source;
// the empty states and the pager. Fifty rows a page: the server pages, so 100,000 employees cost what 50 do.
import { useEffect, useRef } from 'react';
import { useApi, useConsoleState } from '../../app/console-context';
import { narrows } from '../../components/filter-narrows';
import { initialEmployeesFilter } from '../../state/employees/initial-state';
import { pageSelection } from '../../state/employees/selectors';
import { EmployeeRow } from './EmployeeRow';
import { orderLabel } from './employees-format';
import { SELECT_PAGE_ID } from './employees-ids';
import { EmployeesPager } from './EmployeesPager';
import { SortableHeader } from './SortableHeader';

export function EmployeesTable() {
  const api = useApi();
  const items = useConsoleState((s) => s.employees.items);
  const loaded = useConsoleState((s) => s.employees.loaded);
  const loading = useConsoleState((s) => s.employees.loading);
  const loadError = useConsoleState((s) => s.employees.loadError);
  const filter = useConsoleState((s) => s.employees.filter);
  const order = useConsoleState((s) => s.employees.order);
  const loadEmployees = useConsoleState((s) => s.loadEmployees);
  const filtered = narrows({ ...filter, search: filter.search.trim() }, initialEmployeesFilter);

  // A failed read says so in place of the table: rows from an earlier filter would be taken for its answer.
  if (loadError) {
    return (
      <div className="empty-state">
        <p className="field-error">{loadError}</p>
        <button type="button" className="button secondary" onClick={() => void loadEmployees(api)}>
          Try again
        </button>
      </div>
    );
  }
  if (!loaded) {
    return (
      <p className="empty" aria-busy="true">
        Loading employees…
      </p>
    );
  }
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-title">{filtered ? 'No employees match these filters.' : 'No employees yet.'}</p>
        <p className="help">
          {filtered
            ? 'Try fewer letters in the search, or another organization, source or status.'
            : 'Employees appear here as soon as the identity provider provisions them. You can also add one with Add employee.'}
        </p>
      </div>
    );
  }
  return (
    <div aria-busy={loading}>
      <table className="table employees-table">
        <caption className="offscreen">Employees, {orderLabel(order)}</caption>
        <thead>
          <tr>
            <th scope="col" className="select-cell col-select">
              <SelectPageCheckbox />
            </th>
            <SortableHeader sort="userName" label="Username" className="col-username" />
            <SortableHeader sort="name" label="Name" className="col-name" folded={{ sort: 'email', label: 'Email' }} />
            <SortableHeader sort="email" label="Email Address" className="col-email email-column" />
            <th scope="col" className="col-organization">
              Organization
            </th>
            <th scope="col" className="col-status">
              Status
            </th>
            <th scope="col" className="col-source">
              Source
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((employee) => (
            <EmployeeRow key={employee.id} employee={employee} />
          ))}
        </tbody>
      </table>
      <EmployeesPager />
    </div>
  );
}

function SelectPageCheckbox() {
  const state = useConsoleState(pageSelection);
  const setPageSelected = useConsoleState((s) => s.setPageSelected);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      id={SELECT_PAGE_ID}
      type="checkbox"
      className="row-check"
      aria-label="Select all employees on this page"
      checked={state === 'all'}
      onChange={(event) => setPageSelected(event.target.checked)}
    />
  );
}
