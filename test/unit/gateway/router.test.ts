// Which route a request reaches: the base path in any case, empty segments ignored, the id
// percent-decoded, HEAD as GET, and 404 / 405 (with the methods allowed) for what is not there.
import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../main/gateway/http/router';
import { searchAll, searchGroups, searchUsers } from '../../../main/gateway/routes/search-routes';
import { getUser, listUsers } from '../../../main/gateway/routes/users-routes';

const BASE = '/scim/v2';

describe('matchRoute', () => {
  it('finds a collection and an item, with the base path and collection in any case and a trailing slash', () => {
    expect(matchRoute('GET', '/scim/v2/Users', BASE)).toEqual({
      ok: true,
      matched: { route: listUsers, resourceType: 'User', id: null },
    });
    expect(matchRoute('GET', '/SCIM/V2/users/', BASE)).toEqual({
      ok: true,
      matched: { route: listUsers, resourceType: 'User', id: null },
    });
    expect(matchRoute('GET', '/scim/v2/Users/u-1', BASE)).toEqual({
      ok: true,
      matched: { route: getUser, resourceType: 'User', id: 'u-1' },
    });
  });

  it('decodes a percent-encoded id, and refuses a malformed one with 404', () => {
    expect(matchRoute('GET', '/scim/v2/Users/ann%40example.com', BASE)).toMatchObject({
      ok: true,
      matched: { id: 'ann@example.com' },
    });
    expect(matchRoute('GET', '/scim/v2/Users/%E0%A4%A', BASE)).toEqual({
      ok: false,
      status: 404,
      detail: 'No such resource: %E0%A4%A',
    });
  });

  it('answers 404 outside the base path, for unknown collections and for extra segments; 405 for an unsupported method', () => {
    expect(matchRoute('GET', '/scim/v2x/Users', BASE)).toMatchObject({ ok: false, status: 404 });
    expect(matchRoute('GET', '/scim/v2/Widgets', BASE)).toMatchObject({ ok: false, status: 404 });
    expect(matchRoute('GET', '/scim/v2/Users/u-1/extra', BASE)).toMatchObject({ ok: false, status: 404 });
    expect(matchRoute('DELETE', '/scim/v2/Users', BASE)).toEqual({
      ok: false,
      status: 405,
      detail: 'DELETE is not supported on /scim/v2/Users.',
      allow: 'GET, POST, HEAD',
    });
    expect(matchRoute('OPTIONS', '/scim/v2/Groups/g-1', BASE)).toMatchObject({
      status: 405,
      allow: 'GET, PUT, PATCH, DELETE, HEAD',
    });
    expect(matchRoute('POST', '/scim/v2/ServiceProviderConfig', BASE)).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    // ServiceProviderConfig is a single document: nothing lives below it.
    expect(matchRoute('GET', '/scim/v2/ServiceProviderConfig/x', BASE)).toMatchObject({ ok: false, status: 404 });
  });

  it('answers HEAD with the GET route (Node sends the headers without the body)', () => {
    expect(matchRoute('HEAD', '/scim/v2/Users/u-1', BASE)).toEqual({
      ok: true,
      matched: { route: getUser, resourceType: 'User', id: 'u-1' },
    });
    expect(matchRoute('HEAD', '/scim/v2/Users', BASE)).toEqual({
      ok: true,
      matched: { route: listUsers, resourceType: 'User', id: null },
    });
  });
});

describe('matchRoute for POST .search (RFC 7644 section 3.4.3)', () => {
  it('routes .search under Users, Groups and the base path, with no id, POST only', () => {
    expect(matchRoute('POST', '/scim/v2/Users/.search', BASE)).toEqual({
      ok: true,
      matched: { route: searchUsers, resourceType: 'User', id: null },
    });
    expect(matchRoute('POST', '/scim/v2/groups/.SEARCH', BASE)).toEqual({
      ok: true,
      matched: { route: searchGroups, resourceType: 'Group', id: null },
    });
    expect(matchRoute('POST', '/scim/v2/.search', BASE)).toEqual({
      ok: true,
      matched: { route: searchAll, resourceType: 'Search', id: null },
    });
    for (const path of ['/scim/v2/Users/.search', '/scim/v2/.search']) {
      expect(matchRoute('GET', path, BASE)).toMatchObject({ ok: false, status: 405, allow: 'POST' });
    }
    expect(matchRoute('POST', '/scim/v2/.search/x', BASE)).toMatchObject({ ok: false, status: 404 });
    expect(matchRoute('POST', '/scim/v2/Schemas/.search', BASE)).toMatchObject({ ok: false, status: 405 });
  });
});

describe('matchRoute with the names of Object.prototype', () => {
  const NAMES = ['constructor', '__proto__', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];
  it.each(NAMES)('%s as the collection is 404, as the id it is an id, as a method 405', (name) => {
    expect(matchRoute('GET', `/scim/v2/${name}`, BASE)).toMatchObject({ ok: false, status: 404 });
    expect(matchRoute('GET', `/scim/v2/${name}/x`, BASE)).toMatchObject({ ok: false, status: 404 });
    expect(matchRoute('GET', `/scim/v2/Users/${name}`, BASE)).toEqual({
      ok: true,
      matched: { route: getUser, resourceType: 'User', id: name },
    });
    expect(matchRoute(name, '/scim/v2/Users', BASE)).toMatchObject({ ok: false, status: 405, allow: 'GET, POST, HEAD' });
    expect(matchRoute(name.toUpperCase(), '/scim/v2/Users/u-1', BASE)).toMatchObject({ ok: false, status: 405 });
  });
});
