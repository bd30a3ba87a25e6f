// Keeps the Activity search's index (migration 013: provisioning_log_text) up with the log. Rows are
// indexed in batches once enough have been appended, in the appending transaction: FTS writes a segment
// and merges on every transaction that touches it, so indexing a quiet gateway's single row per commit
// cost about 1.3 ms more per row (measured 1,685 µs against 228 µs at 300,000 rows), while a batch
// costs about 50 µs a row. The rows above the mark (fewer than a batch) are read by the search with
// instr() instead. Deletes leave the index through migration 013's trigger.
import type { Database } from 'better-sqlite3';
import { foldedSql } from './case-fold';
import type { ChangeStamp } from './change-stamp';
import { TEXT_COLUMNS } from './provisioning-log-filter';
import { cachedPrepare, type Prepare } from './statement-cache';

/** Rows appended before they are indexed: one batch makes one appending turn about 10 ms longer. */
export const TEXT_INDEX_BATCH = 256;

const MARK = 'SELECT indexed_through FROM provisioning_log_text_mark WHERE id = 1';
// Folded as the instr() search folds (store/case-fold.ts), so index and row reading agree on every row.
const INDEX_ABOVE = `INSERT INTO provisioning_log_text (rowid, ${TEXT_COLUMNS.join(', ')})
  SELECT id, ${TEXT_COLUMNS.map(foldedSql).join(', ')} FROM provisioning_log WHERE id > ? ORDER BY id`;
const SET_MARK = 'UPDATE provisioning_log_text_mark SET indexed_through = ? WHERE id = 1';

export class ProvisioningLogTextIndex {
  private readonly prepare: Prepare;
  /** The last mark seen; only grows between reads but may be stale (another process indexed). */
  private knownMark = -1;

  constructor(
    private readonly db: Database,
    private readonly changes?: ChangeStamp,
  ) {
    this.prepare = cachedPrepare(db);
  }

  /** Rows with an id up to this are in the index; rows above it are not yet. */
  indexedThrough(): number {
    this.knownMark = this.prepare(MARK).pluck().get() as number;
    return this.knownMark;
  }

  /** After appending the row `id`: indexes the rows above the mark once a batch of them waits. */
  appended(id: number): void {
    if (this.knownMark >= 0 && id - this.knownMark < TEXT_INDEX_BATCH) return;
    this.db.transaction(() => {
      const mark = this.indexedThrough();
      if (id - mark >= TEXT_INDEX_BATCH) this.index(mark, id);
    })();
  }

  /** Indexes every row not yet indexed (tests, and a caller that wants the tail empty). */
  catchUp(): void {
    this.db.transaction(() => {
      const mark = this.indexedThrough();
      const last = this.prepare('SELECT coalesce(max(id), 0) FROM provisioning_log').pluck().get() as number;
      if (last > mark) this.index(mark, last);
    })();
  }

  /** In a write transaction: `last` is the newest row. No stamped cache reads the index (see ChangeStamp). */
  private index(mark: number, last: number): void {
    this.changes?.exclude(this.prepare(INDEX_ABOVE).run(mark).changes);
    this.changes?.exclude(this.prepare(SET_MARK).run(last).changes);
    this.knownMark = last;
  }
}
