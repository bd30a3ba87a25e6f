// The Activity filters: Outcome (all or failures only) and User (part of a userName or externalId,
// applied once typing pauses).
import { useEffect, useState } from 'react';
import { useApi, useConsoleState } from '../../app/console-context';
import { useDebouncedValue } from '../../components/use-debounced-value';

const USER_DEBOUNCE_MS = 300;

export function ActivityFilters() {
  const api = useApi();
  const failuresOnly = useConsoleState((s) => s.activity.filter.failuresOnly);
  const appliedUser = useConsoleState((s) => s.activity.filter.user);
  const setFilter = useConsoleState((s) => s.setActivityFilter);
  const [user, setUser] = useState(appliedUser);
  const settledUser = useDebouncedValue(user, USER_DEBOUNCE_MS);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the text applies it; the applied value changing is its echo.
  useEffect(() => {
    if (settledUser !== appliedUser) void setFilter(api, { user: settledUser });
  }, [settledUser]);

  return (
    <div className="filters">
      <fieldset className="filter-group">
        <legend className="filter-label">Outcome</legend>
        <div className="radio-row">
          <label className="radio">
            <input
              type="radio"
              name="activity-outcome"
              checked={!failuresOnly}
              onChange={() => void setFilter(api, { failuresOnly: false })}
            />
            <span>All</span>
          </label>
          <label className="radio">
            <input
              type="radio"
              name="activity-outcome"
              checked={failuresOnly}
              onChange={() => void setFilter(api, { failuresOnly: true })}
            />
            <span>Failures</span>
          </label>
        </div>
      </fieldset>
      <div className="filter-group">
        <label htmlFor="activity-user" className="filter-label">
          User
        </label>
        <input
          id="activity-user"
          type="search"
          className="text-input user-filter"
          spellCheck={false}
          autoComplete="off"
          placeholder="userName or externalId"
          maxLength={200}
          value={user}
          onChange={(event) => setUser(event.target.value)}
        />
      </div>
    </div>
  );
}
