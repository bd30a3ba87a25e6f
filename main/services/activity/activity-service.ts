// What the identity provider did (provisioning_log) and whether the gateway runs (gateway_listeners),
// as the console's Activity and Gateway views show them.
import type { ActivityChart, ActivityPage, GatewayStatus } from '../../../preload/contract';
import type { ProvisioningLogEntry, ProvisioningLogRecord } from '../../store/provisioning-log-repository';
import type { Store } from '../../store/store';
import type { Clock } from '../context';

/** A listener whose heartbeat is older than this is taken for stopped (its process died). */
export const HEARTBEAT_STALE_MS = 30_000;

export interface ActivityQuery {
  failuresOnly: boolean;
  user: string | null;
  beforeId: number | null;
  limit: number;
}

export class ActivityService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  list(query: ActivityQuery): ActivityPage {
    const rows = this.store.provisioningLog.newestFirst({ ...query, limit: query.limit + 1 });
    const entries = rows.slice(0, query.limit).map(toEntry);
    return { entries, nextBeforeId: rows.length > query.limit ? (entries.at(-1)?.id ?? null) : null };
  }

  /** Requests and failures per hour over the last `hours` hours, empty hours included. */
  chart(hours: number): ActivityChart {
    const bucketSeconds = 3600;
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const first = (Math.floor(nowSeconds / bucketSeconds) - hours + 1) * bucketSeconds;
    const counted = new Map(
      this.store.provisioningLog.histogram(new Date(first * 1000).toISOString(), bucketSeconds).map((b) => [b.bucket, b]),
    );
    const buckets = Array.from({ length: hours }, (_, i) => {
      const bucket = first + i * bucketSeconds;
      const found = counted.get(bucket);
      return { at: new Date(bucket * 1000).toISOString(), requests: found?.requests ?? 0, failures: found?.failures ?? 0 };
    });
    return { bucketSeconds, buckets };
  }

  /**
   * Appends request rows (the user management API's; the SCIM handler still writes its own) in one
   * transaction. A row that fails is reported and skipped: logging must not fail an answered request.
   */
  recordRequests(entries: readonly ProvisioningLogEntry[], onError: (error: unknown) => void): void {
    try {
      this.store.transaction(() => {
        for (const entry of entries) {
          try {
            this.store.provisioningLog.append(entry);
          } catch (error) {
            onError(error);
          }
        }
      });
    } catch (error) {
      onError(error);
    }
  }

  gatewayStatus(): GatewayStatus {
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
      lastCall: lastCall ? toEntry(lastCall) : null,
      lastError: lastError ? toEntry(lastError) : null,
    };
  }
}

function toEntry(row: ProvisioningLogRecord) {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    method: row.method,
    path: row.path,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    userName: row.userName,
    externalId: row.externalId,
    status: row.status,
    scimType: row.scimType,
    detail: row.detail,
    changes: row.changes,
    remoteAddress: row.remoteAddress,
    durationMs: row.durationMs,
  };
}
