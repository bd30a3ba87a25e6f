// POST /Users/.search, /Groups/.search and /.search (RFC 7644 section 3.4.3): the SearchRequest in the
// body becomes the query a GET list carries (scim/search-request.ts), and the list routes answer it,
// so both methods share one engine: filter, sort, paging, projection, limits and refusals.
//
// At the base path the search spans Users then Groups: one list in that order, each type sorted by
// sortBy within itself; startIndex and count page that concatenation, and totalResults is the sum of
// both types' totals. A filter is applied to each type with that type's schema: an attribute the type
// does not have matches nothing there (RFC 7644 section 3.4.2.1), and a filter either type refuses is
// refused. Cursor paging spans one resource type, so it is refused there.
import type { Route, RouteLog, RouteRequest, RouteResponse } from '../http/gateway-types';
import { parseListParams } from '../scim/list-params';
import { ScimError } from '../scim/scim-error';
import { LIST_RESPONSE_URN } from '../scim/scim-urns';
import { searchQuery } from '../scim/search-request';
import type { Services } from '../../services/services';
import { listGroups } from './groups-routes';
import { listUsers } from './users-routes';

/** The POST as the GET list it asks for; the request's own query string is not read (the body is the request). */
const asList = (request: RouteRequest, query: URLSearchParams): RouteRequest => ({
  method: 'GET',
  id: null,
  query,
  headers: request.headers,
  baseUrl: request.baseUrl,
  body: () => Promise.resolve(undefined),
});

export const searchUsers: Route = async (request, services, log) =>
  listUsers(asList(request, searchQuery(await request.body())), services, log);

export const searchGroups: Route = async (request, services, log) =>
  listGroups(asList(request, searchQuery(await request.body())), services, log);

interface ListPage {
  totalResults: number;
  Resources: unknown[];
}

async function pageOf(list: Route, request: RouteRequest, services: Services, log: RouteLog): Promise<ListPage> {
  const answer: RouteResponse = await list(request, services, log);
  return (answer.json === undefined ? answer.body : JSON.parse(answer.json)) as ListPage;
}

export const searchAll: Route = async (request, services, log) => {
  const query = searchQuery(await request.body());
  if (query.has('cursor'))
    throw new ScimError(
      400,
      'invalidValue',
      '"cursor": cursor paging spans one resource type; search /Users/.search or /Groups/.search.',
    );
  const { startIndex, count } = parseListParams(query);
  const part = (start: number, size: number) => {
    const own = new URLSearchParams(query);
    own.set('startIndex', String(start));
    own.set('count', String(size));
    return asList(request, own);
  };
  const users = await pageOf(listUsers, part(startIndex, count), services, log);
  // The groups' part of the page starts where the users' list ended.
  const groupsStart = Math.max(1, startIndex - users.totalResults);
  const groups = await pageOf(listGroups, part(groupsStart, count - users.Resources.length), services, log);
  const Resources = [...users.Resources, ...groups.Resources];
  return {
    status: 200,
    body: {
      schemas: [LIST_RESPONSE_URN],
      totalResults: users.totalResults + groups.totalResults,
      itemsPerPage: Resources.length,
      startIndex,
      Resources,
    },
  };
};
