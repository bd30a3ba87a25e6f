// The Activity filters: a range of days (both included, this computer's time zone), the operation, the
// resource type, the outcome, and text (applied once typing pauses). Each change reloads the first page.
import { useEffect, useState } from 'react';
import { ACTIVITY_OPERATION_LABELS, ACTIVITY_RESOURCE_TYPES } from '../../../preload/activity-operations';
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the text applies it; the applied value changing is its echo.
  useEffect(() => {
    if (settledText !== filter.text) void setFilter(api, { text: settledText });
  }, [settledText]);

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
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {filtered ? (
        <button type="button" className="button secondary clear-filters" onClick={clear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
