// One logged request. A failure is marked three ways: the row's red edge, the red status badge and
// the gateway's reason under it, so it does not rest on colour alone. A refused token that was genuine
// (revoked, expired) is named by its label; only a request whose token proved nothing is "Not identified".
import { describeRequest } from '../../../preload/activity-operations';
import type { ActivityEntry } from '../../../preload/contract';
import { isFailureStatus } from '../../../preload/failure-status';
import { BreakableText } from '../../components/BreakableText';
import { ChangesDetails } from './ChangesDetails';
import { NotIdentified } from './NotIdentified';
import { OpenEmployeeButton } from './OpenEmployeeButton';
import { statusLabel } from './activity-format';
import { formatFullTime, formatLogTime, relativeTime } from '../../components/time-format';

export function ActivityRow(props: { entry: ActivityEntry; now: Date }) {
  const { entry, now } = props;
  // The log's own rule, so a red row is one that the Failed outcome lists.
  const failed = isFailureStatus(entry.status);
  return (
    <tr className={failed ? 'failed' : undefined}>
      <td className="time-cell">
        <time dateTime={entry.at} title={formatFullTime(entry.at)}>
          {formatLogTime(entry.at, now)}
        </time>
        <span className="subtle">{relativeTime(entry.at, now)}</span>
        {/* In a narrow window the Token column folds in here (activity.css). */}
        <span className="token-inline">
          <TokenName entry={entry} />
        </span>
      </td>
      <td className="token-cell">
        <TokenName entry={entry} />
      </td>
      <td className="request-cell">
        <span className="request-summary">
          <BreakableText text={describeRequest(entry)} />
        </span>
        {entry.externalId ? (
          <span className="subtle" title="externalId: the identity provider's own id for this user">
            externalId {entry.externalId}
          </span>
        ) : null}
        <span className="subtle mono path" title={`${entry.method} ${entry.path}`}>
          <span className="method">{entry.method}</span> {entry.path}
        </span>
        <OpenEmployeeButton entry={entry} />
      </td>
      <td className="result-cell">
        <span className={`badge ${failed ? 'failure' : 'success'}`}>{statusLabel(entry.status)}</span>
        {entry.scimType ? <span className="subtle mono">{entry.scimType}</span> : null}
        {failed && entry.detail ? (
          <span className="failure-detail">
            <BreakableText text={entry.detail} />
          </span>
        ) : null}
        {entry.durationMs !== null ? <span className="subtle">{Math.round(entry.durationMs)} ms</span> : null}
      </td>
      <td className="changes-cell">
        <ChangesDetails changes={entry.changes} />
      </td>
    </tr>
  );
}

function TokenName(props: { entry: ActivityEntry }) {
  const { entry } = props;
  return (
    <>
      {entry.actor ?? <NotIdentified />}
      {entry.remoteAddress ? <span className="subtle">from {entry.remoteAddress}</span> : null}
    </>
  );
}
