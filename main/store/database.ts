// Opens the SQLite file: pragmas for several processes sharing it (WAL, busy timeout), foreign keys,
// the fold_case() function, migrations, the first-run rows (tenant id, enterprise root organization),
// and the files' permissions (data-dir-permissions.ts).
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { registerCaseFold } from './case-fold';
import { ChangeStamp } from './change-stamp';
import { createDataDir, restrictDatabaseFiles } from './data-dir-permissions';
import { MIGRATIONS } from './migrations/index';
import { migrate } from './migrator';
import { OrganizationsRepository } from './organizations-repository';
import { sqliteDriverOptions } from './sqlite-binding';

export const DATABASE_FILE_NAME = 'identity-service.sqlite';
export const ENTERPRISE_ROOT_NAME = 'Enterprise';
/**
 * How long a statement waits for another connection's write lock before failing as busy (StoreBusy):
 * long enough for any ordinary transaction of another process; a longer one (a placements file of
 * 100,000 employees holds the lock for about 10 s) makes requests answer "busy, retry" instead.
 */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  now?: () => Date;
  /** BUSY_TIMEOUT_MS unless given (tests of a locked database wait less). */
  busyTimeoutMs?: number;
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): Database {
  const now = options.now ?? (() => new Date());
  createDataDir(dataDir);
  const db = new BetterSqlite3(databasePath(dataDir), sqliteDriverOptions());
  try {
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? BUSY_TIMEOUT_MS)}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    registerCaseFold(db);
    migrate(db, MIGRATIONS, now);
    seedFirstRun(db, now);
    restrictDatabaseFiles(dataDir, databasePath(dataDir));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function seedFirstRun(db: Database, now: () => Date): void {
  db.transaction(() => {
    const at = now().toISOString();
    db.prepare('INSERT OR IGNORE INTO installation (id, tenant_id, created_at, probe_key) VALUES (1, ?, ?, randomblob(32))').run(
      randomUUID(),
      at,
    );
    const hasRoot = db.prepare('SELECT 1 FROM organizations WHERE parent_id IS NULL').get();
    if (!hasRoot) {
      new OrganizationsRepository(db, new ChangeStamp(db)).insert(
        { id: randomUUID(), name: ENTERPRISE_ROOT_NAME, parentId: null },
        at,
      );
    }
  }).immediate();
}
