// What writes answer: the resource, projected by attributes/excludedAttributes as reads are (RFC 7644
// section 3.9 allows both on POST, PUT and PATCH), with its ETag; the stored resource stays whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const user = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName: 'proj@example.com',
  name: { givenName: 'Pro', familyName: 'Jection' },
  emails: [{ type: 'work', value: 'proj@example.com' }],
};

describe('gateway: write responses', () => {
  let fx: GatewayFixture;
  beforeEach(async () => {
    fx = await gatewayInTempDir();
  });
  afterEach(() => fx.dispose());

  it('POST, PUT and PATCH of a user answer only the asked attributes, or all but the excluded ones', async () => {
    const created = await fx.request('POST', '/Users?attributes=userName', { body: user });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(['id', 'schemas', 'userName']);
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect(created.headers.get('location')).toMatch(new RegExp(`/scim/v2/Users/${created.body.id}$`));
    const id = created.body.id;

    const replaced = await fx.request('PUT', `/Users/${id}?excludedAttributes=emails,meta`, {
      body: { ...user, displayName: 'PJ' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id, userName: 'proj@example.com', displayName: 'PJ' });
    expect(replaced.body.emails).toBeUndefined();
    expect(replaced.body.meta).toBeUndefined();

    const patched = await fx.request('PATCH', `/Users/${id}?attributes=active,name.givenName`, {
      body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] },
    });
    expect(patched.body).toEqual({ schemas: user.schemas, id, active: false, name: { givenName: 'Pro' } });
    expect(patched.headers.get('etag')).toBe('W/"3"');

    // The projection shaped only the answer: the stored resource keeps everything.
    const full = (await fx.request('GET', `/Users/${id}`)).body;
    expect(full).toMatchObject({ displayName: 'PJ', emails: [{ type: 'work', value: 'proj@example.com' }], active: false });
  });

  it('group writes are projected too, so a client can skip the member list', async () => {
    const created = await fx.request('POST', '/Groups?excludedAttributes=members', {
      body: { displayName: 'Projected', members: [] },
    });
    expect(created.status).toBe(201);
    expect(created.body.members).toBeUndefined();
    expect(created.body.displayName).toBe('Projected');
    const replaced = await fx.request('PUT', `/Groups/${created.body.id}?attributes=displayName`, {
      body: { displayName: 'Renamed' },
    });
    expect(Object.keys(replaced.body).sort()).toEqual(['displayName', 'id', 'schemas']);
  });
});
