// Maps "<method> <path under the base path>" to a route. The base path comes from the Tenant URL on
// every request, so a URL saved in the console applies without a restart.
import type { Route } from './gateway-types';
import { getResourceTypes, getSchemas, getServiceProviderConfig } from '../routes/discovery-routes';
import { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from '../routes/groups-routes';
import { searchAll, searchGroups, searchUsers } from '../routes/search-routes';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from '../routes/users-routes';

export interface Matched {
  route: Route;
  resourceType: string;
  id: string | null;
}

// Maps, not object literals: a path segment is request text, and `constructor` or `__proto__` looked up
// in a plain object finds Object.prototype's members instead of nothing.
type Methods = ReadonlyMap<string, Route>;
interface Endpoint {
  resourceType: string;
  collection: Methods;
  item: Methods;
  /** `<collection>/.search` (RFC 7644 section 3.4.3); `.search` is never an id (ids are the gateway's UUIDs). */
  search?: Methods;
}

const SEARCH = '.search';

const methods = (entries: Record<string, Route>): Methods => new Map(Object.entries(entries));

const TABLE: ReadonlyMap<string, Endpoint> = new Map([
  [
    'users',
    {
      resourceType: 'User',
      collection: methods({ GET: listUsers, POST: createUser }),
      item: methods({ GET: getUser, PUT: replaceUser, PATCH: patchUser, DELETE: deleteUser }),
      search: methods({ POST: searchUsers }),
    },
  ],
  [
    'groups',
    {
      resourceType: 'Group',
      collection: methods({ GET: listGroups, POST: createGroup }),
      item: methods({ GET: getGroup, PUT: replaceGroup, PATCH: patchGroup, DELETE: deleteGroup }),
      search: methods({ POST: searchGroups }),
    },
  ],
  [
    'serviceproviderconfig',
    { resourceType: 'ServiceProviderConfig', collection: methods({ GET: getServiceProviderConfig }), item: new Map() },
  ],
  [
    'resourcetypes',
    { resourceType: 'ResourceType', collection: methods({ GET: getResourceTypes }), item: methods({ GET: getResourceTypes }) },
  ],
  ['schemas', { resourceType: 'Schema', collection: methods({ GET: getSchemas }), item: methods({ GET: getSchemas }) }],
  // At the base path: Users and Groups at once.
  [SEARCH, { resourceType: 'Search', collection: methods({ POST: searchAll }), item: new Map() }],
]);

export type RouteMatch =
  | { ok: true; matched: Matched }
  | { ok: false; status: 404; detail: string }
  /** `allow` lists the methods the resource answers, for the 405's Allow header (RFC 9110 section 15.5.6). */
  | { ok: false; status: 405; detail: string; allow: string };

const nonEmpty = (segment: string) => segment !== '';

export function matchRoute(method: string, pathname: string, basePath: string): RouteMatch {
  const base = basePath.toLowerCase();
  const lower = pathname.toLowerCase();
  if (lower !== base && !lower.startsWith(`${base}/`)) {
    return { ok: false, status: 404, detail: `Not a SCIM endpoint: the base path is ${basePath || '/'}.` };
  }
  const segments = pathname.slice(basePath.length).split('/').filter(nonEmpty);
  const [collection, rawId] = segments;
  const entry = collection === undefined ? undefined : TABLE.get(collection.toLowerCase());
  if (!entry || segments.length > 2) return { ok: false, status: 404, detail: `No such endpoint: ${pathname}` };
  const search = rawId !== undefined && rawId.toLowerCase() === SEARCH ? entry.search : undefined;
  const routes = rawId === undefined ? entry.collection : (search ?? entry.item);
  if (routes.size === 0) return { ok: false, status: 404, detail: `No such endpoint: ${pathname}` };
  // HEAD is GET without the body (Node's response leaves the body out and keeps Content-Length).
  const route = routes.get(method) ?? (method === 'HEAD' ? routes.get('GET') : undefined);
  if (!route) return { ok: false, status: 405, detail: `${method} is not supported on ${pathname}.`, allow: allowed(routes) };
  let id: string | null = null;
  try {
    id = rawId === undefined || search !== undefined ? null : rawId.includes('%') ? decodeURIComponent(rawId) : rawId;
  } catch {
    return { ok: false, status: 404, detail: `No such resource: ${rawId}` };
  }
  return { ok: true, matched: { route, resourceType: entry.resourceType, id } };
}

function allowed(routes: Methods): string {
  const names = [...routes.keys()];
  return (routes.has('GET') ? [...names, 'HEAD'] : names).join(', ');
}
