// List requests: paging, sorting, projection and the count cap, as identity providers page through users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

describe('gateway: user lists', () => {
  let fx: GatewayFixture;
  const names = ['carol', 'alice', 'erin', 'bob', 'dave'];
  beforeAll(async () => {
    fx = await gatewayInTempDir();
    for (const name of names) {
      const created = await fx.request('POST', '/Users', {
        body: {
          userName: `${name}@example.com`,
          externalId: `ext-${name}`,
          name: { givenName: name, familyName: 'Test' },
          emails: [{ type: 'work', value: `${name}@example.com` }],
        },
      });
      expect(created.status).toBe(201);
    }
  });
  afterAll(() => fx.dispose());

  const list = async (query: string) => (await fx.request('GET', `/Users?${query}`)).body;
  const userNames = (body: { Resources: Array<{ userName: string }> }) => body.Resources.map((r) => r.userName.split('@')[0]);

  it('pages in a stable order (creation) with integer totals', async () => {
    const first = await list('startIndex=1&count=2');
    expect(first).toMatchObject({ totalResults: 5, itemsPerPage: 2, startIndex: 1 });
    const second = await list('startIndex=3&count=2');
    const third = await list('startIndex=5&count=2');
    expect([...userNames(first), ...userNames(second), ...userNames(third)]).toEqual(names);
    expect(third).toMatchObject({ itemsPerPage: 1, totalResults: 5 });
    expect(await list('startIndex=9&count=2')).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    expect(await list(`filter=${encodeURIComponent('userName eq "nobody@example.com"')}`)).toMatchObject({
      totalResults: 0,
      Resources: [],
    });
  });

  it('clamps startIndex below 1 or past 2^53 and a negative count; count=0 gives only the total', async () => {
    expect((await list('startIndex=0&count=1')).startIndex).toBe(1);
    expect(await list('count=0')).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    expect((await list('count=-5')).itemsPerPage).toBe(0);
    expect((await fx.request('GET', '/Users?count=ten')).body).toMatchObject({ status: '400', scimType: 'invalidValue' });
    for (const huge of ['9223372036854775808', '99999999999999999999999']) {
      expect(await list(`startIndex=${huge}&count=1`)).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
      expect((await fx.request('GET', `/Groups?startIndex=${huge}`)).body).toMatchObject({ itemsPerPage: 0, Resources: [] });
    }
  });

  it('sorts by userName either way, case-insensitively named', async () => {
    expect(userNames(await list('sortBy=userName'))).toEqual(['alice', 'bob', 'carol', 'dave', 'erin']);
    expect(userNames(await list('sortBy=UserName&sortOrder=descending'))).toEqual(['erin', 'dave', 'carol', 'bob', 'alice']);
    // sortOrder without a sortBy it can use leaves creation order.
    expect(userNames(await list('sortOrder=descending'))).toEqual(names);
    expect(userNames(await list('sortBy=nickName&sortOrder=descending'))).toEqual(names);
  });

  it('filters on the Entra email form, externalId and a compound filter', async () => {
    const q = (filter: string) => list(`filter=${encodeURIComponent(filter)}`);
    expect(userNames(await q('emails[type eq "work"].value eq "DAVE@example.com"'))).toEqual(['dave']);
    expect(userNames(await q('externalId eq "ext-bob"'))).toEqual(['bob']);
    expect((await q('externalId eq "EXT-BOB"')).totalResults).toBe(0);
    expect(userNames(await q('name.givenName sw "a" or (userName co "rin" and active eq true)'))).toEqual(['alice', 'erin']);
  });

  it('returns only the asked attributes (plus id and schemas), or all but the excluded ones', async () => {
    const only = await list('attributes=userName,name.givenName&count=1');
    expect(Object.keys(only.Resources[0]).sort()).toEqual(['id', 'name', 'schemas', 'userName']);
    expect(only.Resources[0].name).toEqual({ givenName: 'carol' });
    const without = await list('excludedAttributes=emails,meta,id&count=1');
    expect(without.Resources[0].emails).toBeUndefined();
    expect(without.Resources[0].meta).toBeUndefined();
    expect(without.Resources[0].id).toEqual(expect.any(String));
  });

  it('advertises what it supports', async () => {
    const config = (await fx.request('GET', '/ServiceProviderConfig')).body;
    expect(config).toMatchObject({
      patch: { supported: true },
      filter: { supported: true, maxResults: 1000 },
      etag: { supported: true },
      bulk: { supported: false },
    });
    // meta holds only RFC 7643's sub-attributes.
    expect(Object.keys(config.meta).sort()).toEqual(['location', 'resourceType']);
    const types = (await fx.request('GET', '/ResourceTypes')).body;
    expect(types.Resources.map((t: { id: string }) => t.id)).toEqual(['User', 'Group']);
    expect((await fx.request('GET', '/ResourceTypes/user')).body.endpoint).toBe('/Users');
    const schemas = (await fx.request('GET', '/Schemas')).body;
    expect(schemas.totalResults).toBe(3);
    expect((await fx.request('GET', '/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User')).body.name).toBe(
      'EnterpriseUser',
    );
    expect((await fx.request('GET', '/Schemas/urn:nope')).status).toBe(404);
  });
});

describe('gateway: user lists with non-ASCII names', () => {
  let fx: GatewayFixture;
  beforeAll(async () => {
    fx = await gatewayInTempDir();
    for (const [userName, givenName] of [
      ['Ørjan@x.no', 'Ørjan'],
      ['ÄNNE@x.de', 'ÄNNE'],
      ['bob@x.com', 'Bob'],
      ['émile@x.fr', 'Émile'],
      ['ΟΔΥΣΣΕΥΣ@x.gr', 'ΟΔΥΣΣΕΥΣ'],
    ]) {
      const created = await fx.request('POST', '/Users', {
        body: { userName, name: { givenName, familyName: 'Test' }, emails: [{ type: 'work', value: userName }] },
      });
      expect(created.status).toBe(201);
    }
  });
  afterAll(() => fx.dispose());

  const q = async (filter: string) =>
    ((await fx.request('GET', `/Users?filter=${encodeURIComponent(filter)}`)).body.Resources as Array<{ userName: string }>).map(
      (r) => r.userName,
    );

  it('matches userName, emails and names whatever their case, in any script', async () => {
    expect(await q('userName eq "änne@X.DE"')).toEqual(['ÄNNE@x.de']);
    expect(await q('userName eq "ÉMILE@x.fr"')).toEqual(['émile@x.fr']);
    expect(await q('userName eq "οδυσσευσ@x.gr"')).toEqual(['ΟΔΥΣΣΕΥΣ@x.gr']); // final σ written either way
    expect(await q('userName eq "οδυσσευς@x.gr"')).toEqual(['ΟΔΥΣΣΕΥΣ@x.gr']);
    expect(await q('emails[type eq "work"].value eq "ØRJAN@X.NO"')).toEqual(['Ørjan@x.no']);
    expect(await q('name.givenName sw "ä" or name.givenName ew "ÉMILE"')).toEqual(['ÄNNE@x.de', 'émile@x.fr']);
    expect(await q('userName eq "anne@x.de"')).toEqual([]); // accents are letters, not case
  });

  it('sorts case-insensitively by the folded names', async () => {
    const sorted = (await fx.request('GET', '/Users?sortBy=name.givenName')).body.Resources.map(
      (r: { name: { givenName: string } }) => r.name.givenName,
    );
    // UTF-8 byte order of the lowercase forms: b, ä, é, ø, ο.
    expect(sorted).toEqual(['Bob', 'ÄNNE', 'Émile', 'Ørjan', 'ΟΔΥΣΣΕΥΣ']);
  });
});

describe('gateway: user lists sorted by the enterprise employeeNumber', () => {
  let fx: GatewayFixture;
  beforeAll(async () => {
    fx = await gatewayInTempDir({ syncedFields: ['status', 'employeeNumber'] });
    for (const [userName, employeeNumber] of [
      ['none@x', undefined],
      ['c@x', 'E-20'],
      ['a@x', 'e-3'],
      ['b@x', 'E-100'],
    ]) {
      const body = {
        userName,
        name: { givenName: 'A', familyName: 'B' },
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber },
      };
      expect((await fx.request('POST', '/Users', { body })).status).toBe(201);
    }
  });
  afterAll(() => fx.dispose());

  it('sorts by it as text, case-insensitively, under either name, users without one last', async () => {
    const sorted = async (query: string) =>
      (await fx.request('GET', `/Users?${query}`)).body.Resources.map((r: { userName: string }) => r.userName);
    // "e-100" < "e-20" < "e-3"; a user without one last, or first when descending (RFC 7644 section 3.4.2.3).
    expect(await sorted('sortBy=employeeNumber')).toEqual(['b@x', 'c@x', 'a@x', 'none@x']);
    expect(
      await sorted('sortBy=urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber&sortOrder=descending'),
    ).toEqual(['none@x', 'a@x', 'c@x', 'b@x']);
  });
});
