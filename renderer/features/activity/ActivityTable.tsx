// The request table, newest first: time, token, request (what it asked, about whom), result, changed
// fields; the line saying what is shown (a polite live region), the empty state and "Load more".
// Five columns whose text wraps, so the table fits a 900 px window without scrolling sideways.
import { narrows } from '../../components/filter-narrows';
import { useApi, useConsoleState } from '../../app/console-context';
import { ActivityRow } from './ActivityRow';
import { OPEN_ACTIVITY_FILTER } from '../../state/activity/initial-state';
import { resultSummary } from './activity-format';
import { formatClockTime } from '../../components/time-format';

export function ActivityTable() {
  const api = useApi();
  const entries = useConsoleState((s) => s.activity.entries);
  const filter = useConsoleState((s) => s.activity.filter);
  const loaded = useConsoleState((s) => s.activity.loaded);
  const loading = useConsoleState((s) => s.activity.loading);
  const loadingMore = useConsoleState((s) => s.activity.loadingMore);
  const loadError = useConsoleState((s) => s.activity.loadError);
  const more = useConsoleState((s) => s.activity.nextBeforeId !== null);
  const updatedAt = useConsoleState((s) => s.activity.updatedAt);
  const loadMore = useConsoleState((s) => s.loadMoreActivity);
  const filtered = narrows({ ...filter, text: filter.text.trim() }, OPEN_ACTIVITY_FILTER);
  const now = new Date();
  // A filter that matches nothing is said in the live line itself; a log with nothing in it gets the
  // empty state below instead.
  const summary =
    !loaded || !updatedAt
      ? ''
      : entries.length > 0
        ? resultSummary({ count: entries.length, more, filter, updatedAt: formatClockTime(updatedAt) })
        : filtered
          ? 'No requests match these filters.'
          : '';

  return (
    <div aria-busy={loading}>
      <p role="status" className="result-count">
        {summary}
      </p>
      {!loaded ? (
        loadError ? null : (
          <p className="empty">Loading activity…</p>
        )
      ) : entries.length === 0 ? (
        filtered ? null : (
          <div className="empty-state">
            <p className="empty-title">No SCIM requests yet.</p>
            <p className="help">
              Requests appear here as soon as the identity provider calls the gateway. If you expected some, check the Gateway
              view and the identity provider's provisioning log.
            </p>
          </div>
        )
      ) : (
        <table className="table activity-table">
          <caption className="offscreen">SCIM requests, newest first</caption>
          <thead>
            <tr>
              <th scope="col" className="col-time">
                Time
              </th>
              <th scope="col" className="col-token">
                Token
              </th>
              <th scope="col">Request</th>
              <th scope="col" className="col-result">
                Result
              </th>
              <th scope="col" className="col-changes">
                Changes
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <ActivityRow key={entry.id} entry={entry} now={now} />
            ))}
          </tbody>
        </table>
      )}
      {more ? (
        <div className="load-more">
          <button type="button" className="button secondary" onClick={() => void loadMore(api)}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
