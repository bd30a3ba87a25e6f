// GET /api/v1/organizations over real HTTP: the tree a downstream system needs to filter employees by
// organizationId, for any API token (read scope); refused without one, with a SCIM token, with an
// unknown parameter, and for other methods; each call in the Activity log as an organization request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityFilter } from '../../../preload/activity-contract';
import { describeRequest } from '../../../preload/activity-operations';
import { admin } from '../../fixtures/gateway';
import { userApiInTempDir, type UserApiFixture } from '../../fixtures/user-api';

describe('user management API: organizations', () => {
  let fx: UserApiFixture;
  let salesId: string;
  beforeEach(async () => {
    fx = await userApiInTempDir();
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: fx.rootId }, admin).id;
    fx.services.organizations.create({ name: 'EMEA', parentId: salesId }, admin);
  });
  afterEach(async () => {
    expect(fx.internalErrors).toEqual([]);
    await fx.dispose();
  });

  it('lists the tree as the console has it; its ids are what the employee list filters by', async () => {
    const answer = await fx.api('GET', '/organizations', { token: fx.readToken });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ items: fx.services.organizations.list() });
    expect(answer.body.items.map((org: { path: string[] }) => org.path.join('/'))).toEqual([
      'Enterprise',
      // The fixture's Organization for New Users.
      'Enterprise/Provisioned',
      'Enterprise/Sales',
      'Enterprise/Sales/EMEA',
    ]);
    fx.services.directory.createLocal({ userName: 'in.sales@example.com', organizationId: salesId }, admin);
    const sales = answer.body.items.find((org: { name: string }) => org.name === 'Sales');
    const listed = await fx.api('GET', `/employees?organizationId=${sales.id}`, { token: fx.readToken });
    expect(listed.body.items.map((e: { userName: string }) => e.userName)).toEqual(['in.sales@example.com']);
  });

  it('refuses without an API token, with a SCIM token, an unknown parameter and a write; the log says what was asked', async () => {
    expect((await fx.api('GET', '/organizations', { token: null })).status).toBe(401);
    const scim = await fx.api('GET', '/organizations', { token: fx.token });
    expect(scim.status).toBe(401);
    expect(scim.body.detail).toMatch(/SCIM token/);
    const unknown = await fx.api('GET', '/organizations?parentId=x', { token: fx.readToken });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'validation', fields: ['parentId'] });
    const post = await fx.api('POST', '/organizations', { body: { name: 'X' } });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect(fx.services.organizations.list()).toHaveLength(4);

    await fx.api('GET', '/organizations', { token: fx.readToken });
    const entries = fx.services.activity.list({
      ...activityFilter.parse({ resourceType: 'Organization' }),
      beforeId: null,
      limit: 10,
    }).entries;
    expect(entries[0]).toMatchObject({ actor: 'Reporting', status: 200, resourceType: 'Organization' });
    expect(describeRequest(entries[0]!)).toBe('List organizations (user management API)');
  });
});
