// Applies pending migrations in one transaction and records each in schema_migrations.
import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/index';

export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `The database is at schema version ${found}, newer than this program knows (${known}). ` +
        'Update the Identity Service before opening it.',
    );
    this.name = 'SchemaTooNewError';
  }
}

export function currentSchemaVersion(db: Database): number {
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

/** Returns the versions applied by this call (empty when the schema was already current). */
export function migrate(db: Database, migrations: readonly Migration[], now: () => Date): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  // IMMEDIATE: two processes opening a fresh database at once must not both apply migration 1.
  const applyPending = db.transaction((): number[] => {
    const current = currentSchemaVersion(db);
    const known = migrations.at(-1)?.version ?? 0;
    if (current > known) throw new SchemaTooNewError(current, known);
    const pending = migrations.filter((m) => m.version > current);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now().toISOString());
    }
    return pending.map((m) => m.version);
  });
  return applyPending.immediate();
}
