// An employee's change history over a real SQLite file: the audit rows about that employee alone
// (created, edited, moved: by whom, old and new values), newest first, in pages; found by the
// (target, id) index; an unknown employee is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
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

  it('is read through the (target, id) index, not a walk of the whole log', () => {
    const plan = fx.store.db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE id < ? AND target = ? ORDER BY id DESC LIMIT 21')
      .all(1e9, 'x') as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING (COVERING )?INDEX audit_log_target/);
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
