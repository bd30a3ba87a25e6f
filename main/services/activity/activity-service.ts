// What the identity provider did (provisioning_log), as the console's Activity view lists, charts and
// exports it, and how long its rows are kept.
import type { ActivityFilterValue, LogRetentionView } from '../../../preload/activity-contract';
import type { ExportFormat } from '../../../preload/export-formats';
import type { ActivityChart, ActivityPage } from '../../../preload/contract';
import type { LogFilter, ProvisioningLogRecord } from '../../store/provisioning-log-repository';
import type { Store } from '../../store/store';
import type { Actor, Clock } from '../context';
import { activityCsvChunks, activityJsonChunks } from './activity-export';
import { toActivityEntry } from './activity-entry';
import { countedRows } from '../export/counted-rows';

export interface ActivityQuery extends ActivityFilterValue {
  beforeId: number | null;
  limit: number;
}

/** `at` is stored as toISOString() text; a filter instant in another offset is rewritten to compare as text. */
function storeFilter(filter: ActivityFilterValue): LogFilter {
  const instant = (value: string | null) => (value === null ? null : new Date(value).toISOString());
  return {
    since: instant(filter.since),
    until: instant(filter.until),
    operation: filter.operation,
    resourceType: filter.resourceType,
    outcome: filter.outcome,
    text: filter.text,
    userName: filter.exact ? filter.text : null,
  };
}

const DAY_MS = 86_400_000;

export class ActivityService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  list(query: ActivityQuery): ActivityPage {
    // One row more than asked tells whether another page follows, without a count.
    const rows = this.store.provisioningLog.page(storeFilter(query), query.beforeId, query.limit + 1);
    const entries = rows.slice(0, query.limit).map(toActivityEntry);
    return { entries, nextBeforeId: rows.length > query.limit ? (entries.at(-1)?.id ?? null) : null };
  }

  /** Every matching row, newest first, read a page at a time. */
  rows(filter: ActivityFilterValue): Iterable<ProvisioningLogRecord> {
    return this.store.provisioningLog.each(storeFilter(filter));
  }

  /** The export as text chunks; `rows` (when given) counts the rows written. */
  exportChunks(filter: ActivityFilterValue, format: ExportFormat, counter?: { rows: number }): Iterable<string> {
    const rows = countedRows(this.rows(filter), counter);
    return format === 'csv' ? activityCsvChunks(rows) : activityJsonChunks(rows);
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

  retention(): LogRetentionView {
    return this.store.logRetention.read();
  }

  /** A change is audited with the old and new number of days; the same number writes nothing. */
  setRetention(days: number, actor: Actor): LogRetentionView {
    return this.store.transaction(() => {
      const current = this.store.logRetention.read();
      if (current.days === days) return current;
      const at = this.clock.now().toISOString();
      this.store.logRetention.write(days, at, actor.name);
      this.store.audit.append({
        at,
        actor: actor.name,
        action: 'activity.retention',
        target: null,
        details: { days: { old: current.days, new: days } },
      });
      return this.store.logRetention.read();
    });
  }

  /**
   * Deletes at most `batch` of the rows older than the retention allows; returns how many. The pruner
   * calls it until it returns less than `batch`, yielding between calls.
   */
  pruneBatch(batch: number): number {
    const cutoff = new Date(this.clock.now().getTime() - this.store.logRetention.read().days * DAY_MS).toISOString();
    // A transaction (a savepoint of the turn's shared one while a gateway runs group commits).
    return this.store.transaction(() => this.store.provisioningLog.pruneBatch(cutoff, batch));
  }
}
