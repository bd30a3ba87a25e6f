// Keeps the directory search's prefix table (migration 018) up with the employees, off the writes'
// path. Triggers queue every created, renamed or deleted employee; this moves the queue into the table
// once nothing was queued for IDLE_MS, by any process, a batch at a time, each in its own short
// transaction, so a request arriving meanwhile waits at most one batch. The process that wrote asks for
// it; so does a search that finds the queue not empty (it reads the directory by its walk instead:
// employee-directory-repository.ts), so writes of another process, or the migration's backfill, are
// indexed by whichever process searches. The Activity search's index (provisioning-log-text-index.ts)
// is kept the same way (idle-batches.ts runs both); unlike it, a search never reads a partly indexed
// table, so no bound on the queue is needed.
import type { Database } from 'better-sqlite3';
import type { ChangeStamp } from './change-stamp';
import { IdleBatches } from './idle-batches';
import { cachedPrepare, type Prepare } from './statement-cache';

/** Employees indexed in one transaction: about 10 ms of work on this kind of machine. */
export const SEARCH_INDEX_BATCH = 128;
/**
 * The characters of a key the table holds: a search at least this long can be read from it. Migration
 * 018's triggers keep the same number of a changed employee's old keys: changing it is a new migration.
 */
export const SEARCH_PREFIX_LENGTH = 3;
/** How long the queue must stay as it is (no process queueing) before a batch is indexed. */
const IDLE_MS = 200;

/** The folded keys a search matches the start of, each with the queue's column of its old prefix (018). */
export const SEARCHED_KEYS = ['user_name_key', 'first_name_key', 'last_name_key', 'email_key'] as const;
const OLD_PREFIX = ['old_user_name_prefix', 'old_first_name_prefix', 'old_last_name_prefix', 'old_email_prefix'];
/** SQL: true while employees are queued, when the table may be behind. */
export const SEARCH_INDEX_BEHIND = 'EXISTS (SELECT 1 FROM directory_search_queue)';

const NEWEST = 'SELECT max(seq) FROM directory_search_queue';
const BATCH_END = 'SELECT max(seq) FROM (SELECT seq FROM directory_search_queue ORDER BY seq LIMIT ?)';
const IN_BATCH = 'FROM directory_search_queue WHERE seq <= @through';
// The entries the table held before each queued change (a create queues none), each taken out by the
// table's key: SQLite answered one DELETE of them all (a row-value IN over a compound SELECT) by
// scanning the whole table.
const OLD_ENTRIES = `SELECT ${OLD_PREFIX.join(', ')}, old_user_name, old_id ${IN_BATCH} AND old_id IS NOT NULL`;
const FORGET = 'DELETE FROM directory_search_prefixes WHERE prefix = ? AND page_user_name = ? AND page_id = ?';
// What each queued employee's row holds now (nothing for a deleted row). Keys may share a prefix (Ann
// Annerson): the table's key keeps one entry.
const INDEX = `INSERT OR IGNORE INTO directory_search_prefixes (prefix, page_user_name, page_id, employee_rowid)
  ${SEARCHED_KEYS.map(
    (key) =>
      `SELECT substr(${key}, 1, ${SEARCH_PREFIX_LENGTH}), user_name, id, rowid FROM employees
       WHERE rowid IN (SELECT employee_rowid ${IN_BATCH}) AND length(${key}) >= ${SEARCH_PREFIX_LENGTH}`,
  ).join(' UNION ALL ')}`;
const DEQUEUE = 'DELETE FROM directory_search_queue WHERE seq <= @through';
// A few entries whose rowid no longer names their employee. Only meaningful with nothing queued: a
// queued delete leaves entries naming no row until it is indexed.
const MISNAMED = `SELECT count(*) FROM (SELECT employee_rowid, page_id FROM directory_search_prefixes LIMIT 32) AS entry
  WHERE (SELECT id FROM employees WHERE rowid = entry.employee_rowid) IS NOT page_id`;
const REQUEUE_ALL = `DELETE FROM directory_search_prefixes;
  INSERT INTO directory_search_queue (employee_rowid) SELECT rowid FROM employees ORDER BY rowid`;

export class DirectorySearchIndex {
  private readonly prepare: Prepare;
  private readonly prepareRaw: Prepare;
  /** The newest queued entry the last look saw; idle when a look IDLE_MS later sees the same. */
  private newestSeen: number | null = null;
  private readonly idle: IdleBatches;

  constructor(
    private readonly db: Database,
    private readonly changes?: ChangeStamp,
  ) {
    this.prepare = cachedPrepare(db);
    this.prepareRaw = cachedPrepare(db, { raw: true });
    this.idle = new IdleBatches(db, IDLE_MS, {
      waitBeforeBatch: () => this.waitBeforeBatch(),
      batch: () => {
        const more = this.indexBatch(SEARCH_INDEX_BATCH);
        // An emptied queue numbers its next entries from 1 again: an old look must not match them.
        if (!more) this.newestSeen = null;
        return more;
      },
    });
  }

  /**
   * At open: entries name employees by rowid, and SQLite's documentation allows VACUUM (run by hand on
   * the file) to renumber a table without an INTEGER PRIMARY KEY. If sampled entries name the wrong
   * rows, the table is emptied and every employee queued: searches walk until it is built again.
   * True when it was.
   */
  rebuildIfMisnamed(): boolean {
    if (!this.isCurrent() || this.prepare(MISNAMED).pluck().get() === 0) return false;
    this.db.transaction(() => this.db.exec(REQUEUE_ALL))();
    this.catchUpWhenIdle();
    return true;
  }

  /** Whether every employee's prefixes are in the table (nothing queued). */
  isCurrent(): boolean {
    return this.prepare(`SELECT ${SEARCH_INDEX_BEHIND}`).pluck().get() === 0;
  }

  /**
   * Indexes what is queued once no process has queued anything for IDLE_MS: after this process's write
   * that queued an employee, or a search that found the table behind (another process's writes, the
   * migration's backfill).
   */
  catchUpWhenIdle(): void {
    this.idle.schedule();
  }

  /** Indexes everything queued, in one transaction (tests, the bench, a caller that wants it current now). */
  catchUp(): void {
    this.db.transaction(() => {
      while (this.indexBatch(Number.MAX_SAFE_INTEGER));
    })();
  }

  /** No more idle work (the store is closing). */
  stop(): void {
    this.idle.stop();
  }

  /**
   * Idle is judged by the queue, not by this process's own writes: while any process (a gateway during
   * an identity provider's sync) keeps queueing, a batch here would only hold up its writes.
   */
  private waitBeforeBatch(): number | null {
    const newest = this.prepare(NEWEST).pluck().get() as number | null;
    if (newest === null) {
      this.newestSeen = null;
      return null;
    }
    if (newest === this.newestSeen) return 0;
    this.newestSeen = newest;
    return IDLE_MS;
  }

  /**
   * In a transaction: the oldest `size` queued entries, their employees' prefixes replaced by what the
   * rows hold now (none for a deleted row). True when more are queued. No stamped cache reads either table.
   */
  private indexBatch(size: number): boolean {
    const through = this.prepare(BATCH_END).pluck().get(size) as number | null;
    if (through === null) return false;
    const params = { through };
    let written = 0;
    const forget = this.prepare(FORGET);
    for (const old of this.prepareRaw(OLD_ENTRIES).all(params) as Array<Array<string | null>>) {
      const [userName, id] = old.slice(OLD_PREFIX.length);
      for (const prefix of old.slice(0, OLD_PREFIX.length)) {
        if (prefix !== null) written += forget.run(prefix, userName, id).changes;
      }
    }
    written += this.prepare(INDEX).run(params).changes;
    written += this.prepare(DEQUEUE).run(params).changes;
    this.changes?.exclude(written);
    return !this.isCurrent();
  }
}
