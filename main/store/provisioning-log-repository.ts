// provisioning_log: one row per gateway request, what the identity provider did and how it went. Append
// only, but for the retention's pruning of the oldest rows. Read newest first in keyset pages by id,
// filtered (provisioning-log-filter.ts; text through the text index, provisioning-log-text-search.ts),
// or as one stream that holds a page at a time.
import type { Database } from 'better-sqlite3';
import type { ActivityOperation } from '../../preload/activity-operations';
import type { ChangeStamp } from './change-stamp';
import { IS_FAILURE, LOG_COLUMNS, OPEN_LOG_FILTER, logPageSql, type LogFilter } from './provisioning-log-filter';
import { ProvisioningLogTextIndex } from './provisioning-log-text-index';
import { rowsOf, textPageIds } from './provisioning-log-text-search';
import { cachedPrepare, type Prepare } from './statement-cache';

export type { LogFilter };
export { OPEN_LOG_FILTER };

export interface ProvisioningLogEntry {
  at: string;
  actor: string | null;
  tokenId: string | null;
  method: string;
  path: string;
  resourceType: string | null;
  resourceId: string | null;
  /** A User's userName; a Group's displayName. */
  userName: string | null;
  externalId: string | null;
  status: number;
  scimType: string | null;
  detail: string | null;
  changes: Record<string, { old: unknown; new: unknown }> | null;
  remoteAddress: string | null;
  durationMs: number;
  operation: ActivityOperation;
}

export interface ProvisioningLogRecord extends ProvisioningLogEntry {
  id: number;
}

type RawRecord = Omit<ProvisioningLogRecord, 'changes'> & { changes: string | null };
const parseRecord = (row: RawRecord): ProvisioningLogRecord => ({
  ...row,
  changes: row.changes === null ? null : JSON.parse(row.changes),
});

const APPEND = `INSERT INTO provisioning_log (at, actor, token_id, method, path, resource_type, resource_id, user_name,
  external_id, status, scim_type, detail, changes, remote_address, duration_ms, operation)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const LAST_FAILURE = `SELECT ${LOG_COLUMNS} FROM provisioning_log WHERE ${IS_FAILURE} ORDER BY id DESC LIMIT 1`;
const LAST = `SELECT ${LOG_COLUMNS} FROM provisioning_log ORDER BY id DESC LIMIT 1`;
const PRUNE = `DELETE FROM provisioning_log WHERE id IN
  (SELECT id FROM provisioning_log WHERE id < ? ORDER BY id LIMIT CAST(? AS INTEGER))`;

export class ProvisioningLogRepository {
  private readonly prepare: Prepare;
  private readonly textIndex: ProvisioningLogTextIndex;

  constructor(
    private readonly db: Database,
    private readonly changes?: ChangeStamp,
  ) {
    this.prepare = cachedPrepare(db);
    this.textIndex = new ProvisioningLogTextIndex(db, changes);
  }

  /**
   * No stamped cache reads this table, so the row does not move the change stamp (see ChangeStamp).
   * Positional parameters: binding sixteen named ones from an object cost a measurable share of a
   * gateway read, which writes one row. The text index takes the row when the process is idle.
   */
  append(entry: ProvisioningLogEntry): void {
    const result = this.prepare(APPEND).run(
      entry.at,
      entry.actor,
      entry.tokenId,
      entry.method,
      entry.path,
      entry.resourceType,
      entry.resourceId,
      entry.userName,
      entry.externalId,
      entry.status,
      entry.scimType,
      entry.detail,
      entry.changes === null ? null : JSON.stringify(entry.changes),
      entry.remoteAddress,
      entry.durationMs,
      entry.operation,
    );
    this.changes?.exclude(result.changes);
    this.textIndex.appended(Number(result.lastInsertRowid));
  }

  /** Indexes the rows the text index does not hold yet (those appended since the process was last idle). */
  indexPendingText(): void {
    this.textIndex.catchUp();
  }

  /** No more indexing when idle (the store is closing). */
  stopIndexing(): void {
    this.textIndex.stop();
  }

  /** Rows matching `filter` older than `beforeId` (null: from the newest), newest first. */
  page(filter: LogFilter, beforeId: number | null, limit: number): ProvisioningLogRecord[] {
    const { low, high } = this.idRange(filter);
    const upper = beforeId === null ? high : Math.min(high, beforeId);
    if (upper <= low) return [];
    if (filter.text !== null) {
      const ids = textPageIds(
        this.db,
        this.prepare,
        this.textIndex,
        { ...filter, text: filter.text },
        { low, high: upper },
        limit,
      );
      return (rowsOf(this.prepare, ids) as RawRecord[]).map(parseRecord);
    }
    const { sql, params } = logPageSql(filter);
    return (this.prepare(sql).all(upper, low, ...params, limit) as RawRecord[]).map(parseRecord);
  }

  /**
   * Every matching row, newest first, read a page at a time: an export of a million rows holds one
   * page in memory, and no read transaction stays open between pages (the gateway's writes go on).
   */
  *each(filter: LogFilter, pageSize = 1000): Generator<ProvisioningLogRecord> {
    let beforeId: number | null = null;
    for (;;) {
      const rows = this.page(filter, beforeId, pageSize);
      yield* rows;
      if (rows.length < pageSize) return;
      beforeId = rows.at(-1)!.id;
    }
  }

  last(failuresOnly: boolean): ProvisioningLogRecord | undefined {
    const row = this.prepare(failuresOnly ? LAST_FAILURE : LAST).get() as RawRecord | undefined;
    return row && parseRecord(row);
  }

  /**
   * Requests and failures per bucket since `since`; `bucketSeconds` sets the bucket width. The log has
   * no index on `at` (it cost a third of each row's insert): rows are appended in time order, so the
   * first row of the window is found by a binary search over ids, and only the window is read.
   */
  histogram(since: string, bucketSeconds: number): Array<{ bucket: number; requests: number; failures: number }> {
    return this.prepare(
      `SELECT CAST(unixepoch(at) / ? AS INTEGER) * ? AS bucket, count(*) AS requests, sum(${IS_FAILURE}) AS failures
         FROM provisioning_log WHERE id >= ? AND at >= ? GROUP BY bucket ORDER BY bucket`,
    ).all(bucketSeconds, bucketSeconds, this.firstIdAtOrAfter(since), since) as Array<{
      bucket: number;
      requests: number;
      failures: number;
    }>;
  }

  /**
   * Deletes at most `limit` of the oldest rows written before `before` (ISO); returns how many. Small
   * batches, each its own short statement, so a prune never holds the write lock for long.
   */
  pruneBatch(before: string, limit: number): number {
    const result = this.prepare(PRUNE).run(this.firstIdAtOrAfter(before), limit);
    this.changes?.exclude(result.changes);
    return result.changes;
  }

  /** The filter's date range as ids: `low <= id < high`. */
  private idRange(filter: LogFilter): { low: number; high: number } {
    return {
      low: filter.since === null ? 0 : this.firstIdAtOrAfter(filter.since),
      high: filter.until === null ? Number.MAX_SAFE_INTEGER : this.firstIdAtOrAfter(filter.until),
    };
  }

  /** The first id whose row is at or after `since`, or one past the last row. */
  private firstIdAtOrAfter(since: string): number {
    // Two subqueries: SQLite answers a lone min() or max() from the end of the index, but one SELECT
    // asking for both scanned every row (100 ms at a million rows, on every chart and date filter).
    const bounds = this.prepare(
      'SELECT (SELECT min(id) FROM provisioning_log) AS low, (SELECT max(id) FROM provisioning_log) AS high',
    ).get() as {
      low: number | null;
      high: number | null;
    };
    if (bounds.low === null || bounds.high === null) return 0;
    const atOf = this.prepare('SELECT at FROM provisioning_log WHERE id >= ? ORDER BY id LIMIT 1').pluck();
    let [low, high] = [bounds.low, bounds.high + 1];
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if ((atOf.get(middle) as string) < since) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
