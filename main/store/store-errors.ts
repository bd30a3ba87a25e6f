// The errors the store throws in place of the driver's: the services catch these types and never see
// better-sqlite3's error codes, so another storage engine only has to throw the same types.

/** A write would give a unique key a value another row holds. */
export class UniqueViolation extends Error {
  constructor(
    /** Which key: a row property (`userName`, `id`) where the repository names it, else the constraint. */
    readonly key: string,
    message: string,
  ) {
    super(message);
    this.name = 'UniqueViolation';
  }
}

/** The database stayed locked by another connection past the busy timeout. */
export class StoreBusy extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreBusy';
  }
}

/**
 * Whether `error` is the database staying locked past the busy timeout, translated (StoreBusy) or as
 * the driver threw it from a statement no repository wraps.
 */
export function isStoreBusy(error: unknown): boolean {
  return error instanceof StoreBusy || translateDriverError(error) instanceof StoreBusy;
}

// SQLite names the constraint as `table.column` (or `index 'name'` for an expression index).
const UNIQUE_FAILED = /^UNIQUE constraint failed: (.+)$/;

/**
 * The store's error for a driver error, or the error itself when it has none. `keys` names the
 * constraints a repository knows (`employees.user_name_key` is `userName`).
 */
export function translateDriverError(error: unknown, keys: Readonly<Record<string, string>> = DEFAULT_KEYS): unknown {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') return error;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const constraint = UNIQUE_FAILED.exec(message)?.[1] ?? message;
    return new UniqueViolation(keys[constraint] ?? constraint, message);
  }
  if (code.startsWith('SQLITE_BUSY')) return new StoreBusy(message);
  return error;
}

const DEFAULT_KEYS: Readonly<Record<string, string>> = {
  'employees.id': 'id',
  'employees.user_name_key': 'userName',
};
