// The Users list engine: one entry for every way a client lists users (GET /Users now; POST /.search can
// hand it the same ListParams). Pages come from the store as keyset pages, never by OFFSET over the rows
// before them:
// - cursor paging (RFC 9865): the cursor names the row the page continues after (or before);
// - index paging: a startIndex continuing a walk finds where the previous page ended (page-positions.ts);
//   a jump skips from the nearest remembered place in steps of SKIP_STEP rows, yielding to other
//   requests between steps, each step remembered for the next jump.
// totalResults is exact: a row read for every user, a count remembered until the table changes for a filter.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { TRUE } from '../filter/condition-builder';
import { filterToQuery } from '../filter/index';
import type { RouteResponse } from '../http/gateway-types';
import type { ListParams } from '../scim/list-params';
import { isIdentity, project } from '../scim/projection';
import { LIST_RESPONSE_URN } from '../scim/scim-urns';
import { renderUser, renderUserJson } from '../scim/user-renderer';
import { userSort } from '../routes/user-sort';
import {
  orderedByIndex,
  type EmployeeCondition,
  type EmployeePage,
  type EmployeePosition,
  type EmployeeSort,
} from '../../services/employees/employee-query';
import type { Services } from '../../services/services';
import { ListCursors, queryDigest } from './list-cursor';
import { PagePositions, type KnownOffset } from './page-positions';

/**
 * Rows a jump to a startIndex skips per step before letting other requests in. Measured in process at
 * 100,000 users on a loaded machine: a step of 10,000 rows took 2 ms in creation order, 3 ms by userName
 * (a keyset page 0.2-0.4 ms; the OFFSET page it replaced 58 ms at depth 50,000, 108 ms at the end).
 */
export const SKIP_STEP = 10_000;

const isPosition = (value: unknown): value is [Array<string | number>, string] =>
  Array.isArray(value) &&
  value.length === 2 &&
  Array.isArray(value[0]) &&
  value[0].every((key) => typeof key === 'string' || typeof key === 'number') &&
  typeof value[1] === 'string';
const cursors = new ListCursors('scim:Users', isPosition);
const placeOf = (position: EmployeePosition): [Array<string | number>, string] => [[...position.keys], position.id];
const positionOf = ([keys, id]: [Array<string | number>, string]): EmployeePosition => ({ keys, id });

// Per services (one database each): positions of one database mean nothing in another.
const positionsByServices = new WeakMap<Services, PagePositions>();

interface UserQuery {
  readonly filter: EmployeeCondition;
  readonly sort: EmployeeSort | null;
  /** The filter and sort as a digest: what a cursor is bound to. */
  readonly digest: string;
  /** The digest and the caller: whose page ends a startIndex continues from. */
  readonly positionsKey: string;
}

/**
 * `caller` names who lists (the gateway passes a digest of the bearer token): each caller's startIndex walk
 * continues from its own previous page, not another client's walk of the same query.
 */
export async function listUsers(params: ListParams, services: Services, baseUrl: string, caller = ''): Promise<RouteResponse> {
  const filter = params.filter ? filterToQuery(params.filter) : TRUE;
  const sort = userSort(params.sortBy, params.descending);
  const digest = queryDigest(['Users', filter, sort]);
  const query: UserQuery = { filter, sort, digest, positionsKey: `${caller} ${digest}` };
  return params.cursor === null
    ? byIndex(params, services, baseUrl, query)
    : byCursor(params, params.cursor, services, baseUrl, query);
}

async function byIndex(params: ListParams, services: Services, baseUrl: string, query: UserQuery): Promise<RouteResponse> {
  const offset = params.startIndex - 1;
  const header = (rows: number, totalResults: number) => ({
    schemas: [LIST_RESPONSE_URN],
    totalResults,
    itemsPerPage: rows,
    startIndex: params.startIndex,
  });
  if (offset === 0) {
    // A first page that is not full tells the total (Entra's userName lookup is always one such page).
    const page = params.count === 0 ? null : fetch(params, services, query, null, params.count);
    const rows = page?.rows.length ?? 0;
    const total = page !== null && rows < params.count ? rows : services.employees.count(query.filter);
    if (page !== null && rows === params.count) rememberEnd(services, query, offset, page);
    return answer(header(rows, total), page, params, baseUrl, services);
  }
  const total = services.employees.count(query.filter);
  if (params.count === 0) return answer(header(0, total), null, params, baseUrl, services);
  // A page that continues a walk starts after the previous page's last row, even when rows deleted behind
  // it made the offset pass the total: those rows were seen, the ones after it were not.
  const known = positionsOf(services).nearest(query.positionsKey, offset);
  const start =
    known?.offset === offset ? known.position : offset >= total ? undefined : await seek(services, query, offset, known);
  if (start === undefined) return answer(header(0, total), null, params, baseUrl, services);
  const page = fetch(params, services, query, start, params.count);
  rememberEnd(services, query, offset, page);
  return answer(header(page.rows.length, total), page, params, baseUrl, services);
}

async function byCursor(
  params: ListParams,
  cursor: string,
  services: Services,
  baseUrl: string,
  query: UserQuery,
): Promise<RouteResponse> {
  const { direction, place } = cursors.read(services.cursors, query.digest, cursor);
  const totalResults = services.employees.count(query.filter);
  const header: Record<string, unknown> = { schemas: [LIST_RESPONSE_URN], totalResults, itemsPerPage: 0 };
  if (params.count === 0) return answer(header, null, params, baseUrl, services);
  const at = place === null ? null : positionOf(place);
  const backward = direction === 'previous' && at !== null;
  // One row more than the page tells whether another page lies beyond it.
  const fetched = fetch(params, services, query, at, params.count + 1, backward);
  const more = fetched.rows.length > params.count;
  const page = !more ? fetched : backward ? sliced(fetched, 1, fetched.rows.length) : sliced(fetched, 0, params.count);
  const first = page.positions[0];
  const last = page.positions.at(-1);
  header.itemsPerPage = page.rows.length;
  const seal = services.cursors;
  if (last !== undefined ? backward || more : backward) {
    // Nothing before the place the client came back from: its row is the first, so the next page is the first.
    const after = last !== undefined ? placeOf(last) : null;
    header.nextCursor = cursors.make(seal, query.digest, 'next', after);
  }
  if (first !== undefined && (backward ? more : at !== null)) {
    header.previousCursor = cursors.make(seal, query.digest, 'previous', placeOf(first));
  }
  return answer(header, page, params, baseUrl, services);
}

type AnyPage = EmployeePage<{ id: string }>;

function fetch(
  params: ListParams,
  services: Services,
  query: UserQuery,
  after: EmployeePosition | null,
  limit: number,
  backward = false,
): AnyPage {
  const pageQuery = { filter: query.filter, sort: query.sort, limit, after, backward };
  return isIdentity(params.projection) ? services.employees.pageRenderable(pageQuery) : services.employees.page(pageQuery);
}

function sliced(page: AnyPage, from: number, to: number): AnyPage {
  return { rows: page.rows.slice(from, to), positions: page.positions.slice(from, to) };
}

function positionsOf(services: Services): PagePositions {
  let positions = positionsByServices.get(services);
  if (positions === undefined) {
    positions = new PagePositions();
    positionsByServices.set(services, positions);
  }
  return positions;
}

function rememberEnd(services: Services, query: UserQuery, offset: number, page: AnyPage): void {
  const last = page.positions.at(-1);
  if (last !== undefined) positionsOf(services).remember(query.positionsKey, offset + page.rows.length, last);
}

/**
 * The position of row number `offset` (1-based) of the query, from the nearest remembered one before it,
 * in steps. undefined: the list ends before it. An order no index gives is skipped in one step: each
 * step would sort every match again.
 */
async function seek(
  services: Services,
  query: UserQuery,
  offset: number,
  known: KnownOffset | null,
): Promise<EmployeePosition | undefined> {
  const positions = positionsOf(services);
  let at = known?.offset ?? 0;
  let position = known?.position ?? null;
  const step = orderedByIndex(query.sort) ? SKIP_STEP : Number.MAX_SAFE_INTEGER;
  while (at < offset) {
    if (at !== (known?.offset ?? 0)) await nextTurn();
    const rows = Math.min(step, offset - at);
    const next = services.employees.positionAfter(query.filter, query.sort, position, rows);
    if (next === null) return undefined;
    at += rows;
    position = next;
    positions.remember(query.positionsKey, at, position);
  }
  return position ?? undefined;
}

function answer(
  header: Record<string, unknown>,
  page: AnyPage | null,
  params: ListParams,
  baseUrl: string,
  services: Services,
): RouteResponse {
  const rows = page?.rows ?? [];
  if (isIdentity(params.projection)) {
    // The stored JSON spliced into the answer, not parsed and serialized again.
    const resources = (rows as Parameters<typeof renderUserJson>[0][]).map((row) =>
      renderUserJson(row, baseUrl, () => services.employees.get(row.id)!),
    );
    return { status: 200, json: `${JSON.stringify(header).slice(0, -1)},"Resources":[${resources.join(',')}]}` };
  }
  const Resources = (rows as Parameters<typeof renderUser>[0][]).map((row) =>
    project(renderUser(row, baseUrl), params.projection),
  );
  return { status: 200, body: { ...header, Resources } };
}
