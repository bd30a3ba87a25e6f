// Whether the gateway runs, as the console's Gateway view shows it: the listeners recorded in
// gateway_listeners (by any process sharing the database) and the last request and failure it logged.
import type { GatewayStatus } from '../../../preload/contract';
import type { Store } from '../../store/store';
import { toActivityEntry } from '../activity/activity-entry';
import type { Clock } from '../context';

/** A listener whose heartbeat is older than this is taken for stopped (its process died). */
export const HEARTBEAT_STALE_MS = 30_000;

export class GatewayStatusService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  status(): GatewayStatus {
    const now = this.clock.now().getTime();
    const listeners = this.store.gatewayListeners.recent(5).map((row) => ({
      address: row.address,
      tls: row.tls,
      behindProxy: row.behindProxy,
      pid: row.pid,
      startedAt: row.startedAt,
      heartbeatAt: row.heartbeatAt,
      stoppedAt: row.stoppedAt,
      running: row.stoppedAt === null && now - Date.parse(row.heartbeatAt) < HEARTBEAT_STALE_MS,
    }));
    const lastCall = this.store.provisioningLog.last(false);
    const lastError = this.store.provisioningLog.last(true);
    return {
      running: listeners.some((listener) => listener.running),
      listeners,
      lastCall: lastCall ? toActivityEntry(lastCall) : null,
      lastError: lastError ? toActivityEntry(lastError) : null,
    };
  }
}
