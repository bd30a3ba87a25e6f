// The most recent gateway listeners: address, connection, started, last heartbeat, state.
import { BreakableText } from '../../components/BreakableText';
import { formatFullTime, formatLogTime, relativeTime } from '../../components/time-format';
import { LISTENER_STATE_LABELS, connectionLabel, listenerState, type Listener } from './gateway-format';
import './listeners.css';

export function ListenersCard(props: { listeners: Listener[] }) {
  const now = new Date();
  return (
    <section className="card" aria-labelledby="gateway-listeners-title">
      <h2 id="gateway-listeners-title" className="section-title">
        Recent listeners
      </h2>
      {props.listeners.length === 0 ? (
        <p className="empty">No gateway has listened yet.</p>
      ) : (
        <table className="table listeners-table">
          <caption className="offscreen">Gateway listeners, most recent first</caption>
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Connection</th>
              <th scope="col">Started</th>
              <th scope="col">Last heartbeat</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {props.listeners.map((listener) => {
              const state = listenerState(listener);
              return (
                <tr key={`${listener.address}-${listener.startedAt}`}>
                  <td>
                    <span className="mono">
                      <BreakableText text={listener.address} />
                    </span>
                    <span className="subtle">process {listener.pid}</span>
                  </td>
                  <td>{connectionLabel(listener)}</td>
                  <td>
                    <time dateTime={listener.startedAt} title={formatFullTime(listener.startedAt)}>
                      {formatLogTime(listener.startedAt, now)}
                    </time>
                  </td>
                  <td>
                    <time dateTime={listener.heartbeatAt} title={formatFullTime(listener.heartbeatAt)}>
                      {relativeTime(listener.heartbeatAt, now)}
                    </time>
                  </td>
                  <td>
                    <span className={`badge ${state}`}>{LISTENER_STATE_LABELS[state]}</span>
                    {listener.stoppedAt ? <span className="subtle">{formatLogTime(listener.stoppedAt, now)}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
