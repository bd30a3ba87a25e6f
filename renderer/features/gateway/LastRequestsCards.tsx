// When the identity provider last called and how it went, and the last request that failed.
import type { ActivityEntry } from '../../../preload/contract';
import { isFailureStatus } from '../../../preload/failure-status';
import { NotIdentified } from '../activity/NotIdentified';
import { statusLabel, userLabel } from '../activity/activity-format';
import { formatFullTime, formatLogTime, relativeTime } from '../../components/time-format';

export function LastRequestsCards(props: { lastCall: ActivityEntry | null; lastError: ActivityEntry | null }) {
  return (
    <div className="card-grid">
      <section className="card" aria-labelledby="gateway-last-call-title">
        <h2 id="gateway-last-call-title" className="section-title">
          Last call from the identity provider
        </h2>
        {props.lastCall ? (
          <RequestFacts entry={props.lastCall} />
        ) : (
          <p className="empty">The identity provider has not called the gateway yet.</p>
        )}
      </section>
      <section className="card" aria-labelledby="gateway-last-error-title">
        <h2 id="gateway-last-error-title" className="section-title">
          Last error
        </h2>
        {props.lastError ? <RequestFacts entry={props.lastError} /> : <p className="empty">No request has failed.</p>}
      </section>
    </div>
  );
}

function RequestFacts(props: { entry: ActivityEntry }) {
  const { entry } = props;
  const failed = isFailureStatus(entry.status);
  const user = userLabel(entry);
  return (
    <dl className="facts">
      <dt>Time</dt>
      <dd>
        <time dateTime={entry.at} title={formatFullTime(entry.at)}>
          {formatLogTime(entry.at)}
        </time>{' '}
        <span className="muted">({relativeTime(entry.at)})</span>
      </dd>
      <dt>Identity provider</dt>
      <dd>{entry.actor ?? <NotIdentified />}</dd>
      <dt>Request</dt>
      <dd>
        <span className="method">{entry.method}</span> <span className="mono break">{entry.path}</span>
        {user ? <span className="subtle">User {user}</span> : null}
      </dd>
      <dt>Result</dt>
      <dd>
        <span className={`badge ${failed ? 'failure' : 'success'}`}>{statusLabel(entry.status)}</span>
        {failed && entry.detail ? <span className="failure-detail">{entry.detail}</span> : null}
      </dd>
    </dl>
  );
}
