// A cheap "has anything changed?" for read caches on hot paths (token verification, the gateway's
// settings). PRAGMA data_version moves when another connection (another process) commits;
// total_changes() moves when this connection writes, less the writes reported through exclude() (tables
// no cache reads). Equal stamps mean every cached table reads the same.
// Reading data_version opens and closes a read transaction (file locks: about 6 us here, a fifth of a
// gateway read); a busy process reads it once per event-loop turn (readOncePerTurn), so another process's
// commit is seen from the next turn on, as group commits (group-commit.ts) already treat a turn as one.
import type { Database, Statement } from 'better-sqlite3';

export class ChangeStamp {
  // Two plucked statements: a third of the cost of one SELECT combining both (measured).
  private readonly dataVersion: Statement;
  private readonly totalChanges: Statement;
  private excluded = 0;
  private perTurn = false;
  /** This turn's data_version, when read once per turn; null until read in the turn. */
  private turnDataVersion: number | null = null;
  private readonly endTurn = () => {
    this.turnDataVersion = null;
  };

  constructor(db: Database) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.totalChanges = db.prepare('SELECT total_changes()').pluck();
  }

  /** For a process serving requests all the time (the gateway): data_version is read once per turn. */
  readOncePerTurn(on: boolean): void {
    this.perTurn = on;
    this.turnDataVersion = null;
  }

  /**
   * Tells the stamp that this connection just made `changes` row changes no stamped cache reads (the
   * provisioning log and employees, written by gateway requests): they no longer move the stamp, so
   * the settings and token caches survive the gateway's own writes. A failed insert counts nothing.
   */
  exclude(changes: number): void {
    this.excluded += changes;
  }

  /**
   * Whether a stamped table may have changed since `seen`, the stamp a cache last saw; moves `seen` to
   * now. Two numbers compared, not a stamp string built per call (read ~4 times per gateway request).
   */
  changedSince(seen: Stamp): boolean {
    const dataVersion = this.currentDataVersion();
    const ownChanges = (this.totalChanges.get() as number) - this.excluded;
    if (dataVersion === seen.dataVersion && ownChanges === seen.ownChanges) return false;
    seen.dataVersion = dataVersion;
    seen.ownChanges = ownChanges;
    return true;
  }

  private currentDataVersion(): number {
    if (!this.perTurn) return this.dataVersion.get() as number;
    if (this.turnDataVersion === null) {
      this.turnDataVersion = this.dataVersion.get() as number;
      setImmediate(this.endTurn);
    }
    return this.turnDataVersion;
  }
}

export interface Stamp {
  dataVersion: number;
  ownChanges: number;
}

/** Caches values by key until the database changes; cached values are frozen so no caller edits them. */
export class StampedCache<T> {
  private readonly seen: Stamp = { dataVersion: -1, ownChanges: -1 };
  private readonly values = new Map<string, T>();

  constructor(
    private readonly changes: ChangeStamp,
    private readonly maxEntries = 1024,
  ) {}

  get(key: string, load: () => T): T {
    if (this.changes.changedSince(this.seen)) this.values.clear();
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = deepFreeze(load());
    if (this.values.size >= this.maxEntries) this.values.clear();
    this.values.set(key, value);
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
