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

/**
 * Applies every known migration the database has not recorded, in version order, and returns their
 * versions (empty when the schema was already current). Not only those above the highest recorded:
 * migrations are numbered on separate branches (006 and 007 were), so a database may have 007 from an
 * earlier build and get 006 later. A recorded version this program does not know means a newer
 * program wrote the schema: refused.
 */
export function migrate(db: Database, migrations: readonly Migration[], now: () => Date): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  // IMMEDIATE: two processes opening a fresh database at once must not both apply migration 1.
  const applyPending = db.transaction((): number[] => {
    const recorded = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((row) => row.version),
    );
    const knownVersions = new Set(migrations.map((m) => m.version));
    const unknown = [...recorded].filter((version) => !knownVersions.has(version));
    if (unknown.length > 0) throw new SchemaTooNewError(Math.max(...unknown), migrations.at(-1)?.version ?? 0);
    const pending = migrations.filter((m) => !recorded.has(m.version));
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now().toISOString());
    }
    return pending.map((m) => m.version);
  });
  return applyPending.immediate();
}
