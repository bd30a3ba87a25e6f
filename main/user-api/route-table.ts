// Maps "<method> /api/v1/<path>" to a route, the scope it needs (null: no token needed) and the resource
// type the Activity log records. Paths are case-sensitive, as in most JSON APIs (SCIM's are not).
import type { ApiScope } from '../../preload/token-kinds';
import { API_BASE_PATH, type ApiRoute } from './api-types';
import { createEmployee, deleteEmployee, getEmployee, listEmployees, patchEmployee } from './employee-routes';
import { getOpenApiDocument } from './openapi-document';
import { listOrganizations } from './organization-routes';
import { ProblemError } from './problem';

export interface ApiEndpoint {
  route: ApiRoute;
  scope: ApiScope | null;
  resourceType: string;
}

// Maps, not object literals: path segments and methods are request text, and `constructor` or
// `__proto__` looked up in a plain object finds Object.prototype's members instead of nothing.
type Methods = ReadonlyMap<string, ApiEndpoint>;
const employee = (route: ApiRoute, scope: ApiScope): ApiEndpoint => ({ route, scope, resourceType: 'Employee' });

const COLLECTIONS: ReadonlyMap<string, { collection: Methods; item: Methods | null }> = new Map([
  [
    'openapi.json',
    { collection: new Map([['GET', { route: getOpenApiDocument, scope: null, resourceType: 'OpenAPI' }]]), item: null },
  ],
  [
    'employees',
    {
      collection: new Map([
        ['GET', employee(listEmployees, 'employees:read')],
        ['POST', employee(createEmployee, 'employees:write')],
      ]),
      item: new Map([
        ['GET', employee(getEmployee, 'employees:read')],
        ['PATCH', employee(patchEmployee, 'employees:write')],
        ['DELETE', employee(deleteEmployee, 'employees:write')],
      ]),
    },
  ],
  [
    'organizations',
    {
      collection: new Map([['GET', { route: listOrganizations, scope: 'employees:read', resourceType: 'Organization' }]]),
      item: null,
    },
  ],
]);

/** The endpoint for a request under API_BASE_PATH, or a 404/405 problem (405 with Allow). */
export function matchApiRoute(method: string, pathname: string): { endpoint: ApiEndpoint; id: string | null } {
  const segments = pathname.slice(API_BASE_PATH.length + 1).split('/');
  const entry = pathname.startsWith(`${API_BASE_PATH}/`) ? COLLECTIONS.get(segments[0]!) : undefined;
  if (entry === undefined || segments.length > 2 || (segments.length === 2 && (entry.item === null || segments[1] === ''))) {
    throw new ProblemError('not_found', `There is no resource at ${pathname.slice(0, 200)}; see ${API_BASE_PATH}/openapi.json.`);
  }
  const methods = segments.length === 2 ? entry.item! : entry.collection;
  const endpoint = methods.get(method);
  if (endpoint === undefined) {
    const allow = [...methods.keys()].join(', ');
    throw new ProblemError('method_not_allowed', `${method.slice(0, 20)} is not allowed here; use ${allow}.`, undefined, {
      Allow: allow,
    });
  }
  return { endpoint, id: segments.length === 2 ? decodeId(segments[1]!) : null };
}

function decodeId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ProblemError('not_found', 'There is no employee with this id.');
  }
}
