// The Activity filters: a range of days (both included, this computer's time zone), the operation, the
// resource type, the outcome, and text (applied once typing pauses; a text of one or two characters is
// not applied, and a message under the box says why). Each change reloads the first page.
import { useEffect, useState } from 'react';
import { ACTIVITY_OPERATION_LABELS, ACTIVITY_RESOURCE_TYPES } from '../../../preload/activity-operations';
import { ACTIVITY_SEARCH_TOO_SHORT, activitySearchTooShort } from '../../../preload/activity-search-text';
import { useApi, useConsoleState } from '../../app/console-context';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { OPEN_ACTIVITY_FILTER } from '../../state/activity/initial-state';

const TEXT_DEBOUNCE_MS = 300;

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

  const filtered = Object.entries(filter).some(([, value]) => value !== '') || text !== '';
  const clear = () => {
    setText('');
    void setFilter(api, OPEN_ACTIVITY_FILTER);
  };

  return (
    <div className="filters activity-filters">
      <div className="filter-group">
        <label htmlFor="activity-from" className="filter-label">
          From
        </label>
        <input
          id="activity-from"
          type="date"
          className="text-input date-input"
          value={filter.from}
          max={filter.to || undefined}
          onChange={(event) => void setFilter(api, { from: event.target.value })}
        />
      </div>
      <div className="filter-group">
        <label htmlFor="activity-to" className="filter-label">
          To
        </label>
        <input
          id="activity-to"
          type="date"
          className="text-input date-input"
          value={filter.to}
          min={filter.from || undefined}
          onChange={(event) => void setFilter(api, { to: event.target.value })}
        />
      </div>
      <div className="filter-group">
        <label htmlFor="activity-operation" className="filter-label">
          Operation
        </label>
        <select
          id="activity-operation"
          className="select"
          value={filter.operation}
          onChange={(event) => void setFilter(api, { operation: event.target.value })}
        >
          <option value="">Any operation</option>
          {[...ACTIVITY_OPERATION_LABELS].map(([operation, label]) => (
            <option key={operation} value={operation}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-group">
        <label htmlFor="activity-resource" className="filter-label">
          Resource
        </label>
        <select
          id="activity-resource"
          className="select"
          value={filter.resourceType}
          onChange={(event) => void setFilter(api, { resourceType: event.target.value })}
        >
          <option value="">Any resource</option>
          {[...ACTIVITY_RESOURCE_TYPES].map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-group">
        <label htmlFor="activity-outcome" className="filter-label">
          Outcome
        </label>
        <select
          id="activity-outcome"
          className="select"
          value={filter.outcome}
          onChange={(event) => void setFilter(api, { outcome: event.target.value })}
        >
          <option value="">Any outcome</option>
          <option value="success">Succeeded</option>
          <option value="failure">Failed</option>
        </select>
      </div>
      <div className="filter-group text-filter">
        <label htmlFor="activity-text" className="filter-label">
          Search
        </label>
        <input
          id="activity-text"
          type="search"
          className="text-input"
          spellCheck={false}
          autoComplete="off"
          placeholder="User, group, token, path or reason"
          maxLength={200}
          value={text}
          aria-invalid={tooShort || undefined}
          aria-describedby={tooShort ? 'activity-text-short' : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {tooShort ? (
          <p id="activity-text-short" className="field-error-text" role="status">
            {ACTIVITY_SEARCH_TOO_SHORT}
          </p>
        ) : null}
      </div>
      {filtered ? (
        <button type="button" className="button secondary clear-filters" onClick={clear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
