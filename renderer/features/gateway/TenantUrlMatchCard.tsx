// "Reachable at the Tenant URL?": where each running listener listens against the saved Tenant URL
// (scheme, host, port), with the reason when it cannot be reached from another computer.
import type { GatewayStatus } from '../../../preload/contract';
import { useConsoleState } from '../../app/console-context';
import { WarningIcon } from '../../components/icons';
import { FailedIcon, PassedIcon } from '../../components/status-icons';
import { tenantUrlMatch, type MatchOutcome } from './tenant-url-match';
import './tenant-url-match.css';

const OUTCOME_WORDS: ReadonlyMap<MatchOutcome, string> = new Map([
  ['match', 'Matches'],
  ['mismatch', 'Does not match'],
  ['unknown', 'Cannot tell from here'],
]);
const REACH_WORDS: ReadonlyMap<MatchOutcome, string> = new Map([
  ['match', 'Reachable'],
  ['mismatch', 'Not reachable'],
  ['unknown', 'Cannot tell from here'],
]);
const ASPECT_WORDS = new Map([
  ['scheme', 'Scheme'],
  ['host', 'Host'],
  ['port', 'Port'],
  ['reach', 'From other computers'],
]);

export function TenantUrlMatchCard(props: { status: GatewayStatus }) {
  const tenantUrl = useConsoleState((s) => s.settings.server?.tenantUrl ?? null);
  const live = props.status.listeners.filter((listener) => listener.running);
  if (live.length === 0) return null;
  return (
    <section className="card" aria-labelledby="tenant-url-match-title">
      <h2 id="tenant-url-match-title" className="section-title">
        Where it listens and the Tenant URL
      </h2>
      {tenantUrl === null ? (
        <p className="help">No Tenant URL is saved: save one in Provisioning Settings to compare.</p>
      ) : (
        <>
          <p className="help">
            Tenant URL: <code className="break">{tenantUrl}</code>
          </p>
          {live.map((listener) => (
            <div key={listener.address + listener.startedAt} className="match-listener">
              <p className="match-address">
                Listening at <code>{listener.address}</code>
              </p>
              <ul className="match-lines">
                {tenantUrlMatch(listener, tenantUrl).map((line) => (
                  <li key={line.aspect} className={`match-line ${line.outcome}`}>
                    <span className="match-icon">
                      {line.outcome === 'match' ? <PassedIcon /> : line.outcome === 'mismatch' ? <FailedIcon /> : <WarningIcon />}
                    </span>
                    <span>
                      <strong>
                        {ASPECT_WORDS.get(line.aspect)}:{' '}
                        {(line.aspect === 'reach' ? REACH_WORDS : OUTCOME_WORDS).get(line.outcome)}.
                      </strong>{' '}
                      {line.text}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
