// What the identity provider did (provisioning_log), as the console's Activity view lists and charts it.
import type { ActivityChart, ActivityPage } from '../../../preload/contract';
import type { Store } from '../../store/store';
import type { Clock } from '../context';
import { toActivityEntry } from './activity-entry';

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
    const entries = rows.slice(0, query.limit).map(toActivityEntry);
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
}
