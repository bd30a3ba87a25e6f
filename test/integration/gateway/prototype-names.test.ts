// The names of Object.prototype in every place a request can put a name: the path, the filter's
// attribute paths, sortBy, attributes and excludedAttributes, PATCH paths and body attribute names,
// with and without a token. A plain object looked up with request text answers these with
// Object.prototype's members; each must be an ordinary answer (never a 5xx) in SCIM's format.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

const NAMES = ['constructor', '__proto__', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

describe('Object.prototype names anywhere in a request', () => {
  let fx: GatewayFixture;
  let userId: string;
  let groupId: string;
  beforeAll(async () => {
    fx = await gatewayInTempDir();
    const created = await fx.request('POST', '/Users', {
      body: { schemas: [USER], userName: 'proto@example.com', name: { givenName: 'P', familyName: 'Q' } },
    });
    userId = created.body.id;
    const group = await fx.request('POST', '/Groups', {
      body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Proto group' },
    });
    groupId = group.body.id;
  });
  afterAll(() => fx.dispose());
  afterEach(() => {
    expect(fx.internalErrors).toEqual([]);
  });

  const expectOrdinary = (answer: { status: number; body: any }, where: string) => {
    expect(answer.status, where).toBeLessThan(500);
    if (answer.status >= 400) expect(answer.body?.schemas, where).toEqual([SCIM_ERROR]);
  };

  it.each(NAMES)('%s in the path, with and without a token', async (name) => {
    for (const path of [
      `/${name}`,
      `/${name}/x`,
      `/Users/${name}`,
      `/Groups/${name}`,
      `/Schemas/${name}`,
      `/ResourceTypes/${name}`,
    ]) {
      for (const token of [fx.token, null]) {
        for (const method of ['GET', 'DELETE', 'PATCH', 'PUT', 'POST']) {
          expectOrdinary(
            await fx.request(method, path, { token, ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }) }),
            `${method} ${path}`,
          );
        }
      }
    }
  });

  it.each(NAMES)('%s in filters, sortBy, attributes and excludedAttributes', async (name) => {
    const queries = [
      `filter=${name} eq "x"`,
      `filter=${name}.${name} eq "x"`,
      `filter=name.${name} eq "x"`,
      `filter=emails[${name} eq "x"]`,
      `filter=emails[type eq "work"].${name} eq "x"`,
      `filter=${name} pr`,
      `filter=urn:ietf:params:scim:schemas:core:2.0:User:${name} eq "x"`,
      `sortBy=${name}`,
      `sortBy=name.${name}`,
      `attributes=${name}`,
      `attributes=name.${name}`,
      `excludedAttributes=${name}`,
      `excludedAttributes=emails.${name}`,
    ];
    for (const query of queries) {
      for (const resource of ['Users', 'Groups']) {
        const path = `/${resource}?${query.replace(/ /g, '%20').replace(/"/g, '%22')}`;
        expectOrdinary(await fx.request('GET', path), path);
      }
      expectOrdinary(await fx.request('GET', `/Users/${userId}?${query.replace(/ /g, '%20')}`), `user ${query}`);
    }
  });

  it.each(NAMES)('%s as a PATCH path and as attribute names in PATCH, PUT and POST bodies', async (name) => {
    const patch = (operations: unknown[]) => ({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: operations,
    });
    const patches = [
      [{ op: 'replace', path: name, value: 'x' }],
      [{ op: 'add', path: name, value: { a: 1 } }],
      [{ op: 'remove', path: name }],
      [{ op: 'replace', path: `name.${name}`, value: 'x' }],
      [{ op: 'replace', path: `emails[${name} eq "x"].value`, value: 'x' }],
      [{ op: 'replace', path: `emails[type eq "work"].${name}`, value: 'x' }],
      [{ op: 'replace', path: `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:${name}`, value: 'x' }],
      [{ op: 'replace', value: { [name]: 'x' } }],
      [{ op: 'replace', value: { name: { [name]: 'x' } } }],
      [{ [name]: 'replace', path: 'displayName', value: 'x' }],
      [{ op: name, path: 'displayName', value: 'x' }],
    ];
    for (const operations of patches) {
      expectOrdinary(
        await fx.request('PATCH', `/Users/${userId}`, { body: patch(operations) }),
        `users ${JSON.stringify(operations)}`,
      );
      expectOrdinary(
        await fx.request('PATCH', `/Groups/${groupId}`, { body: patch(operations) }),
        `groups ${JSON.stringify(operations)}`,
      );
    }
    const bodies = [
      `{"schemas":["${USER}"],"userName":"p-${name}@example.com","${name}":{"x":1}}`,
      `{"schemas":["${USER}"],"userName":"q-${name}@example.com","name":{"${name}":"x","givenName":"a"}}`,
      `{"schemas":["${USER}"],"userName":"r-${name}@example.com","emails":[{"value":"a@b.c","${name}":"x"}]}`,
      `{"schemas":["${USER}","urn:x:${name}"],"userName":"s-${name}@example.com","urn:x:${name}":{"${name}":1}}`,
    ];
    for (const body of bodies) {
      expectOrdinary(await fx.request('POST', '/Users', { body }), `POST ${body}`);
      expectOrdinary(
        await fx.request('PUT', `/Users/${userId}`, {
          body: body.replace(/"userName":"[^"]+"/, '"userName":"proto@example.com"'),
        }),
        `PUT ${body}`,
      );
    }
    expectOrdinary(
      await fx.request('POST', '/Groups', {
        body: `{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"g ${name}","${name}":1,"members":[{"value":"${userId}","${name}":1}]}`,
      }),
      'POST group',
    );
  });
});
