// The folded key columns of migration 004 on the real schema: the upgrade of a database whose NOCASE
// index let two spellings of one name in, the keys the repositories write, and the lookups the
// partial indexes serve.
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filterToQuery, parseFilter } from '../../../main/gateway/filter/index';
import { conditionSql } from '../../../main/store/employee-query-sql';
import { foldCase, registerCaseFold } from '../../../main/store/case-fold';
import { databasePath, openDatabase } from '../../../main/store/database';
import { EmployeesRepository, type EmployeeRow } from '../../../main/store/employees-repository';
import { GroupsRepository } from '../../../main/store/groups-repository';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { migrate } from '../../../main/store/migrator';
import { makeTempDir } from '../../fixtures/temp-dir';

const AT = '2026-01-01T00:00:00.000Z';
const now = () => new Date(AT);

function employee(id: string, userName: string, extra: Partial<EmployeeRow> = {}): EmployeeRow {
  return {
    id,
    userName,
    externalId: null,
    firstName: 'A',
    lastName: 'B',
    displayName: null,
    employeeNumber: null,
    email: null,
    workPhone: null,
    cellPhone: null,
    addressLine1: null,
    city: null,
    state: null,
    zipCode: null,
    country: null,
    active: true,
    orgId: 'org',
    source: 'scim',
    scimResource: null,
    version: 1,
    createdAt: AT,
    updatedAt: AT,
    scimDeletedAt: null,
    ...extra,
  };
}

describe('foldCase', () => {
  it.each([
    ['ÄNNE@Example.COM', 'änne@example.com'],
    ['A\u0308nne', 'änne'], // decomposed Ä composes first
    ['ΟΔΥΣΣΕΥΣ', 'οδυσσευσ'], // no final ς: a prefix folds as the whole word does
    ['ὈΔΥΣΣΕΎς', 'ὀδυσσεύσ'],
    ['STRAẞE', 'straße'],
    ['\u212Aelvin', 'kelvin'], // the Kelvin sign is a K
    ['plain ascii', 'plain ascii'],
  ])('%s -> %s', (value, folded) => {
    expect(foldCase(value)).toBe(folded);
  });

  it('is what fold_case() returns in SQL, NULL included', () => {
    const db = new BetterSqlite3(':memory:');
    registerCaseFold(db);
    expect(db.prepare('SELECT fold_case(?) AS a, fold_case(NULL) AS b').get('ÉMILE')).toEqual({ a: 'émile', b: null });
    db.close();
  });
});

describe('migration 004 on a database written before it', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
    const db = new BetterSqlite3(databasePath(dir.path));
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 3),
      now,
    );
    const org = db.prepare('INSERT INTO organizations (id, name, parent_id, created_at) VALUES (?, ?, ?, ?)');
    org.run('org', 'Enterprise', null, AT);
    org.run('o1', 'ärzte', 'org', AT);
    org.run('o2', 'ÄRZTE', 'org', AT); // lower() folded ASCII only, so the old index let both in
    org.run('o3', 'ÄRZTE', 'o1', AT); // another parent: no clash
    const insert = db.prepare(
      `INSERT INTO employees (id, user_name, email, org_id, source, created_at, updated_at, scim_deleted_at)
       VALUES (?, ?, ?, 'org', 'scim', ?, ?, ?)`,
    );
    // NOCASE folds ASCII only: these three were distinct names to the old unique index.
    insert.run('e1', 'änne@x', 'Änne@X', AT, AT, null);
    insert.run('e2', 'ÄNNE@x', null, AT, AT, null);
    insert.run('e3', 'Änne@x', null, AT, AT, AT); // deleted over SCIM: frees the name
    insert.run('e4', 'bob@x', 'BOB@x', AT, AT, null);
    const group = db.prepare(
      `INSERT INTO scim_groups (id, display_name, scim_resource, created_at, updated_at) VALUES (?, ?, '{}', ?, ?)`,
    );
    group.run('g1', 'ärzte', AT, AT);
    group.run('g2', 'ÄRZTE', AT, AT);
    db.close();
  });
  afterEach(() => dir.remove());

  it('keeps every row, gives the earlier holder the name and the later one a key of its own', () => {
    const db = openDatabase(dir.path, { now });
    const keys = db.prepare('SELECT id, user_name_key AS key, email_key AS email FROM employees ORDER BY id').all();
    expect(keys).toEqual([
      { id: 'e1', key: 'änne@x', email: 'änne@x' },
      { id: 'e2', key: 'änne@x\u0000e2', email: null },
      // Deleted over SCIM: the name is free, and the key (migration 016) still finds it by the name's start.
      { id: 'e3', key: '\u00e4nne@x\u0000e3', email: null },
      { id: 'e4', key: 'bob@x', email: 'bob@x' },
    ]);
    const employees = new EmployeesRepository(db);
    expect(employees.visibleByUserName('ÄNNE@X')?.id).toBe('e1');
    expect(new GroupsRepository(db).visibleByDisplayName('ärzte')?.id).toBe('g1');
    expect(db.prepare('SELECT display_name_key AS key FROM scim_groups ORDER BY id').pluck().all()).toEqual([
      'ärzte',
      'ärzte\u0000g2',
    ]);
    expect(db.prepare('SELECT name_key FROM organizations ORDER BY id').pluck().all()).toEqual([
      'ärzte',
      'ärzte\u0000o2',
      'ärzte',
      'enterprise',
    ]);
    db.close();
  });

  it('lets the later twin keep writing under its own name, and refuses it the earlier one', () => {
    const db = openDatabase(dir.path, { now });
    const employees = new EmployeesRepository(db);
    const e2 = employees.byId('e2')!;
    // A write that changes the indexed columns but keeps the name keeps the appended key.
    expect(employees.update('e2', 1, { ...e2, email: 'new@x', updatedAt: AT })).toBe(true);
    expect(db.prepare("SELECT user_name_key FROM employees WHERE id = 'e2'").pluck().get()).toBe('änne@x\u0000e2');
    // Taking the earlier holder's name in another spelling hits the unique index.
    expect(() => employees.update('e4', 1, { ...employees.byId('e4')!, userName: 'ÄNNE@X', updatedAt: AT })).toThrow(/UNIQUE/);
    db.close();
  });
});

describe('the real schema serves the lookups identity providers make from an index', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let db: ReturnType<typeof openDatabase>;
  beforeEach(() => {
    dir = makeTempDir();
    db = openDatabase(dir.path, { now });
    const org = db.prepare('SELECT id FROM organizations').pluck().get() as string;
    new EmployeesRepository(db).insert(employee('e1', 'Änne@x', { orgId: org, email: 'Änne@X.de', externalId: 'ext-1' }));
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  const planAndIds = (filter: string) => {
    const { sql: where, params } = conditionSql(filterToQuery(parseFilter(filter)));
    const sql = `SELECT id FROM employees WHERE scim_deleted_at IS NULL AND (${where})`;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    return {
      plan,
      ids: db
        .prepare(sql)
        .pluck()
        .all(...params),
    };
  };

  it.each([
    ['userName eq "ÄNNE@X"', /employees_user_name_key/],
    ['emails[type eq "work"].value eq "änne@x.DE"', /employees_email_key/],
    ['userName eq "änne@x" or externalId eq "nobody"', /MULTI-INDEX OR/],
    ['userName eq "nobody" or userName eq "ÄNNE@x"', /MULTI-INDEX OR/],
  ])('%s', (filter, index) => {
    const { plan, ids } = planAndIds(filter);
    expect(plan).toMatch(index);
    expect(plan).not.toMatch(/SCAN employees/);
    expect(ids).toEqual(['e1']);
  });
});
