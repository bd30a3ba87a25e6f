// An employee's change history over a real SQLite file: the audit rows about that employee alone
// (created, edited, moved: by whom, old and new values), newest first, in pages; read along the chain
// migration 015 keeps (and builds for rows written before it); an unknown employee is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
import { migrate } from '../../../main/store/migrator';
import { MIGRATIONS } from '../../../main/store/migrations';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ann = { name: 'ann' };
const bob = { name: 'bob' };

describe('employee history', () => {
  let fx: ServicesFixture;
  let rootId: string;
  let salesId: string;
  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, ann).id;
  });
  afterEach(() => fx.dispose());

  it("lists the employee's own changes newest first, with who made them and the old and new values", () => {
    const amy = fx.services.directory.createLocal({ userName: 'amy', firstName: 'Amy', organizationId: rootId }, ann);
    const other = fx.services.directory.createLocal({ userName: 'zed', organizationId: rootId }, ann);
    fx.services.directory.update(amy.id, { city: 'Oslo' }, bob, () => true);
    fx.services.directory.update(other.id, { city: 'Rome' }, bob, () => true);
    fx.services.directory.move([amy.id], salesId, ann);
    const { entries, nextBeforeId } = fx.services.directory.history(amy.id, null, 20);
    expect(nextBeforeId).toBeNull();
    expect(entries.map((entry) => [entry.action, entry.actor, entry.target])).toEqual([
      ['employee.move', 'ann', amy.id],
      ['employee.update', 'bob', amy.id],
      ['employee.create', 'ann', amy.id],
    ]);
    expect(entries[0]!.details).toEqual({
      userName: 'amy',
      changes: { organization: { old: 'Enterprise', new: 'Enterprise/Sales' } },
    });
    expect(entries[1]!.details).toEqual({ userName: 'amy', changes: { city: { old: null, new: 'Oslo' } } });
  });

  it('pages by the last id shown, every change once', () => {
    const amy = fx.services.directory.createLocal({ userName: 'amy', organizationId: rootId }, ann);
    for (const city of ['A', 'B', 'C', 'D', 'E']) fx.services.directory.update(amy.id, { city }, ann, () => true);
    const first = fx.services.directory.history(amy.id, null, 4);
    expect(first.entries).toHaveLength(4);
    expect(first.nextBeforeId).toBe(first.entries.at(-1)!.id);
    const second = fx.services.directory.history(amy.id, first.nextBeforeId, 4);
    expect(second.nextBeforeId).toBeNull();
    const ids = [...first.entries, ...second.entries].map((entry) => entry.id);
    expect(ids).toHaveLength(6);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('chains the rows written before migration 015 when it runs, and goes on from them', () => {
    const amy = fx.services.directory.createLocal({ userName: 'amy', organizationId: rootId }, ann);
    const zed = fx.services.directory.createLocal({ userName: 'zed', organizationId: rootId }, ann);
    fx.services.directory.update(amy.id, { city: 'Oslo' }, bob, () => true);
    fx.services.directory.update(zed.id, { city: 'Rome' }, bob, () => true);
    fx.services.directory.move([amy.id], salesId, ann);
    const before = fx.services.directory.history(amy.id, null, 20).entries.map((entry) => entry.id);
    // The database as it was before 015: no chain, no head; then 015 runs again.
    fx.store.db.exec(`ALTER TABLE audit_log DROP COLUMN previous_id;
      ALTER TABLE employees DROP COLUMN history_head;
      DELETE FROM schema_migrations WHERE version = 15;`);
    expect(migrate(fx.store.db, MIGRATIONS, () => new Date())).toEqual([15]);
    expect(fx.services.directory.history(amy.id, null, 20).entries.map((entry) => entry.id)).toEqual(before);
    expect(fx.services.directory.history(zed.id, null, 20).entries.map((entry) => entry.action)).toEqual([
      'employee.update',
      'employee.create',
    ]);
    fx.services.directory.update(amy.id, { city: 'Bergen' }, bob, () => true);
    const after = fx.services.directory.history(amy.id, null, 20).entries;
    expect(after.map((entry) => entry.action)).toEqual([
      'employee.update',
      'employee.move',
      'employee.update',
      'employee.create',
    ]);
    // Other audit rows (settings, organizations) are in no employee's chain.
    expect(
      fx.store.db
        .prepare("SELECT count(*) FROM audit_log WHERE previous_id IS NOT NULL AND action NOT LIKE 'employee.%'")
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('reads a page by rowid along the chain, not by scanning the log', () => {
    const amy = fx.services.directory.createLocal({ userName: 'amy', organizationId: rootId }, ann);
    const plan = fx.store.db
      .prepare(
        `EXPLAIN QUERY PLAN WITH RECURSIVE chain(id, n) AS (
           SELECT (SELECT history_head FROM employees WHERE id = ?), 1
           UNION ALL SELECT audit_log.previous_id, chain.n + 1 FROM audit_log JOIN chain ON audit_log.id = chain.id WHERE chain.n < 21)
         SELECT audit_log.id FROM chain JOIN audit_log ON audit_log.id = chain.id`,
      )
      .all(amy.id) as Array<{ detail: string }>;
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).toMatch(/SEARCH audit_log USING INTEGER PRIMARY KEY/);
    expect(details).not.toMatch(/SCAN audit_log/);
  });

  it('refuses an employee that does not exist', () => {
    let error: unknown;
    try {
      fx.services.directory.history('missing', null, 20);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'not_found', field: 'id' });
  });
});
