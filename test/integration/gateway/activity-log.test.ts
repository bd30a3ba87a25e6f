// What the provisioning log records for the Activity view, over real HTTP and a real SQLite file: the
// operation of each request, a revoked token named by its label with the reason (a forged one stays
// unidentified), group requests with the group's name and member changes, searches with their filter,
// and a lookup of one userName under that name (so Activity's whole-name filter lists it with the user's
// own requests, and not a longer name's).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityFilter } from '../../../preload/activity-contract';
import { describeRequest } from '../../../preload/activity-operations';
import { OPEN_LOG_FILTER } from '../../../main/store/provisioning-log-repository';
import { admin, gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

const oktaUser = (userName: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  name: { givenName: 'Bob', familyName: 'Ray' },
  active: true,
});
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

describe('the provisioning log as Activity reads it', () => {
  let fx: GatewayFixture;
  beforeEach(async () => {
    fx = await gatewayInTempDir();
  });
  afterEach(() => fx.dispose());

  /** Log rows are appended at the end of the turn that answered. */
  const logged = async (limit = 50) => {
    await new Promise((resolve) => setImmediate(resolve));
    return fx.store.provisioningLog.page(OPEN_LOG_FILTER, null, limit);
  };

  it('names a revoked token by its label with the reason; a forged token naming it stays unidentified', async () => {
    expect((await fx.request('GET', '/Users')).status).toBe(200);
    const [record] = fx.services.tokens.list();
    fx.services.tokens.revoke(record!.id, admin);
    expect((await fx.request('GET', '/Users')).status).toBe(401);
    // The same header and claims (jti, kid) with a signature that is not ours.
    const [head, payload] = fx.token.split('.');
    const forged = `${head}.${payload}.${'A'.repeat(86)}`;
    expect((await fx.request('GET', '/Users', { token: forged })).status).toBe(401);
    expect((await fx.request('GET', '/Users', { token: null })).status).toBe(401);

    const [none, forgery, revoked] = await logged(3);
    expect(revoked).toMatchObject({
      actor: 'Microsoft Entra ID',
      tokenId: record!.id,
      status: 401,
      operation: 'refused',
      detail: expect.stringMatching(/revoked/),
    });
    expect(forgery).toMatchObject({ actor: null, tokenId: null, status: 401, operation: 'refused' });
    expect(none).toMatchObject({ actor: null, tokenId: null, operation: 'refused' });
  });

  it('logs a group by its name, with the members added and removed by userName', async () => {
    const ann = (await fx.request('POST', '/Users', { body: oktaUser('ann@example.com') })).body.id;
    const bob = (await fx.request('POST', '/Users', { body: oktaUser('bob@example.com') })).body.id;
    const gid = (await fx.request('POST', '/Groups', { body: { displayName: 'Night shift', members: [{ value: ann }] } })).body
      .id;
    const patch = (Operations: unknown[]) => fx.request('PATCH', `/Groups/${gid}`, { body: { schemas: [PATCH_OP], Operations } });
    expect((await patch([{ op: 'add', path: 'members', value: [{ value: bob }] }])).status).toBe(200);
    expect((await patch([{ op: 'remove', path: `members[value eq "${ann}"]` }])).status).toBe(200);
    expect((await patch([{ op: 'replace', path: 'displayName', value: 'Night shift (EU)' }])).status).toBe(200);
    expect((await fx.request('DELETE', `/Groups/${gid}`)).status).toBe(204);

    const rows = (await logged(5)).reverse();
    expect(rows.map((row) => [row.operation, row.userName, row.changes])).toEqual([
      [
        'create',
        'Night shift',
        { displayName: { old: null, new: 'Night shift' }, membersAdded: { old: null, new: ['ann@example.com'] } },
      ],
      ['update', 'Night shift', { membersAdded: { old: null, new: ['bob@example.com'] } }],
      ['update', 'Night shift', { membersRemoved: { old: ['ann@example.com'], new: null } }],
      ['update', 'Night shift (EU)', { displayName: { old: 'Night shift', new: 'Night shift (EU)' } }],
      ['delete', 'Night shift (EU)', null],
    ]);
    expect(rows.map((row) => describeRequest(row))).toEqual([
      'Create group Night shift',
      'Update group Night shift',
      'Update group Night shift',
      'Update group Night shift (EU)',
      'Delete group Night shift (EU)',
    ]);
    // The Group filter finds them, and only them.
    const groups = fx.store.provisioningLog.page({ ...OPEN_LOG_FILTER, resourceType: 'Group' }, null, 50);
    expect(groups).toHaveLength(5);
  });

  it('labels list requests as searches with their filter, and a deactivation as such', async () => {
    const id = (await fx.request('POST', '/Users', { body: oktaUser('cy@example.com') })).body.id;
    const filter = 'userName eq "cy@example.com"';
    expect((await fx.request('GET', `/Users?filter=${encodeURIComponent(filter)}`)).status).toBe(200);
    expect((await fx.request('GET', '/Groups')).status).toBe(200);
    expect((await fx.request('GET', `/Users/${id}`)).status).toBe(200);
    const deactivate = { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] };
    expect((await fx.request('PATCH', `/Users/${id}`, { body: deactivate })).status).toBe(200);

    const [deactivated, read, groups, search, created] = await logged(5);
    expect(describeRequest(search!)).toBe(`Search users: ${filter}`);
    expect(describeRequest(groups!)).toBe('List groups');
    expect(describeRequest(read!)).toBe('Read user cy@example.com');
    expect(describeRequest(created!)).toBe('Create user cy@example.com');
    expect([deactivated!.operation, describeRequest(deactivated!)]).toEqual(['deactivate', 'Deactivate user cy@example.com']);
    const found = fx.store.provisioningLog.page({ ...OPEN_LOG_FILTER, operation: 'deactivate' }, null, 10);
    expect(found.map((row) => row.id)).toEqual([deactivated!.id]);

    // The lookup of one userName is logged under it; other searches are about no one user.
    expect(search!.userName).toBe('cy@example.com');
    expect(groups!.userName).toBeNull();
  });

  it("logs a lookup of one userName under it, and Activity's whole-name filter finds exactly that user's requests", async () => {
    const id = (await fx.request('POST', '/Users', { body: oktaUser('cy@example.com') })).body.id;
    await fx.request('POST', '/Users', { body: oktaUser('lucy@example.com') });
    for (const filter of [
      'USERNAME eq "cy@example.com"',
      'urn:ietf:params:scim:schemas:core:2.0:User:userName eq "cy@example.com"',
      'userName sw "cy@"',
      'userName eq "cy@example.com" and active eq true',
      'emails.value eq "cy@example.com"',
    ]) {
      expect((await fx.request('GET', `/Users?filter=${encodeURIComponent(filter)}`)).status).toBe(200);
    }
    expect((await fx.request('GET', `/Users/${id}`)).status).toBe(200);
    const rows = await logged(10);
    // Newest first: the read, the five searches (only the two plain lookups name the user), the creates.
    expect(rows.map((row) => row.userName)).toEqual([
      'cy@example.com',
      null,
      null,
      null,
      'cy@example.com',
      'cy@example.com',
      'lucy@example.com',
      'cy@example.com',
    ]);
    const about = (text: string, exact: boolean) =>
      fx.services.activity.list({ ...activityFilter.parse({ text, exact }), beforeId: null, limit: 50 }).entries.length;
    // Part of a name: lucy's create holds "cy@example.com" too (the other searches' paths hold it
    // URL-encoded, which the text does not match).
    expect(about('CY@example.com', false)).toBe(5);
    expect(about('CY@example.com', true)).toBe(4);
    expect(about('cy@example', true)).toBe(0);
  });
});
