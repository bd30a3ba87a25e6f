// IdleBatches on fake timers over a real (in-memory) SQLite connection: a look waits as long as the work
// asks, batches follow one another while more is left, each in its own transaction, a refused batch
// (a busy database) is tried again ten idle periods later instead of throwing from a timer, and stop()
// ends the looks.
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleBatches, type IdleWork } from '../../../main/store/idle-batches';

describe('IdleBatches', () => {
  let db: BetterSqlite3.Database;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    db = new BetterSqlite3(':memory:');
  });
  afterEach(() => {
    vi.useRealTimers();
    db.close();
  });

  /** Work with `left` batches to do; `waits` are what the first looks ask to wait; `refusals` batches throw. */
  function work(left: number, waits: number[] = [], refusals = 0) {
    const log: string[] = [];
    const idle: IdleWork = {
      waitBeforeBatch: () => (left === 0 ? null : (waits.shift() ?? 0)),
      batch: () => {
        log.push(db.inTransaction ? 'batch in a transaction' : 'batch outside a transaction');
        if (refusals > 0) {
          refusals -= 1;
          throw new Error('database is locked');
        }
        left -= 1;
        return left > 0;
      },
    };
    return { idle, log, left: () => left };
  }

  it('looks after the idle period, waits as long as asked, then runs batch after batch until none is left', () => {
    const w = work(3, [150]);
    const batches = new IdleBatches(db, 200, w.idle);
    batches.schedule();
    batches.schedule(); // one look due at a time
    vi.advanceTimersByTime(199);
    expect(w.log).toEqual([]);
    vi.advanceTimersByTime(1); // the first look asks for 150 ms more
    expect(w.log).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(w.log).toEqual(['batch in a transaction']);
    vi.advanceTimersByTime(1); // the next batch right after whatever arrived meanwhile (a 0 ms timer, 1 ms in Node)
    vi.advanceTimersByTime(1);
    expect(w.log).toHaveLength(3);
    expect(w.left()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(w.log).toHaveLength(3); // nothing left: no more looks
  });

  it('a refused batch is tried again ten idle periods later, not thrown', () => {
    const w = work(1, [], 1);
    const batches = new IdleBatches(db, 100, w.idle);
    batches.schedule();
    vi.advanceTimersByTime(100);
    expect(w.log).toHaveLength(1);
    expect(w.left()).toBe(1);
    vi.advanceTimersByTime(999);
    expect(w.log).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(w.log).toHaveLength(2);
    expect(w.left()).toBe(0);
  });

  it('stop() cancels the look that was due', () => {
    const w = work(1);
    const batches = new IdleBatches(db, 100, w.idle);
    batches.schedule();
    batches.stop();
    vi.advanceTimersByTime(1000);
    expect(w.log).toEqual([]);
  });
});
