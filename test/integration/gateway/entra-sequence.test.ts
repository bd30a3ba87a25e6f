// The request sequence Microsoft Entra ID sends, over real HTTP with a real token: Test Connection,
// match by userName, create, update with its PATCH dialect, deactivate, reactivate, delete, group push.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';
import { OPEN_LOG_FILTER } from '../../../main/store/provisioning-log-repository';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const entraUser = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  externalId: 'f1c2e9a0-entra-object-id',
  userName: 'ann.lee@contoso.com',
  active: true,
  displayName: 'Ann Lee',
  password: 'Pa55word!never-stored',
  emails: [{ primary: true, type: 'work', value: 'ann.lee@contoso.com' }],
  name: { formatted: 'Ann Lee', familyName: 'Lee', givenName: 'Ann' },
  phoneNumbers: [{ type: 'work', value: '+1 555 0100' }],
  [ENTERPRISE]: { employeeNumber: '4711', department: 'Support' },
  'urn:vendor:unknown:1.0': { secret: 'x' },
};

describe('gateway: Microsoft Entra ID sequence', () => {
  let fx: GatewayFixture;
  beforeEach(async () => {
    fx = await gatewayInTempDir();
  });
  afterEach(() => fx.dispose());

  it('Test Connection: a filter that matches nothing is 200 with an empty ListResponse', async () => {
    const { status, headers, body } = await fx.request('GET', '/Users?filter=userName%20eq%20%22b1f0c7e2-0000-test%22');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(body).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 0,
      itemsPerPage: 0,
      startIndex: 1,
      Resources: [],
    });
  });

  it('creates, matches by userName in any case, updates, deactivates, reactivates and deletes', async () => {
    const created = await fx.request('POST', '/Users', { body: entraUser });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.headers.get('location')).toBe(`https://idsvc.example.com/scim/v2/Users/${id}`);
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect(created.body).toMatchObject({ userName: 'ann.lee@contoso.com', meta: { resourceType: 'User', version: 'W/"1"' } });
    expect(created.body.password).toBeUndefined();
    expect(created.body['urn:vendor:unknown:1.0']).toBeUndefined();
    expect(created.body[ENTERPRISE]).toEqual({ employeeNumber: '4711', department: 'Support' });

    const employee = fx.store.employees.byId(id)!;
    const provisionedOrg = fx.services.settings.get().newUserOrganizationId;
    expect(employee).toMatchObject({
      userName: 'ann.lee@contoso.com',
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann.lee@contoso.com',
      active: true,
      orgId: provisionedOrg,
      source: 'scim',
    });
    // Not selected in the settings, so not written to the employee:
    expect(employee.employeeNumber).toBeNull();
    expect(employee.workPhone).toBeNull();
    expect(employee.scimResource).not.toContain('Pa55word');

    const matched = await fx.request('GET', `/Users?filter=${encodeURIComponent('userName eq "ANN.LEE@contoso.com"')}`);
    expect(matched.body.totalResults).toBe(1);
    expect(matched.body.Resources[0].id).toBe(id);

    const patched = await fx.request('PATCH', `/Users/${id}`, {
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'Replace', value: { 'name.givenName': 'Annie', displayName: 'Annie Lee' } },
          { op: 'Replace', path: 'emails[type eq "work"].value', value: 'annie.lee@contoso.com' },
          { op: 'Add', path: `${ENTERPRISE}:manager`, value: 'm-123' },
        ],
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: { givenName: 'Annie', familyName: 'Lee' },
      displayName: 'Annie Lee',
      meta: { version: 'W/"2"' },
    });
    expect(patched.body[ENTERPRISE].manager).toEqual({ value: 'm-123' });
    expect(fx.store.employees.byId(id)).toMatchObject({ firstName: 'Annie', email: 'annie.lee@contoso.com' });

    const deactivate = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    };
    expect((await fx.request('PATCH', `/Users/${id}`, { body: deactivate })).body.active).toBe(false);
    expect(fx.store.employees.byId(id)!.active).toBe(false);

    const reactivate = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Add', path: 'active', value: 'True' }],
    };
    expect((await fx.request('PATCH', `/Users/${id}`, { body: reactivate })).body.active).toBe(true);
    expect(fx.store.employees.byId(id)!.active).toBe(true);

    expect((await fx.request('DELETE', `/Users/${id}`)).status).toBe(204);
    expect((await fx.request('GET', `/Users/${id}`)).status).toBe(404);
    expect(fx.store.employees.byId(id)).toMatchObject({ active: false, userName: 'ann.lee@contoso.com' });
    expect(
      (await fx.request('GET', `/Users?filter=${encodeURIComponent('userName eq "ann.lee@contoso.com"')}`)).body.totalResults,
    ).toBe(0);

    // The text also finds the searches for ann (their filter is in the path); the writes carry her userName.
    const log = fx.store.provisioningLog
      .page({ ...OPEN_LOG_FILTER, text: 'ann.lee' }, null, 50)
      .filter((row) => row.operation !== 'read');
    expect(log.map((row) => `${row.method} ${row.status}`)).toEqual([
      'DELETE 204',
      'PATCH 200',
      'PATCH 200',
      'PATCH 200',
      'POST 201',
    ]);
    expect(log.every((row) => row.actor === 'Microsoft Entra ID')).toBe(true);
    expect(log.at(-1)!.changes).toMatchObject({
      userName: { old: null, new: 'ann.lee@contoso.com' },
      status: { old: null, new: true },
    });
    expect(JSON.stringify(log)).not.toContain('Pa55word');
    expect(JSON.stringify(log)).not.toContain(fx.token.split('.')[2]);
  });

  it('pushes a group, adds and removes members, lists without members', async () => {
    const a = (
      await fx.request('POST', '/Users', { body: { userName: 'a@contoso.com', name: { givenName: 'A', familyName: 'One' } } })
    ).body.id;
    const b = (
      await fx.request('POST', '/Users', { body: { userName: 'b@contoso.com', name: { givenName: 'B', familyName: 'Two' } } })
    ).body.id;
    expect(
      (await fx.request('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Agents"')}&excludedAttributes=members`)).body
        .totalResults,
    ).toBe(0);
    const group = await fx.request('POST', '/Groups', {
      body: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
        displayName: 'Agents',
        externalId: 'g-1',
        members: [{ value: a }],
      },
    });
    expect(group.status).toBe(201);
    const gid = group.body.id;
    const patch = (Operations: unknown[]) =>
      fx.request('PATCH', `/Groups/${gid}`, { body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations } });
    expect((await patch([{ op: 'Add', path: 'members', value: [{ value: b }] }])).status).toBe(200);
    expect((await fx.request('GET', `/Groups/${gid}`)).body.members.map((m: { value: string }) => m.value).sort()).toEqual(
      [a, b].sort(),
    );
    expect((await patch([{ op: 'Remove', path: `members[value eq "${a}"]` }])).status).toBe(200);
    const listed = await fx.request(
      'GET',
      `/Groups?filter=${encodeURIComponent('displayName eq "agents"')}&excludedAttributes=members`,
    );
    expect(listed.body.totalResults).toBe(1);
    expect(listed.body.Resources[0].members).toBeUndefined();
    expect((await fx.request('GET', `/Groups/${gid}`)).body.members).toEqual([expect.objectContaining({ value: b })]);
    expect((await patch([{ op: 'Add', path: 'members', value: [{ value: 'no-such-user' }] }])).body).toMatchObject({
      status: '400',
      scimType: 'invalidValue',
    });
  });
});
