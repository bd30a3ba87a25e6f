// provisioning_log: one row per SCIM request, what the identity provider did and how it went. Append only.
import type { Database } from 'better-sqlite3';
import { FAILURE_STATUS_MIN } from '../../preload/failure-status';
import { foldCase, foldedSql } from './case-fold';
import type { ChangeStamp } from './change-stamp';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface ProvisioningLogEntry {
  at: string;
  actor: string | null;
  tokenId: string | null;
  method: string;
  path: string;
  resourceType: string | null;
  resourceId: string | null;
  userName: string | null;
  externalId: string | null;
  status: number;
  scimType: string | null;
  detail: string | null;
  changes: Record<string, { old: unknown; new: unknown }> | null;
  remoteAddress: string | null;
  durationMs: number;
}

export interface ProvisioningLogRecord extends ProvisioningLogEntry {
  id: number;
}

export interface LogQuery {
  failuresOnly: boolean;
  /** Matches userName or externalId, case-insensitive (foldCase), anywhere in the text. */
  user: string | null;
  limit: number;
  /** Rows older than this id (paging newest first). */
  beforeId: number | null;
}

const COLUMNS = `id, at, actor, token_id AS tokenId, method, path, resource_type AS resourceType,
  resource_id AS resourceId, user_name AS userName, external_id AS externalId, status, scim_type AS scimType,
  detail, changes, remote_address AS remoteAddress, duration_ms AS durationMs`;

// Text, not a parameter: SQLite uses the partial index of failures only for a literal that implies its WHERE.
const IS_FAILURE = `status >= ${FAILURE_STATUS_MIN}`;

// instr, not LIKE: LIKE folds A-Z only, and its wildcards would need escaping.
const USER_MATCH = `(instr(${foldedSql('user_name')}, @search) > 0 OR instr(${foldedSql('external_id')}, @search) > 0)`;

export class ProvisioningLogRepository {
  private readonly prepare: Prepare;

  constructor(
    db: Database,
    private readonly changes?: ChangeStamp,
  ) {
    this.prepare = cachedPrepare(db);
  }

  /**
   * No stamped cache reads this table, so the row does not move the change stamp (see ChangeStamp).
   * Positional parameters: binding sixteen named ones from an object cost a measurable share of a
   * gateway read, which writes one row.
   */
  append(entry: ProvisioningLogEntry): void {
    const result = this.prepare(
      `INSERT INTO provisioning_log (at, actor, token_id, method, path, resource_type, resource_id, user_name,
        external_id, status, scim_type, detail, changes, remote_address, duration_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
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
    );
    this.changes?.exclude(result.changes);
  }

  newestFirst(query: LogQuery): ProvisioningLogRecord[] {
    const search = query.user === null ? null : foldCase(query.user);
    const rows = this.prepare(
      `SELECT ${COLUMNS} FROM provisioning_log
        WHERE ${query.failuresOnly ? IS_FAILURE : '1'}
          AND ${search === null ? '1' : USER_MATCH}
          AND (@beforeId IS NULL OR id < @beforeId)
        ORDER BY id DESC LIMIT @limit`,
    ).all({ search, beforeId: query.beforeId, limit: query.limit }) as Array<
      Omit<ProvisioningLogRecord, 'changes'> & { changes: string | null }
    >;
    return rows.map((row) => ({ ...row, changes: row.changes === null ? null : JSON.parse(row.changes) }));
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

  private firstIdAtOrAfter(since: string): number {
    const bounds = this.prepare('SELECT min(id) AS low, max(id) AS high FROM provisioning_log').get() as {
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

  last(failuresOnly: boolean): ProvisioningLogRecord | undefined {
    return this.newestFirst({ failuresOnly, user: null, limit: 1, beforeId: null })[0];
  }
}
