import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../main/console-api/dispatcher';
import { createHandlers } from '../../../main/console-api/handlers';
import { Store } from '../../../main/store/store';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ctx = { actor: { name: 'ann' } };

describe('console API dispatcher (contract validation at the boundary)', () => {
  let fx: ServicesFixture;
  let dispatch: Dispatch;
  let internalErrors: unknown[];
  beforeEach(() => {
    fx = servicesInTempDir();
    internalErrors = [];
    dispatch = createDispatcher(createHandlers(fx.services), fx.services.operators, {
      onInternalError: (e) => internalErrors.push(e),
    });
  });
  afterEach(() => fx.dispose());

  const valid = { version: 1, enabled: false, tenantUrl: null, newUserOrganizationId: null, syncedFields: ['status'] };

  it('runs a valid call', async () => {
    const result = await dispatch('settings:save', { ...valid, tenantUrl: 'https://a.example/scim/' }, ctx);
    expect(result).toMatchObject({ ok: true, value: { tenantUrl: 'https://a.example/scim', version: 2 } });
  });

  it('refuses an unknown channel', async () => {
    expect(await dispatch('settings:drop', {}, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch('__proto__', {}, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it.each([
    ['a bad Tenant URL', { ...valid, tenantUrl: 'http://example.com/scim' }, 'tenantUrl', /https/],
    ['an unknown field key', { ...valid, syncedFields: ['status', 'salary'] }, 'syncedFields.1', /unknown field 'salary'/],
    [
      'a missing field',
      { version: 1, enabled: false, tenantUrl: null, newUserOrganizationId: null },
      'syncedFields',
      /syncedFields/,
    ],
    ['a wrong type', { ...valid, enabled: 'yes' }, 'enabled', /enabled/],
    ['an extra key', { ...valid, isAdmin: true }, 'isAdmin', /Unknown field 'isAdmin'/],
    ['a bad version', { ...valid, version: 0 }, 'version', /version/],
  ])('refuses %s naming the field, and writes nothing', async (_name, input, field, message) => {
    const result = await dispatch('settings:save', input, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.field).toBe(field);
    expect(result.error.message).toMatch(message);
    expect(fx.services.settings.get().version).toBe(1);
  });

  it('refuses a call the database cannot take now (another connection holds it past the busy timeout) as unavailable, writing nothing', async () => {
    const busy = servicesInTempDir({ busyTimeoutMs: 100 });
    const other = Store.open(busy.dataDir);
    const errors: unknown[] = [];
    const busyDispatch = createDispatcher(createHandlers(busy.services), busy.services.operators, {
      onInternalError: (e) => errors.push(e),
    });
    try {
      other.db.exec('BEGIN IMMEDIATE');
      const result = await busyDispatch('settings:save', { ...valid, tenantUrl: 'https://a.example/scim/' }, ctx);
      other.db.exec('ROLLBACK');
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'unavailable', message: expect.stringMatching(/^The database is busy .*Try again in a few seconds\.$/) },
      });
      expect(errors).toEqual([]);
      expect(busy.services.settings.get()).toMatchObject({ version: 1, tenantUrl: null });
    } finally {
      other.close();
      busy.dispose();
    }
  });

  it('refuses a body that is not an object', async () => {
    expect(await dispatch('settings:save', 'tenantUrl=x', ctx)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch('settings:get', [1], ctx)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('hides the details of an unexpected failure', async () => {
    fx.store.db.exec('DROP TABLE audit_log');
    const result = await dispatch('settings:save', { ...valid, tenantUrl: 'https://a.example' }, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringMatching(/audit_log/) } });
    expect(internalErrors).toHaveLength(1);
    expect(fx.services.settings.get().version).toBe(1);
  });

  describe('beside a gateway in the same process (group commits on)', () => {
    let observer: Store;
    beforeEach(() => {
      fx.store.groupCommits((e) => internalErrors.push(e));
      dispatch = createDispatcher(createHandlers(fx.services), fx.services.operators, {
        onInternalError: (e) => internalErrors.push(e),
        committed: () => fx.store.committed(),
      });
      observer = Store.open(fx.dataDir);
    });
    afterEach(() => observer.close());

    it('answers a save only once it is committed: another connection already sees it', async () => {
      const result = await dispatch('settings:save', { ...valid, tenantUrl: 'https://a.example/scim' }, ctx);
      expect(result).toMatchObject({ ok: true, value: { version: 2 } });
      expect(observer.settings.read()).toMatchObject({ version: 2, tenantUrl: 'https://a.example/scim' });
    });

    it('answers an error, not success, when the commit fails', async () => {
      const { db } = fx.store;
      db.exec(
        'CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)',
      );
      fx.store.transaction(() => db.prepare('INSERT INTO child (parent_id) VALUES (7)').run());
      const result = await dispatch('settings:save', { ...valid, tenantUrl: 'https://b.example/scim' }, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(observer.settings.read().version).toBe(1);
    });
  });
});
