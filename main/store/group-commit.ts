// Group commit for a process that writes on every request (the gateway). The writes of one turn of
// the event loop share one transaction: the first opens it (BEGIN IMMEDIATE), each runs inside it as
// its own savepoint (better-sqlite3 nests transactions that way, so one failing write rolls back only
// itself), and it commits when the turn ends (setImmediate). A commit's fixed cost (WAL frames for the
// pages every write touches, locks, page-cache bookkeeping) measured about a fifth of a write request;
// shared, it shrinks with every request in the turn.
// Nobody may be told about a write before it is committed: `pending()` gives the promise to await
// before answering, and it rejects if the commit failed (then none of the turn's writes happened).
import type { Database, Statement } from 'better-sqlite3';

export class GroupCommit {
  private readonly begin: Statement;
  private readonly commitStatement: Statement;
  private readonly rollback: Statement;
  private open: { promise: Promise<void>; resolve(): void; reject(error: unknown): void } | null = null;

  constructor(
    private readonly db: Database,
    private readonly onError: (error: unknown) => void,
  ) {
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commitStatement = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
  }

  /** Before a write: opens the turn's transaction unless one is open (the turn's, or a caller's own). */
  join(): void {
    if (this.open && !this.db.inTransaction) this.fail(this.open, rolledBack());
    if (this.open || this.db.inTransaction) return;
    this.begin.run();
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // Reported through onError; a waiting caller still sees the rejection, an absent one cannot crash.
    promise.catch(() => undefined);
    this.open = { promise, resolve, reject };
    setImmediate(() => this.commit());
  }

  /** Settles once the writes made so far are committed; null when none is waiting. */
  pending(): Promise<void> | null {
    return this.open?.promise ?? null;
  }

  /** Commits the open group now (also when the gateway stops). */
  commit(): void {
    const group = this.open;
    if (!group) return;
    if (!this.db.inTransaction) {
      this.fail(group, rolledBack());
      return;
    }
    this.open = null;
    try {
      this.commitStatement.run();
      group.resolve();
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      this.fail(group, error);
    }
  }

  private fail(group: NonNullable<GroupCommit['open']>, error: unknown): void {
    if (this.open === group) this.open = null;
    this.onError(error);
    group.reject(error);
  }
}

/** SQLite ends the whole transaction on some errors (I/O, full disk); the group's writes went with it. */
const rolledBack = () => new Error('SQLite rolled back the group transaction after an error; none of its writes were kept.');
