// The Activity filters: a range of days (both included, this computer's time zone), the operation, the
// resource type, the outcome, and text (applied once typing pauses; a text of one or two characters is
// not applied, and a message under the box says why), either part of anything or, with "Whole username
// or group name", one name exactly. Each change reloads the first page.
import { useEffect, useState } from 'react';
import { ACTIVITY_OPERATION_LABELS, ACTIVITY_RESOURCE_TYPES } from '../../../preload/activity-operations';
import { ACTIVITY_SEARCH_TOO_SHORT, activitySearchTooShort } from '../../../preload/activity-search-text';
import { useApi, useConsoleState } from '../../app/console-context';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { narrows } from '../../components/filter-narrows';
import { DayRangeFilter } from '../../components/DayRangeFilter';
import { FilterSelect } from '../../components/FilterSelect';
import { SEARCH_SHORTCUT, useSearchShortcut } from '../../components/use-search-shortcut';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { OPEN_ACTIVITY_FILTER } from '../../state/activity/initial-state';

const TEXT_DEBOUNCE_MS = 300;
const OUTCOMES = [
  ['success', 'Succeeded'],
  ['failure', 'Failed'],
] as const;

export function ActivityFilters() {
  const api = useApi();
  const filter = useConsoleState((s) => s.activity.filter);
  const setFilter = useConsoleState((s) => s.setActivityFilter);
  const [text, setText] = useState(filter.text);
  const settledText = useDebouncedValue(text, TEXT_DEBOUNCE_MS);
  const tooShort = activitySearchTooShort(text);
  // The main process refuses a short text; the list meanwhile shows what no text shows.
  const appliedText = activitySearchTooShort(settledText) ? '' : settledText;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the text applies it; the applied value changing is its echo.
  useEffect(() => {
    if (appliedText !== filter.text) void setFilter(api, { text: appliedText });
  }, [appliedText]);

  const filtered = narrows(filter, OPEN_ACTIVITY_FILTER) || text !== '';
  const clear = () => {
    setText('');
    void setFilter(api, OPEN_ACTIVITY_FILTER);
  };

  useSearchShortcut('activity-text');

  return (
    <div className="filters activity-filters">
      <DayRangeFilter
        idPrefix="activity"
        from={filter.from}
        to={filter.to}
        onChange={(changes) => void setFilter(api, changes)}
      />
      <FilterSelect
        id="activity-operation"
        label="Operation"
        value={filter.operation}
        openLabel="Any operation"
        options={ACTIVITY_OPERATION_LABELS}
        onChange={(operation) => void setFilter(api, { operation })}
      />
      <FilterSelect
        id="activity-resource"
        label="Resource"
        value={filter.resourceType}
        openLabel="Any resource"
        options={ACTIVITY_RESOURCE_TYPES}
        onChange={(resourceType) => void setFilter(api, { resourceType })}
      />
      <FilterSelect
        id="activity-outcome"
        label="Outcome"
        value={filter.outcome}
        openLabel="Any outcome"
        options={OUTCOMES}
        onChange={(outcome) => void setFilter(api, { outcome })}
      />
      <div className="filter-group text-filter">
        <label htmlFor="activity-text" className="filter-label">
          Search
        </label>
        {/* The box and its "whole name" switch on one line: the empty view fits a 900 px window. */}
        <div className="search-row">
          <input
            id="activity-text"
            type="search"
            className="text-input"
            spellCheck={false}
            autoComplete="off"
            placeholder="User, group, token, path or reason (press /)"
            aria-keyshortcuts={SEARCH_SHORTCUT}
            maxLength={200}
            value={text}
            aria-invalid={tooShort || undefined}
            aria-describedby={tooShort ? 'activity-text-short' : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <label className="checkbox exact-filter">
            <input
              type="checkbox"
              checked={filter.exact}
              onChange={(event) => void setFilter(api, { exact: event.target.checked })}
            />
            <span>Whole username or group name</span>
          </label>
        </div>
        {tooShort ? (
          <p id="activity-text-short" className="field-error-text" role="status">
            {ACTIVITY_SEARCH_TOO_SHORT}
          </p>
        ) : null}
      </div>
      <ClearFiltersButton shown={filtered} firstFilterId="activity-from" onClear={clear} />
    </div>
  );
}
