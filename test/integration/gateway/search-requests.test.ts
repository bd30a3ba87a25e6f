// POST .search (RFC 7644 section 3.4.3) over real HTTP: /Users/.search and /Groups/.search answer what
// the same GET list answers; /.search at the base path lists Users then Groups with one paging over
// both; a bad SearchRequest is a 400 naming its member; every search is authenticated, rate-limited
// and in the Activity log like any call.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activityFilter } from '../../../preload/activity-contract';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

const OPEN_ACTIVITY_FILTER = activityFilter.parse({});

type Json = Record<string, any>;
const SEARCH = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

describe('POST .search', () => {
  let fx: GatewayFixture;
  const userIds: string[] = [];
  const groupIds: string[] = [];
  const search = (path: string, body: unknown) => fx.request('POST', path, { body });
  const get = (path: string, query: Record<string, string>) => fx.request('GET', `${path}?${new URLSearchParams(query)}`);

  beforeAll(async () => {
    fx = await gatewayInTempDir();
    for (const [userName, displayName] of [
      ['ann@example.com', 'Team Ann'],
      ['bob@example.com', 'Bob'],
      ['cid@example.com', 'Team Cid'],
      ['dee@example.com', 'Dee'],
    ]) {
      const created = await fx.request('POST', '/Users', { body: { schemas: [USER], userName, displayName } });
      userIds.push(created.body.id);
    }
    for (const displayName of ['Team Night', 'Day', 'Team Early']) {
      const created = await fx.request('POST', '/Groups', { body: { displayName, members: [{ value: userIds[0] }] } });
      groupIds.push(created.body.id);
    }
  });
  afterAll(() => fx.dispose());

  it('/Users/.search answers exactly what the same GET answers', async () => {
    const request = {
      filter: 'userName ew "@example.com" and not (userName eq "bob@example.com")',
      sortBy: 'userName',
      sortOrder: 'descending',
      startIndex: 2,
      count: 2,
      attributes: ['userName', 'displayName'],
    };
    const posted = await search('/Users/.search', { schemas: [SEARCH], ...request });
    const listed = await get('/Users', { ...request, startIndex: '2', count: '2', attributes: 'userName,displayName' });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(posted.body).toEqual(listed.body);
    expect(posted.body.totalResults).toBe(3);
    expect(posted.body.Resources.map((r: Json) => r.userName)).toEqual(['cid@example.com', 'ann@example.com']);
    expect(Object.keys(posted.body.Resources[0]).sort()).toEqual(['displayName', 'id', 'schemas', 'userName']);
    // Without projection the fast path's answer is the same too; excludedAttributes applies.
    const whole = await search('/Users/.search', { schemas: [SEARCH], filter: 'userName eq "ANN@example.com"' });
    expect(whole.body).toEqual((await get('/Users', { filter: 'userName eq "ANN@example.com"' })).body);
    const excluded = await search('/Users/.search', { schemas: [SEARCH], excludedAttributes: ['displayName'], count: 1 });
    expect(excluded.body.Resources[0].displayName).toBeUndefined();
    expect(excluded.body.Resources[0].userName).toBeDefined();
  });

  it('/Groups/.search answers exactly what the same GET answers', async () => {
    const posted = await search('/Groups/.search', {
      schemas: [SEARCH],
      filter: 'displayName sw "team"',
      sortBy: 'displayName',
      excludedAttributes: ['members'],
    });
    const listed = await get('/Groups', {
      filter: 'displayName sw "team"',
      sortBy: 'displayName',
      excludedAttributes: 'members',
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual(listed.body);
    expect(posted.body.Resources.map((g: Json) => g.displayName)).toEqual(['Team Early', 'Team Night']);
  });

  it('/.search at the base path lists Users then Groups, pages over both and sums the totals', async () => {
    const all = await search('/.search', { schemas: [SEARCH], filter: 'displayName sw "Team"', sortBy: 'displayName' });
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ totalResults: 4, itemsPerPage: 4, startIndex: 1 });
    expect(all.body.Resources.map((r: Json) => [r.schemas[0], r.displayName])).toEqual([
      [USER, 'Team Ann'],
      [USER, 'Team Cid'],
      [GROUP, 'Team Early'],
      [GROUP, 'Team Night'],
    ]);
    // A page that starts among the users and ends among the groups, and one past the users.
    const across = await search('/.search', { schemas: [SEARCH], sortBy: 'displayName', startIndex: 4, count: 2 });
    expect(across.body).toMatchObject({ totalResults: 7, itemsPerPage: 2, startIndex: 4 });
    expect(across.body.Resources.map((r: Json) => r.displayName)).toEqual(['Team Cid', 'Day']);
    const groupsOnly = await search('/.search', { schemas: [SEARCH], sortBy: 'displayName', startIndex: 6, count: 5 });
    expect(groupsOnly.body.Resources.map((r: Json) => r.displayName)).toEqual(['Team Early', 'Team Night']);
    const counted = await search('/.search', { schemas: [SEARCH], count: 0 });
    expect(counted.body).toMatchObject({ totalResults: 7, itemsPerPage: 0, Resources: [] });
    // An attribute only one type has matches nothing in the other.
    const members = await search('/.search', {
      schemas: [SEARCH],
      filter: `members.value eq "${userIds[0]}"`,
      attributes: ['id'],
    });
    expect(members.body.Resources.map((r: Json) => r.id).sort()).toEqual([...groupIds].sort());
    const names = await search('/.search', { schemas: [SEARCH], filter: 'userName eq "bob@example.com"' });
    expect(names.body.Resources.map((r: Json) => r.id)).toEqual([userIds[1]]);
  });

  it.each([
    ['a body that is not an object', ['nope'], 'invalidSyntax', /JSON object/],
    ['no schemas', { filter: 'userName pr' }, 'invalidSyntax', /"schemas"/],
    ['another message URN', { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] }, 'invalidSyntax', /"schemas"/],
    ['count as text', { schemas: [SEARCH], count: '10' }, 'invalidValue', /"count"/],
    ['a fractional startIndex', { schemas: [SEARCH], startIndex: 1.5 }, 'invalidValue', /"startIndex"/],
    ['a sortOrder that is neither', { schemas: [SEARCH], sortOrder: 'up' }, 'invalidValue', /"sortOrder"/],
    ['attributes that are not names', { schemas: [SEARCH], attributes: [1] }, 'invalidValue', /"attributes"/],
    [
      'excludedAttributes as an object',
      { schemas: [SEARCH], excludedAttributes: { a: 1 } },
      'invalidValue',
      /"excludedAttributes"/,
    ],
    ['a filter that is not text', { schemas: [SEARCH], filter: 5 }, 'invalidValue', /"filter"/],
    ['sortBy that is not text', { schemas: [SEARCH], sortBy: ['userName'] }, 'invalidValue', /"sortBy"/],
    ['a filter that does not parse', { schemas: [SEARCH], filter: 'userName eq' }, 'invalidFilter', /./],
    ['a filter too long', { schemas: [SEARCH], filter: `userName eq "${'x'.repeat(17000)}"` }, 'invalidFilter', /longer/],
    ['a filter the schema refuses', { schemas: [SEARCH], filter: 'active gt true' }, 'invalidFilter', /boolean/],
  ])('refuses %s with 400 naming what is wrong, at every search endpoint', async (_, body, scimType, detail) => {
    for (const path of ['/Users/.search', '/Groups/.search', '/.search']) {
      if (path === '/Groups/.search' && body && (body as Json).filter === 'active gt true') continue; // Groups have no active
      const answer = await search(path, body);
      expect([answer.status, answer.body?.scimType], path).toEqual([400, scimType]);
      expect(answer.body.schemas, path).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
      expect(answer.body.detail, path).toMatch(detail);
    }
    expect(fx.internalErrors).toEqual([]);
  });

  it('refuses a body that is not JSON, other methods (405, Allow: POST), cursor paging across types, and no token', async () => {
    const raw = await fx.request('POST', '/Users/.search', {
      body: '{"schemas":',
      headers: { 'Content-Type': 'application/scim+json' },
    });
    expect([raw.status, raw.body.scimType]).toEqual([400, 'invalidSyntax']);
    for (const path of ['/Users/.search', '/Groups/.search', '/.search']) {
      const got = await fx.request('GET', path);
      expect(got.status, path).toBe(405);
      expect(got.headers.get('allow'), path).toBe('POST');
      expect(got.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
      const anonymous = await fx.request('POST', path, { body: { schemas: [SEARCH] }, token: null });
      expect(anonymous.status, path).toBe(401);
    }
    const cursor = await search('/.search', { schemas: [SEARCH], cursor: '' });
    expect([cursor.status, cursor.body.scimType]).toEqual([400, 'invalidValue']);
    expect((await fx.request('GET', `/Users/${userIds[0]}`)).status).toBe(200); // an id is still an id
  });

  it('is in the Activity log, refusals too', async () => {
    await search('/Users/.search', { schemas: [SEARCH], count: 1 });
    await search('/.search', { schemas: [SEARCH], count: '1' });
    await new Promise((resolve) => setTimeout(resolve, 50)); // rows are written at the end of the turn
    const rows = fx.services.activity.list({ ...OPEN_ACTIVITY_FILTER, beforeId: null, limit: 2 }).entries.reverse();
    expect(rows.map((r) => [r.method, r.path, r.resourceType, r.status, r.scimType, r.actor])).toEqual([
      ['POST', '/scim/v2/Users/.search', 'User', 200, null, 'Microsoft Entra ID'],
      ['POST', '/scim/v2/.search', 'Search', 400, 'invalidValue', 'Microsoft Entra ID'],
    ]);
  });
});

describe('POST .search under the rate limit', () => {
  let fx: GatewayFixture;
  beforeEach(async () => {
    fx = await gatewayInTempDir({ rateLimit: { perSecond: 1, burst: 3 } });
  });
  afterEach(() => fx.dispose());

  it('counts each search against the token bucket like any call', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await fx.request('POST', '/Users/.search', { body: { schemas: [SEARCH] } })).status);
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });
});
