// The request sequence Okta sends: match by userName with paging, create, PUT for every update
// including deactivation, and group push with PATCH member changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';
import { OPEN_LOG_FILTER } from '../../../main/store/provisioning-log-repository';

const oktaUser = (overrides: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName: 'bob.ray@example.com',
  name: { givenName: 'Bob', familyName: 'Ray' },
  emails: [{ primary: true, value: 'bob.ray@example.com', type: 'work' }],
  displayName: 'Bob Ray',
  locale: 'en-US',
  externalId: '00u1okta',
  groups: [],
  password: 'okta-sends-this-sometimes',
  active: true,
  ...overrides,
});

describe('gateway: Okta sequence', () => {
  let fx: GatewayFixture;
  beforeEach(async () => {
    fx = await gatewayInTempDir();
  });
  afterEach(() => fx.dispose());

  it('creates, reads, updates and deactivates with PUT', async () => {
    const search = await fx.request(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "bob.ray@example.com"')}&startIndex=1&count=100`,
    );
    expect(search.body.totalResults).toBe(0);
    const created = await fx.request('POST', '/Users', { body: oktaUser() });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await fx.request('GET', `/Users/${id}`)).body).toMatchObject({
      userName: 'bob.ray@example.com',
      locale: 'en-US',
      active: true,
    });

    const renamed = await fx.request('PUT', `/Users/${id}`, {
      body: oktaUser({ id, name: { givenName: 'Robert', familyName: 'Ray' } }),
    });
    expect(renamed.status).toBe(200);
    expect(fx.store.employees.byId(id)).toMatchObject({ firstName: 'Robert', active: true });

    const deactivated = await fx.request('PUT', `/Users/${id}`, { body: oktaUser({ id, active: false }) });
    expect(deactivated.body.active).toBe(false);
    expect(fx.store.employees.byId(id)!.active).toBe(false);
    expect(deactivated.body.password).toBeUndefined();
    expect(deactivated.body.groups).toBeUndefined();
  });

  it('a sync that PUTs an unchanged user writes nothing: same ETag and lastModified, logged with no changes', async () => {
    const created = await fx.request('POST', '/Users', { body: oktaUser() });
    const id = created.body.id;
    const again = await fx.request('PUT', `/Users/${id}`, { body: oktaUser({ id }) });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).toBe(created.headers.get('etag'));
    expect(again.body.meta).toEqual(created.body.meta);
    expect(fx.store.employees.byId(id)!.version).toBe(1);
    const changed = await fx.request('PUT', `/Users/${id}`, { body: oktaUser({ id, active: false }) });
    expect(changed.headers.get('etag')).not.toBe(created.headers.get('etag'));
    // Log rows are appended at the end of the event-loop turn that answered.
    await new Promise((resolve) => setImmediate(resolve));
    const [last, unchanged] = fx.store.provisioningLog.page(OPEN_LOG_FILTER, null, 2);
    expect(last).toMatchObject({
      method: 'PUT',
      status: 200,
      changes: { status: { old: true, new: false } },
      operation: 'deactivate',
    });
    expect(unchanged).toMatchObject({ method: 'PUT', status: 200, changes: null, operation: 'update' });
  });

  it('pushes a group and changes its members with PATCH, Okta style', async () => {
    const user = (await fx.request('POST', '/Users', { body: oktaUser() })).body.id;
    const group = await fx.request('POST', '/Groups', {
      body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Night shift', members: [] },
    });
    const gid = group.body.id;
    const patch = (Operations: unknown[]) =>
      fx.request('PATCH', `/Groups/${gid}`, { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations } });
    expect((await patch([{ op: 'replace', value: { id: gid, displayName: 'Night shift (EU)' } }])).body.displayName).toBe(
      'Night shift (EU)',
    );
    expect(
      (await patch([{ op: 'add', path: 'members', value: [{ value: user, display: 'bob.ray@example.com' }] }])).body.members,
    ).toHaveLength(1);
    expect((await patch([{ op: 'remove', path: 'members', value: [{ value: user }] }])).body.members).toEqual([]);
    expect((await fx.request('DELETE', `/Groups/${gid}`)).status).toBe(204);
    expect((await fx.request('GET', `/Groups/${gid}`)).status).toBe(404);
  });

  it("renaming a member user moves its groups' versions; other changes to it do not", async () => {
    const user = (await fx.request('POST', '/Users', { body: oktaUser() })).body.id;
    const gid = (await fx.request('POST', '/Groups', { body: { displayName: 'Renamers', members: [{ value: user }] } })).body.id;
    const patchUser = (path: string, value: unknown) =>
      fx.request('PATCH', `/Users/${user}`, {
        body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path, value }] },
      });
    const group = async () => (await fx.request('GET', `/Groups/${gid}`)).body;
    expect((await patchUser('active', false)).status).toBe(200);
    expect((await group()).meta.version).toBe('W/"1"');
    expect((await patchUser('displayName', 'Bob R.')).status).toBe(200);
    expect(await group()).toMatchObject({ meta: { version: 'W/"2"' }, members: [{ value: user, display: 'Bob R.' }] });
  });

  it('deleting a member user takes it out of its groups, whose versions move', async () => {
    const user = (await fx.request('POST', '/Users', { body: oktaUser() })).body.id;
    const created = await fx.request('POST', '/Groups', { body: { displayName: 'Leavers', members: [{ value: user }] } });
    const gid = created.body.id;
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect((await fx.request('DELETE', `/Users/${user}`)).status).toBe(204);
    const after = await fx.request('GET', `/Groups/${gid}`, { headers: { 'If-None-Match': 'W/"1"' } });
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ members: [], meta: { version: 'W/"2"' } });
    expect(fx.store.db.prepare('SELECT count(*) FROM scim_group_members WHERE employee_id = ?').pluck().get(user)).toBe(0);
  });

  it('a group pushed again unchanged keeps its version; a real change still writes', async () => {
    const user = (await fx.request('POST', '/Users', { body: oktaUser() })).body.id;
    const body = {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'Day shift',
      externalId: 'okta-g1',
      members: [{ value: user }],
    };
    const created = await fx.request('POST', '/Groups', { body });
    const gid = created.body.id;
    const patch = (Operations: unknown[]) =>
      fx.request('PATCH', `/Groups/${gid}`, { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations } });
    for (const unchanged of [
      () => fx.request('PUT', `/Groups/${gid}`, { body }),
      () =>
        fx.request('PUT', `/Groups/${gid}`, {
          body: { externalId: 'okta-g1', members: [{ value: user }], displayName: 'Day shift', schemas: body.schemas },
        }),
      () => patch([{ op: 'add', path: 'members', value: [{ value: user }] }]),
      () => patch([{ op: 'Replace', path: 'displayName', value: 'Day shift' }]),
      () => patch([{ op: 'remove', path: 'members[value eq "01a00000-0000-7000-8000-000000000000"]' }]),
    ]) {
      const answer = await unchanged();
      expect(answer.status).toBe(200);
      expect(answer.headers.get('etag')).toBe('W/"1"');
      expect(answer.body.meta).toEqual(created.body.meta);
    }
    const renamed = await patch([{ op: 'replace', path: 'displayName', value: 'Day shift (EU)' }]);
    expect(renamed.headers.get('etag')).toBe('W/"2"');
    const emptied = await patch([{ op: 'remove', path: 'members' }]);
    expect(emptied.headers.get('etag')).toBe('W/"3"');
    expect(emptied.body.members).toEqual([]);
  });
});
