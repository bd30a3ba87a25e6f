import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCaseFold } from '../../../main/store/case-fold';
import { databasePath, openDatabase } from '../../../main/store/database';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { SchemaTooNewError, currentSchemaVersion, migrate } from '../../../main/store/migrator';
import { makeTempDir } from '../../fixtures/temp-dir';

describe('migrations', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('are numbered in increasing order, each number once, named after it', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    for (const m of MIGRATIONS) expect(m.name.startsWith(String(m.version).padStart(3, '0'))).toBe(true);
  });

  it('a fresh database gets every migration, WAL, foreign keys and the first-run rows', () => {
    const db = openDatabase(dir.path);
    expect(currentSchemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const roots = db.prepare('SELECT name FROM organizations WHERE parent_id IS NULL').all();
    expect(roots).toEqual([{ name: 'Enterprise' }]);
    const tenant = db.prepare('SELECT tenant_id FROM installation').get() as { tenant_id: string };
    expect(tenant.tenant_id).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
  });

  it('re-opening applies nothing again and keeps the tenant id and the single root', () => {
    const first = openDatabase(dir.path);
    const tenant = first.prepare('SELECT tenant_id FROM installation').get();
    first.close();
    const second = openDatabase(dir.path);
    expect(migrate(second, MIGRATIONS, () => new Date())).toEqual([]);
    expect(second.prepare('SELECT tenant_id FROM installation').get()).toEqual(tenant);
    expect(second.prepare('SELECT count(*) AS n FROM organizations WHERE parent_id IS NULL').get()).toEqual({ n: 1 });
    expect(second.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    second.close();
  });

  it('a failing migration rolls back as a whole and records nothing', () => {
    const db = new BetterSqlite3(databasePath(dir.path));
    registerCaseFold(db); // migration 004 calls it, as openDatabase would have registered it
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.at(-1)!.version + 1,
        name: 'broken',
        sql: 'CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;',
      },
    ];
    expect(() => migrate(db, broken, () => new Date())).toThrow(/no_such_table/);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('half_done', 'organizations')").get()).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database written by a newer version', () => {
    openDatabase(dir.path).close();
    const db = new BetterSqlite3(databasePath(dir.path));
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')").run();
    expect(() => migrate(db, MIGRATIONS, () => new Date())).toThrow(SchemaTooNewError);
    db.close();
  });

  it('applies a migration numbered below one already applied (numbers from separate branches)', () => {
    const db = new BetterSqlite3(databasePath(dir.path));
    registerCaseFold(db);
    const withoutSix = MIGRATIONS.filter((m) => m.version !== 6);
    const six = { version: 6, name: '006-from-another-branch', sql: 'CREATE TABLE from_branch_six (x INTEGER);' };
    migrate(db, withoutSix, () => new Date());
    const all = [...withoutSix, six].sort((a, b) => a.version - b.version);
    expect(migrate(db, all, () => new Date())).toEqual([6]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'from_branch_six'").get()).toEqual({ n: 1 });
    expect(migrate(db, all, () => new Date())).toEqual([]);
    // The build without 006 now refuses the file: it holds a schema that build does not know.
    expect(() => migrate(db, withoutSix, () => new Date())).toThrow(SchemaTooNewError);
    db.close();
  });
});
