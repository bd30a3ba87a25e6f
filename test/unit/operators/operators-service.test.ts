// Operators over a real database: the first opener gets every privilege, changes are audited, the last
// holder of Manage Operators cannot go, and the dispatcher reads privileges fresh on every call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/console-api/dispatcher';
import { createHandlers } from '../../../main/console-api/handlers';
import { OperatorsService } from '../../../main/services/operators/operators-service';
import { openServices } from '../../../main/services/services';
import { Store } from '../../../main/store/store';
import { PRIVILEGES } from '../../../preload/privileges';
import { FixedClock } from '../../fixtures/fixed-clock';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ann = { name: 'ann' };
const bob = { name: 'bob' };

describe('operators', () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
  });
  afterEach(() => fx.dispose());

  const ops = () => fx.services.operators;
  const auditRows = () => fx.store.audit.newestFirst(100).filter((row) => row.action.startsWith('operator.'));

  it('makes the account that created the database an operator with every privilege, once', () => {
    expect(ops().list()).toEqual([{ account: 'ann', privileges: [...PRIVILEGES], addedAt: expect.any(String), addedBy: 'ann' }]);
    // Another account opening the same database later gets nothing.
    const second = openServices(fx.dataDir, { firstOperator: bob, clock: new FixedClock() });
    try {
      expect(second.operators.whoami(bob)).toEqual({ account: 'bob', privileges: [], operatorManagers: ['ann'] });
      expect(second.operators.list().map((o) => o.account)).toEqual(['ann']);
    } finally {
      second.close();
    }
  });

  it('makes the first account to open an upgraded database (no operators yet) the all-privileges operator', () => {
    fx.store.db.exec('DELETE FROM operators');
    const reopened = openServices(fx.dataDir, { firstOperator: bob });
    try {
      expect(reopened.operators.whoami(bob).privileges).toEqual([...PRIVILEGES]);
    } finally {
      reopened.close();
    }
  });

  it('adds, grants, revokes and removes, auditing old and new privileges', () => {
    expect(ops().add('bob', ['view-activity'], ann)).toMatchObject({
      account: 'bob',
      privileges: ['view-activity'],
      addedBy: 'ann',
    });
    expect(ops().grant('bob', 'manage-employees', ann).privileges).toEqual(['manage-employees', 'view-activity']);
    expect(ops().revoke('bob', 'view-activity', ann).privileges).toEqual(['manage-employees']);
    expect(ops().remove('bob', ann)).toEqual({ removed: 'bob' });
    expect(
      ops()
        .list()
        .map((o) => o.account),
    ).toEqual(['ann']);
    expect(
      auditRows()
        .reverse()
        .map((row) => [row.action, row.actor, row.target, row.details.changes]),
    ).toEqual([
      ['operator.add', 'ann', 'bob', { privileges: { old: [], new: ['view-activity'] } }],
      ['operator.update', 'ann', 'bob', { privileges: { old: ['view-activity'], new: ['manage-employees', 'view-activity'] } }],
      [
        'operator.update',
        'ann',
        'bob',
        { privileges: { old: ['manage-employees', 'view-activity'], new: ['manage-employees'] } },
      ],
      ['operator.remove', 'ann', 'bob', { privileges: { old: ['manage-employees'], new: [] } }],
    ]);
  });

  it('writes nothing for a grant already held or a revoke not held', () => {
    ops().add('bob', ['view-activity'], ann);
    const before = auditRows().length;
    ops().grant('bob', 'view-activity', ann);
    ops().revoke('bob', 'manage-employees', ann);
    expect(auditRows()).toHaveLength(before);
  });

  it('refuses adding an existing operator, and changing or removing one that does not exist', () => {
    expect(() => ops().add('ann', [], ann)).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/already an operator/) }),
    );
    expect(() => ops().grant('zoe', 'view-activity', ann)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => ops().revoke('zoe', 'view-activity', ann)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => ops().remove('zoe', ann)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('refuses removing or demoting the last holder of Manage Operators, and writes nothing', () => {
    const before = auditRows().length;
    expect(() => ops().remove('ann', ann)).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/only operator who holds "Manage Operators"/) }),
    );
    expect(() => ops().revoke('ann', 'manage-operators', ann)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(ops().whoami(ann).privileges).toEqual([...PRIVILEGES]);
    expect(auditRows()).toHaveLength(before);
    // Another holder makes it possible.
    ops().add('bob', ['manage-operators'], ann);
    expect(ops().revoke('ann', 'manage-operators', bob).privileges).not.toContain('manage-operators');
    expect(() => ops().remove('bob', bob)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('compares accounts exactly on Linux and case-insensitively on Windows', () => {
    ops().add('Bob', ['view-activity'], ann);
    expect(ops().privilegesOf({ name: 'bob' }).size).toBe(0);
    expect(ops().privilegesOf({ name: 'Bob' }).has('view-activity')).toBe(true);
    const windows = new OperatorsService(fx.store, new FixedClock(), 'win32');
    windows.add('CORP\\Carol', ['view-activity'], ann);
    expect(windows.privilegesOf({ name: 'corp\\carol' }).has('view-activity')).toBe(true);
    expect(() => windows.add('corp\\CAROL', [], ann)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('a revocation saved by another process refuses the very next call', async () => {
    ops().add('bob', ['configure-provisioning', 'manage-operators'], ann);
    const dispatch = createDispatcher(createHandlers(fx.services), fx.services.operators);
    expect(await dispatch('tokens:list', {}, { actor: bob })).toMatchObject({ ok: true });
    const other = Store.open(fx.dataDir);
    try {
      new OperatorsService(other, new FixedClock()).revoke('bob', 'configure-provisioning', ann);
      new OperatorsService(other, new FixedClock()).revoke('bob', 'manage-operators', ann);
    } finally {
      other.close();
    }
    const refused = await dispatch(
      'settings:save',
      { version: 1, enabled: false, tenantUrl: null, newUserOrganizationId: null, syncedFields: [] },
      { actor: bob },
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/Configure Provisioning Settings/) },
    });
    expect(await dispatch('tokens:list', {}, { actor: bob })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fx.services.settings.get().version).toBe(1);
  });

  it('refuses bad account names at the boundary', async () => {
    const dispatch = createDispatcher(createHandlers(fx.services), fx.services.operators);
    for (const account of ['', '   ', 'a\nb', 'x'.repeat(257)]) {
      expect(await dispatch('operators:add', { account, privileges: [] }, { actor: ann })).toMatchObject({
        ok: false,
        error: { code: 'validation', field: 'account' },
      });
    }
    expect(await dispatch('operators:add', { account: 'bob', privileges: ['root'] }, { actor: ann })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'privileges.0' },
    });
    expect(ops().list()).toHaveLength(1);
  });
});

describe('the caller as an OS account', () => {
  it('is DOMAIN\\name on Windows and the login name elsewhere', async () => {
    const { osUserActor } = await import('../../../main/services/context');
    const { userInfo } = await import('node:os');
    const name = userInfo().username;
    expect(osUserActor('win32', { USERDOMAIN: 'CORP' })).toEqual({ name: `CORP\\${name}` });
    expect(osUserActor('win32', {})).toEqual({ name });
    expect(osUserActor('linux', { USERDOMAIN: 'CORP' })).toEqual({ name });
  });
});

describe('audit:export-file', () => {
  it("streams the filtered CSV or JSON to the desktop app's file writer and counts the rows; elsewhere it is unavailable", async () => {
    const fx = servicesInTempDir();
    try {
      fx.services.operators.add('bob', ['view-activity'], { name: 'ann' });
      fx.services.operators.add('cy', [], { name: 'ann' });
      let written = '';
      const withFile = createDispatcher(
        createHandlers(fx.services, {
          saveExport: async (name, chunks, format) => {
            written = '';
            for (const chunk of chunks) written += chunk;
            return { saved: true, path: `/tmp/${name}.${format}` };
          },
        }),
        fx.services.operators,
      );
      expect(await withFile('audit:export-file', { actor: 'ann', format: 'csv' }, { actor: ann })).toEqual({
        ok: true,
        value: { saved: true, rows: 2, path: '/tmp/audit.csv' },
      });
      expect(written.trimEnd().split('\r\n')).toHaveLength(3);
      expect(await withFile('audit:export-file', { actor: 'ann', format: 'json' }, { actor: ann })).toEqual({
        ok: true,
        value: { saved: true, rows: 2, path: '/tmp/audit.json' },
      });
      expect((JSON.parse(written) as Array<{ action: string }>).map((row) => row.action)).toEqual([
        'operator.add',
        'operator.add',
      ]);
      // A format it does not make, or none, is refused naming the field; nothing is written.
      written = 'untouched';
      for (const input of [{ format: 'xml' }, {}]) {
        expect(await withFile('audit:export-file', input, { actor: ann })).toMatchObject({
          ok: false,
          error: { code: 'validation', field: 'format' },
        });
      }
      expect(written).toBe('untouched');
      const browser = createDispatcher(createHandlers(fx.services), fx.services.operators);
      expect(await browser('audit:export-file', { format: 'csv' }, { actor: ann })).toMatchObject({
        ok: false,
        error: { code: 'unavailable' },
      });
    } finally {
      fx.dispose();
    }
  });
});
