// /Users: list (filter, paging, sort, projection), get, create, replace (PUT), patch, delete.
import type { Route, RouteLog, RouteRequest } from '../http/gateway-types';
import { callerOf } from '../list/list-cursor';
import { listUsers as listUserPage } from '../list/user-list';
import { applyPatchToOwnCopy } from '../patch/apply-patch';
import { etagOf, readCondition, writeCondition } from '../scim/etag';
import type { Filter } from '../filter/index';
import { parseListParams } from '../scim/list-params';
import { USER_URN } from '../scim/scim-urns';
import { isIdentity, project, projectionOf } from '../scim/projection';
import { ScimError } from '../scim/scim-error';
import { renderUser, renderUserJson, storedUser } from '../scim/user-renderer';
import { sanitizeUser, type ScimObject } from '../scim/user-sanitizer';
import type { EmployeeRow } from '../../services/employees/employee-query';

/**
 * The list engine (list/user-list.ts) pages; POST /.search can call it with the same ListParams. A
 * lookup of one userName (`userName eq "ann@example.com"`, what an identity provider sends before it
 * creates or matches a user) is logged under that name, so Activity lists it with the user's requests.
 */
export const listUsers: Route = (request, services, log) => {
  const params = parseListParams(request.query);
  log.userName = lookedUpUserName(params.filter);
  return listUserPage(params, services, request.baseUrl, callerOf(request.headers));
};

function lookedUpUserName(filter: Filter | null): string | null {
  if (filter?.kind !== 'compare' || filter.op !== 'eq' || typeof filter.value !== 'string') return null;
  const { path } = filter;
  const core = path.uri === undefined || path.uri.toLowerCase() === USER_URN.toLowerCase();
  return core && path.subAttribute === undefined && path.name.toLowerCase() === 'username' ? filter.value : null;
}

export const getUser: Route = (request, services, log) => {
  const params = parseListParams(request.query);
  if (isIdentity(params.projection)) {
    // The read fast path: only the columns rendering needs, and the stored JSON spliced, not re-parsed.
    const row = visible(request, services.employees.renderable(request.id!), log);
    const conditional = readCondition(request.headers, row.version);
    if (conditional) return conditional;
    const json = renderUserJson(row, request.baseUrl, () => services.employees.get(row.id)!);
    return { status: 200, json, headers: { ETag: etagOf(row.version) } };
  }
  const row = visible(request, services.employees.get(request.id!), log);
  const conditional = readCondition(request.headers, row.version);
  if (conditional) return conditional;
  return withResource(200, row, project(renderUser(row, request.baseUrl), params.projection));
};

export const createUser: Route = async (request, services, log) => {
  const resource = sanitizeUser(await request.body());
  noteUser(log, resource);
  const { employee, changes } = services.employees.create(resource);
  log.resourceId = employee.id;
  log.changes = changes;
  return written(201, employee, request, { Location: `${request.baseUrl}/Users/${employee.id}` });
};

export const replaceUser: Route = async (request, services, log) => {
  const resource = sanitizeUser(await request.body());
  noteUser(log, resource);
  log.resourceId = request.id;
  const { employee, changes } = services.employees.replace(request.id!, resource, writeCondition(request.headers));
  log.changes = changes;
  return written(200, employee, request);
};

export const patchUser: Route = async (request, services, log) => {
  const body = await request.body();
  const current = visible(request, services.employees.get(request.id!), log);
  // The stored resource never holds id or meta: the sanitizer drops both before anything is stored.
  // storedUser builds a new object each call, so the patch may work on it in place.
  const resource = sanitizeUser(applyPatchToOwnCopy(storedUser(current), body, 'User'));
  noteUser(log, resource);
  // `current` goes along: the update's version guard refuses it if another write came first. The
  // conditional headers are judged after the patch, so a bad patch is 400 rather than 412.
  const { employee, changes } = services.employees.replace(current.id, resource, writeCondition(request.headers), current);
  log.changes = changes;
  return written(200, employee, request);
};

export const deleteUser: Route = (request, services, log) => {
  const current = visible(request, services.employees.get(request.id!), log);
  const { changes } = services.employees.delete(current.id, writeCondition(request.headers));
  log.changes = changes;
  return { status: 204 };
};

function visible<Row extends Pick<EmployeeRow, 'userName' | 'externalId'>>(
  request: RouteRequest,
  row: Row | undefined,
  log: RouteLog,
): Row {
  log.resourceId = request.id;
  if (!row) throw new ScimError(404, undefined, `User ${request.id} not found.`);
  log.userName = row.userName;
  log.externalId = row.externalId;
  return row;
}

function noteUser(log: RouteLog, resource: ScimObject): void {
  log.userName = typeof resource.userName === 'string' ? resource.userName : null;
  log.externalId = typeof resource.externalId === 'string' ? resource.externalId : null;
}

/** A written user as answered: the stored JSON spliced, or projected when attributes= asks for less. */
function written(status: number, employee: EmployeeRow, request: RouteRequest, headers: Record<string, string> = {}) {
  const projection = projectionOf(request.query);
  const withTag = { ...headers, ETag: etagOf(employee.version) };
  if (isIdentity(projection)) {
    return { status, json: renderUserJson(employee, request.baseUrl, () => employee), headers: withTag };
  }
  return { status, body: project(renderUser(employee, request.baseUrl), projection), headers: withTag };
}

function withResource(status: number, row: EmployeeRow, body: ScimObject) {
  return { status, body, headers: { ETag: etagOf(row.version) } as Record<string, string> };
}
