// One logged request. A failure is marked three ways: the row's red edge, the red status badge and
// the gateway's reason under it, so it does not rest on colour alone.
import type { ActivityEntry } from '../../../preload/contract';
import { isFailureStatus } from '../../../preload/failure-status';
import { ChangesDetails } from './ChangesDetails';
import { NotIdentified } from './NotIdentified';
import { formatFullTime, formatLogTime, relativeTime, statusLabel, userLabel } from './activity-format';

export function ActivityRow(props: { entry: ActivityEntry; now: Date }) {
  const { entry, now } = props;
  // The log's own rule, so a red row is one that "Failures only" lists.
  const failed = isFailureStatus(entry.status);
  const user = userLabel(entry);
  return (
    <tr className={failed ? 'failed' : undefined}>
      <td className="nowrap">
        <time dateTime={entry.at} title={formatFullTime(entry.at)}>
          {formatLogTime(entry.at, now)}
        </time>
        <span className="subtle">{relativeTime(entry.at, now)}</span>
      </td>
      <td>
        {entry.actor ?? <NotIdentified />}
        {entry.remoteAddress ? <span className="subtle">from {entry.remoteAddress}</span> : null}
      </td>
      <td>
        <span className="method">{entry.method}</span> {entry.resourceType ?? <span className="muted">no resource</span>}
        <span className="subtle mono path" title={entry.path}>
          {entry.path}
        </span>
      </td>
      <td className="user-cell">
        {user ?? <span className="muted">—</span>}
        {entry.userName && entry.externalId ? (
          <span className="subtle" title="externalId: the identity provider's own id for this user">
            externalId {entry.externalId}
          </span>
        ) : !entry.userName && entry.externalId ? (
          <span className="subtle">externalId</span>
        ) : null}
      </td>
      <td>
        <span className={`badge ${failed ? 'failure' : 'success'}`}>{statusLabel(entry.status)}</span>
        {entry.scimType ? <span className="subtle mono">{entry.scimType}</span> : null}
        {failed && entry.detail ? <span className="failure-detail">{entry.detail}</span> : null}
        {entry.durationMs !== null ? <span className="subtle">{Math.round(entry.durationMs)} ms</span> : null}
      </td>
      <td>
        <ChangesDetails changes={entry.changes} />
      </td>
    </tr>
  );
}
