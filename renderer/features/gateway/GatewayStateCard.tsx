// Running or not, where it answers, how to start it, and a warning while provisioning is disabled
// (then a running gateway refuses the identity provider with 403).
import type { GatewayStatus } from '../../../preload/contract';
import { WarningIcon } from '../../components/icons';
import { useConsoleState } from '../../app/console-context';
import { relativeTime } from '../../components/time-format';
import { listenerState, type Listener } from './gateway-format';

export function GatewayStateCard(props: { status: GatewayStatus }) {
  const { running, listeners } = props.status;
  const enabled = useConsoleState((s) => s.settings.server?.enabled ?? null);
  const live = listeners.filter((listener) => listener.running);
  return (
    <section className="card" aria-labelledby="gateway-state-title">
      <h2 id="gateway-state-title" className="section-title">
        Status
      </h2>
      <p className={`state-pill ${running ? 'running' : 'stopped'}`}>
        <span className="dot" aria-hidden="true" />
        {running ? 'Running' : 'Not running'}
      </p>
      {running ? (
        <p className="state-text">
          Answering the identity provider at{' '}
          {live.map((listener, index) => (
            <span key={listener.address + listener.startedAt}>
              {index > 0 ? ', ' : ''}
              <code>{listener.address}</code>
            </span>
          ))}
          .
        </p>
      ) : (
        <p className="state-text">
          {whyNotRunning(listeners[0])} Start it with <code>idsvc serve</code> on the server, or enable provisioning in the
          desktop app.
        </p>
      )}
      {enabled === false ? (
        <p className="warning">
          <WarningIcon />
          <span>
            Provisioning is disabled in Provisioning Settings: the gateway refuses the identity provider's requests (403
            Forbidden) until it is enabled.
          </span>
        </p>
      ) : null}
    </section>
  );
}

/** Why nothing answers, from the most recent listener: never started, stopped, or gone silent. */
function whyNotRunning(latest: Listener | undefined): string {
  if (!latest) return 'The gateway has not run on this installation yet, so the identity provider cannot reach it.';
  if (listenerState(latest) === 'stopped' && latest.stoppedAt) {
    return `The gateway stopped ${relativeTime(latest.stoppedAt)}, so the identity provider cannot reach it.`;
  }
  return `The gateway's last heartbeat was ${relativeTime(latest.heartbeatAt)}: its process ended without stopping cleanly.`;
}
