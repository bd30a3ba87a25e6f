// Search (the start of a userName, name or email, applied once typing pauses) and the filters:
// organization (with everything below it), source, status and "Awaiting placement".
import { useEffect, useState } from 'react';
import { EMPLOYEE_TEXT_MAX_LENGTH } from '../../../preload/employee-fields';
import { useApi, useConsoleState } from '../../app/console-context';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { OrganizationOptions } from './OrganizationOptions';

const SEARCH_DEBOUNCE_MS = 300;

export function EmployeesFilters() {
  const api = useApi();
  const filter = useConsoleState((s) => s.employees.filter);
  const organizations = useConsoleState((s) => s.organizations.list);
  const setFilter = useConsoleState((s) => s.setEmployeesFilter);
  const [search, setSearch] = useState(filter.search);
  const settledSearch = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);

  // Only a settled change of the text applies it; the applied value changing is its echo.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the typed text settles, not on its echo.
  useEffect(() => {
    if (settledSearch !== filter.search) void setFilter(api, { search: settledSearch });
  }, [settledSearch]);

  return (
    <div className="filters employee-filters">
      <div className="filter-group search-group">
        <label htmlFor="employee-search" className="filter-label">
          Search employees
        </label>
        <input
          id="employee-search"
          type="search"
          className="text-input"
          spellCheck={false}
          autoComplete="off"
          placeholder="Username, name, email"
          maxLength={EMPLOYEE_TEXT_MAX_LENGTH}
          value={search}
          aria-describedby="employee-search-help"
          onChange={(event) => setSearch(event.target.value)}
        />
        <span id="employee-search-help" className="offscreen">
          Matches the start of a username, first or last name, or email address.
        </span>
      </div>
      <div className="filter-group organization-group">
        <label htmlFor="employee-organization-filter" className="filter-label">
          Organization
        </label>
        <select
          id="employee-organization-filter"
          className="select"
          value={filter.organizationId ?? ''}
          onChange={(event) => void setFilter(api, { organizationId: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">All organizations</option>
          <OrganizationOptions organizations={organizations} />
        </select>
      </div>
      <div className="filter-group">
        <label htmlFor="employee-source-filter" className="filter-label">
          Source
        </label>
        <select
          id="employee-source-filter"
          className="select"
          value={filter.source ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            void setFilter(api, { source: value === 'scim' || value === 'local' ? value : null });
          }}
        >
          <option value="">All sources</option>
          <option value="scim">SCIM</option>
          <option value="local">Local</option>
        </select>
      </div>
      <div className="filter-group">
        <label htmlFor="employee-status-filter" className="filter-label">
          Status
        </label>
        <select
          id="employee-status-filter"
          className="select"
          value={filter.status ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            void setFilter(api, { status: value === 'active' || value === 'inactive' ? value : null });
          }}
        >
          <option value="">All statuses</option>
          <option value="active">Active</option>
          <option value="inactive">Inactive</option>
        </select>
      </div>
      <fieldset className="filter-group awaiting-group">
        <legend className="filter-label">Placement</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filter.awaitingPlacement}
            aria-describedby="awaiting-placement-help"
            onChange={(event) => void setFilter(api, { awaitingPlacement: event.target.checked })}
          />
          <span>Awaiting placement</span>
        </label>
        <span id="awaiting-placement-help" className="subtle">
          Provisioned, still in the Organization for New Users
        </span>
      </fieldset>
    </div>
  );
}
