// Keeps the Activity search's index (migration 013: provisioning_log_text) up with the log, off the
// requests' path. Indexing costs more than the append itself (measured at 100,000 employees: a gateway
// PATCH's event-loop CPU went from 171 to 305 µs with a batch indexed every 256 appends), so rows are
// indexed when the appending process is idle: IDLE_MS after the last append, a batch at a time, each
// in its own short transaction so a request arriving meanwhile waits at most one batch. FTS writes a
// segment per transaction, which makes one-row batches seven times dearer (1,685 against 228 µs a row at
// 300,000 rows): hence batches. Under load that never pauses, the rows not yet indexed are bounded by
// MAX_PENDING (about 140 ms for the search to read with instr() at this machine's speed): past it, an
// append indexes a batch itself. Deletes leave the index through migration 013's trigger.
import type { Database } from 'better-sqlite3';
import { foldedSql } from './case-fold';
import type { ChangeStamp } from './change-stamp';
import { IdleBatches } from './idle-batches';
import { TEXT_COLUMNS } from './provisioning-log-filter';
import { cachedPrepare, type Prepare } from './statement-cache';

/** Rows indexed in one transaction: about 10 ms of work on this kind of machine. */
export const TEXT_INDEX_BATCH = 128;
/** Rows left for the search to read one by one before appends index them themselves. */
export const MAX_PENDING = 100_000;
/** How long after the last append the process counts as idle. */
const IDLE_MS = 200;

const MARK = 'SELECT indexed_through FROM provisioning_log_text_mark WHERE id = 1';
const LAST_ID = 'SELECT coalesce(max(id), 0) FROM provisioning_log';
// Folded as the instr() search folds (store/case-fold.ts), so index and row reading agree on every row.
const INDEX_RANGE = `INSERT INTO provisioning_log_text (rowid, ${TEXT_COLUMNS.join(', ')})
  SELECT id, ${TEXT_COLUMNS.map(foldedSql).join(', ')} FROM provisioning_log WHERE id > ? AND id <= ? ORDER BY id`;
const SET_MARK = 'UPDATE provisioning_log_text_mark SET indexed_through = ? WHERE id = 1';

export class ProvisioningLogTextIndex {
  private readonly prepare: Prepare;
  /** The last mark seen; only grows between reads but may be stale (another process indexed). */
  private knownMark = -1;
  private lastAppendAt = 0;
  private readonly idle: IdleBatches;

  constructor(
    private readonly db: Database,
    private readonly changes?: ChangeStamp,
  ) {
    this.prepare = cachedPrepare(db);
    this.idle = new IdleBatches(db, IDLE_MS, {
      waitBeforeBatch: () => Math.max(0, IDLE_MS - (performance.now() - this.lastAppendAt)),
      batch: () => this.indexBatch(),
    });
  }

  /** Rows with an id up to this are in the index; rows above it are not yet. */
  indexedThrough(): number {
    this.knownMark = this.prepare(MARK).pluck().get() as number;
    return this.knownMark;
  }

  /** After appending the row `id` (in the appending transaction): schedules indexing for when idle. */
  appended(id: number): void {
    this.lastAppendAt = performance.now();
    if (this.knownMark < 0) this.indexedThrough();
    if (id - this.knownMark > MAX_PENDING) this.indexBatch();
    this.idle.schedule();
  }

  /** Indexes every row not yet indexed (tests, and a caller that wants the tail empty). */
  catchUp(): void {
    this.db.transaction(() => {
      const mark = this.indexedThrough();
      const last = this.prepare(LAST_ID).pluck().get() as number;
      if (last > mark) this.index(mark, last);
    })();
  }

  /** No more idle work (the store is closing). */
  stop(): void {
    this.idle.stop();
  }

  /**
   * In a transaction: the oldest rows not yet indexed, at most a batch. The mark never passes the newest
   * row that exists (a rolled-back append's id is used again). True when rows are left after it.
   */
  private indexBatch(): boolean {
    const mark = this.indexedThrough();
    const last = this.prepare(LAST_ID).pluck().get() as number;
    const through = Math.min(last, mark + TEXT_INDEX_BATCH);
    if (through > mark) this.index(mark, through);
    return last > through;
  }

  /** In a write transaction: rows `mark < id <= through`. No stamped cache reads the index (see ChangeStamp). */
  private index(mark: number, through: number): void {
    this.changes?.exclude(this.prepare(INDEX_RANGE).run(mark, through).changes);
    this.changes?.exclude(this.prepare(SET_MARK).run(through).changes);
    this.knownMark = through;
  }
}
