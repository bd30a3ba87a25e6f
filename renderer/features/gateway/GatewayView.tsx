// The Gateway view: does a gateway run, its recent listeners, the identity provider's last call and
// last error. Refresh reads it now; while the view is shown it re-reads every 10 seconds.
import { useCallback, useEffect } from 'react';
import { Announcer } from '../../components/Announcer';
import { RefreshIcon } from '../../components/icons';
import { useApi, useConsoleState } from '../../app/console-context';
import { PAGE_TITLE_ID } from '../../app/views';
import { formatClockTime } from '../../components/time-format';
import { GatewayStateCard } from './GatewayStateCard';
import { LastRequestsCards } from './LastRequestsCards';
import { ListenersCard } from './ListenersCard';
import { TenantUrlMatchCard } from './TenantUrlMatchCard';
import { usePolling } from './use-polling';

export const GATEWAY_REFRESH_MS = 10_000;

export function GatewayView() {
  const api = useApi();
  const status = useConsoleState((s) => s.gateway.status);
  const loadError = useConsoleState((s) => s.gateway.loadError);
  const updatedAt = useConsoleState((s) => s.gateway.updatedAt);
  const feedback = useConsoleState((s) => s.gateway.feedback);
  const load = useConsoleState((s) => s.loadGatewayStatus);
  const loadSettings = useConsoleState((s) => s.loadSettings);

  useEffect(() => {
    void load(api);
    // For the "provisioning is disabled" warning: the setting as saved now, maybe by another console.
    void loadSettings(api);
  }, [api, load, loadSettings]);
  usePolling(
    useCallback(() => void load(api), [api, load]),
    GATEWAY_REFRESH_MS,
  );

  return (
    <>
      <div className="page-header">
        <h1 id={PAGE_TITLE_ID} className="page-title" tabIndex={-1}>
          Gateway
        </h1>
        <div className="page-actions">
          <p className="updated-at">{updatedAt ? `Updated ${formatClockTime(updatedAt)}. ` : ''}Refreshes every 10 seconds.</p>
          <button type="button" className="button secondary" onClick={() => void load(api, { announce: true })}>
            <RefreshIcon />
            <span>Refresh</span>
          </button>
        </div>
      </div>
      <p className="help page-intro">
        The SCIM gateway receives the identity provider's requests at the Tenant URL. It runs in the desktop app while
        provisioning is enabled, or on a server as <code>idsvc serve</code>.
      </p>
      <Announcer message={feedback} />
      {status ? (
        <>
          <GatewayStateCard status={status} />
          <TenantUrlMatchCard status={status} />
          <LastRequestsCards lastCall={status.lastCall} lastError={status.lastError} />
          <ListenersCard listeners={status.listeners} />
        </>
      ) : loadError ? (
        <div className="panel">
          <p className="field-error">{loadError}</p>
        </div>
      ) : (
        <p className="panel" aria-busy="true">
          Reading the gateway status…
        </p>
      )}
    </>
  );
}
