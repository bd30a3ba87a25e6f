// Work a store does in batches when its process is idle, off the requests' path: the Activity search's
// index (provisioning-log-text-index.ts) and the directory search's (directory-search-index.ts). Each
// batch is its own short transaction, so a request arriving meanwhile waits at most one batch; the next
// batch follows right after whatever arrived in between. The owner says when it is idle enough; a batch
// the database refuses (another process's write lock, a closing store) is tried again later, never
// thrown from a timer.
import type { Database } from 'better-sqlite3';

export interface IdleWork {
  /** Milliseconds to wait before a batch may run: 0 to run one now, null when nothing is left. */
  waitBeforeBatch(): number | null;
  /** One batch, inside the transaction this opens; true when more is left. */
  batch(): boolean;
}

export class IdleBatches {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    /** How long a first look waits, and how long a busy database is given (ten times this). */
    private readonly idleMs: number,
    private readonly work: IdleWork,
  ) {}

  /** A look at the work after `idleMs`, unless one is already due. */
  schedule(): void {
    this.timer ??= setTimeout(() => this.look(), this.idleMs).unref();
  }

  /** No more looks (the store is closing). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private look(): void {
    this.timer = null;
    if (!this.db.open) return;
    let next: number | null;
    try {
      next = this.work.waitBeforeBatch();
      if (next === 0) next = this.db.transaction(() => this.work.batch())() ? 0 : null;
    } catch {
      // Busy (another process writing) or closing: the searches read around what is not done; later.
      next = 10 * this.idleMs;
    }
    if (next !== null) this.timer = setTimeout(() => this.look(), next).unref();
  }
}
