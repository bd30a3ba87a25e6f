// Maps "<method> <path under the base path>" to a route. The base path comes from the Tenant URL on
// every request, so a URL saved in the console applies without a restart.
import type { Route } from './gateway-types';
import { getResourceTypes, getSchemas, getServiceProviderConfig } from '../routes/discovery-routes';
import { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from '../routes/groups-routes';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from '../routes/users-routes';

export interface Matched {
  route: Route;
  resourceType: string;
  id: string | null;
}

type Table = Record<string, { collection: Partial<Record<string, Route>>; item: Partial<Record<string, Route>> }>;

const TABLE: Table = {
  users: {
    collection: { GET: listUsers, POST: createUser },
    item: { GET: getUser, PUT: replaceUser, PATCH: patchUser, DELETE: deleteUser },
  },
  groups: {
    collection: { GET: listGroups, POST: createGroup },
    item: { GET: getGroup, PUT: replaceGroup, PATCH: patchGroup, DELETE: deleteGroup },
  },
  serviceproviderconfig: { collection: { GET: getServiceProviderConfig }, item: {} },
  resourcetypes: { collection: { GET: getResourceTypes }, item: { GET: getResourceTypes } },
  schemas: { collection: { GET: getSchemas }, item: { GET: getSchemas } },
};

const RESOURCE_NAMES: Record<string, string> = {
  users: 'User',
  groups: 'Group',
  serviceproviderconfig: 'ServiceProviderConfig',
  resourcetypes: 'ResourceType',
  schemas: 'Schema',
};

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
  const entry = collection === undefined ? undefined : TABLE[collection.toLowerCase()];
  if (!entry || segments.length > 2) return { ok: false, status: 404, detail: `No such endpoint: ${pathname}` };
  const routes = rawId === undefined ? entry.collection : entry.item;
  if (routes.GET === undefined) return { ok: false, status: 404, detail: `No such endpoint: ${pathname}` };
  // HEAD is GET without the body (Node's response leaves the body out and keeps Content-Length).
  const route = routes[method] ?? (method === 'HEAD' ? routes.GET : undefined);
  if (!route) return { ok: false, status: 405, detail: `${method} is not supported on ${pathname}.`, allow: allowed(routes) };
  let id: string | null = null;
  try {
    id = rawId === undefined ? null : rawId.includes('%') ? decodeURIComponent(rawId) : rawId;
  } catch {
    return { ok: false, status: 404, detail: `No such resource: ${rawId}` };
  }
  return { ok: true, matched: { route, resourceType: RESOURCE_NAMES[collection!.toLowerCase()]!, id } };
}

function allowed(routes: Partial<Record<string, Route>>): string {
  const methods = Object.keys(routes);
  return (methods.includes('GET') ? [...methods, 'HEAD'] : methods).join(', ');
}
