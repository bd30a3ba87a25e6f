// Search (the start of a userName, name or email, applied once typing pauses) and the filters:
// organization (with everything below it), source (SCIM, those the identity provider deleted, or
// local), status and "Awaiting placement".
import { useEffect, useState } from 'react';
import { EMPLOYEE_TEXT_MAX_LENGTH } from '../../../preload/employee-fields';
import { useApi, useConsoleState } from '../../app/console-context';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { narrows } from '../../components/filter-narrows';
import { FilterSelect } from '../../components/FilterSelect';
import { SEARCH_SHORTCUT, useSearchShortcut } from '../../components/use-search-shortcut';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { initialEmployeesFilter, type EmployeeSourceFilter } from '../../state/employees/initial-state';
import { SOURCE_LABELS } from './employees-format';
import { OrganizationOptions } from './OrganizationOptions';

const SEARCH_DEBOUNCE_MS = 300;
const SOURCES = [
  ['scim', SOURCE_LABELS.scim],
  ['scim-deleted', `${SOURCE_LABELS.scim}, deleted by the identity provider`],
  ['local', SOURCE_LABELS.local],
] as const satisfies ReadonlyArray<readonly [EmployeeSourceFilter, string]>;
const isSource = (value: string): value is EmployeeSourceFilter => SOURCES.some(([source]) => source === value);
const STATUSES = [
  ['active', 'Active'],
  ['inactive', 'Inactive'],
] as const;

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

  useSearchShortcut('employee-search');

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
          // The "(press /)" hint of Activity's box would be cut off in this row of five filters: a tooltip says it.
          placeholder="Username, name or email"
          title="Press / to search from anywhere in this view"
          aria-keyshortcuts={SEARCH_SHORTCUT}
          maxLength={EMPLOYEE_TEXT_MAX_LENGTH}
          value={search}
          aria-describedby="employee-search-help"
          onChange={(event) => setSearch(event.target.value)}
        />
        <span id="employee-search-help" className="offscreen">
          Matches the start of a username, first or last name, or email address.
        </span>
      </div>
      <FilterSelect
        id="employee-organization-filter"
        label="Organization"
        className="organization-group"
        value={filter.organizationId ?? ''}
        openLabel="All organizations"
        onChange={(value) => void setFilter(api, { organizationId: value === '' ? null : value })}
      >
        <OrganizationOptions organizations={organizations} />
      </FilterSelect>
      <FilterSelect
        id="employee-source-filter"
        label="Source"
        className="narrow-group"
        value={filter.source ?? ''}
        openLabel="All sources"
        options={SOURCES}
        onChange={(value) => void setFilter(api, { source: isSource(value) ? value : null })}
      />
      <FilterSelect
        id="employee-status-filter"
        label="Status"
        className="narrow-group"
        value={filter.status ?? ''}
        openLabel="All statuses"
        options={STATUSES}
        onChange={(value) => void setFilter(api, { status: value === 'active' || value === 'inactive' ? value : null })}
      />
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
      <ClearFiltersButton
        shown={search !== '' || narrows(filter, initialEmployeesFilter)}
        firstFilterId="employee-search"
        onClear={() => {
          setSearch('');
          void setFilter(api, initialEmployeesFilter);
        }}
      />
    </div>
  );
}
