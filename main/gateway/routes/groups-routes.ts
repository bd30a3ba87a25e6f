// /Groups: list (list/group-list.ts), get, create, replace, patch (members alone by their rows), delete.
import type { Route, RouteLog, RouteRequest } from '../http/gateway-types';
import { listGroups as listGroupPage } from '../list/group-list';
import { applyPatch } from '../patch/apply-patch';
import { readPatchRequest } from '../patch/patch-request';
import { etagOf, readCondition, writeCondition } from '../scim/etag';
import { renderGroup } from '../scim/group-renderer';
import { sanitizeGroup } from '../scim/group-sanitizer';
import { parseListParams } from '../scim/list-params';
import { groupJson } from '../scim/group-json';
import { isIdentity, project, projectionOf, showsAttribute } from '../scim/projection';
import { ScimError } from '../scim/scim-error';
import type { GroupRow, GroupWithMembers, MemberAction } from '../../services/groups/group-provisioning';
import type { Services } from '../../services/services';
import { memberActions } from './group-member-patch';

/** A group with at most this many members is answered whole after a member PATCH; a larger one gets 204. */
const MEMBERS_ANSWERED = 1000;

/** The list engine (list/group-list.ts) pages; POST /.search can call it with the same ListParams. */
export const listGroups: Route = (request, services) => listGroupPage(parseListParams(request.query), services, request.baseUrl);

export const getGroup: Route = (request, services, log) => {
  log.resourceId = request.id;
  const group = services.groups.group(request.id!);
  if (!group) throw new ScimError(404, undefined, `Group ${request.id} not found.`);
  return readCondition(request.headers, group.version) ?? answer(200, group, request, services);
};

export const createGroup: Route = async (request, services, log) => {
  const resource = sanitizeGroup(await request.body());
  const created = services.groups.create(resource);
  log.resourceId = created.group.id;
  log.userName = created.group.displayName;
  log.changes = created.changes;
  const response = respond(201, created, request);
  response.headers.Location = `${request.baseUrl}/Groups/${created.group.id}`;
  return response;
};

export const replaceGroup: Route = async (request, services, log) => {
  const resource = sanitizeGroup(await request.body());
  log.resourceId = request.id;
  const replaced = services.groups.replace(request.id!, resource, writeCondition(request.headers));
  log.userName = replaced.group.displayName;
  log.changes = replaced.changes;
  return respond(200, replaced, request);
};

export const patchGroup: Route = async (request, services, log) => {
  const body = await request.body();
  const members = memberActions(readPatchRequest(body));
  if (members !== null) return patchMembers(request, services, log, members);
  const current = visible(request, services, log);
  const { id: _id, meta: _meta, ...stored } = renderGroup(current, request.baseUrl);
  const patched = sanitizeGroup(applyPatch(stored, body, 'Group'));
  // The patch applies to the version read here; the conditional headers are judged after it (400 before 412).
  const condition = writeCondition(request.headers);
  const updated = services.groups.replace(
    current.group.id,
    patched,
    (version) => version === current.group.version && (condition?.(version) ?? true),
  );
  log.userName = updated.group.displayName;
  log.changes = updated.changes;
  // Okta and Entra send member changes with no use for the group in the answer: 204 saves the work.
  if (request.headers.prefer === 'return=minimal') return { status: 204, headers: { ETag: etagOf(updated.group.version) } };
  return respond(200, updated, request);
};

export const deleteGroup: Route = (request, services, log) => {
  const current = visible(request, services, log);
  services.groups.delete(current.group.id, writeCondition(request.headers));
  return { status: 204 };
};

/**
 * A PATCH of members only: applied to the membership rows (its cost is what it changes). The answer is
 * the group when it is small or the projection leaves members out; a large group's answer is 204 with
 * its ETag (RFC 7644 section 3.5.2 allows either), so a member change never renders 100,000 members.
 */
function patchMembers(request: RouteRequest, services: Services, log: RouteLog, actions: MemberAction[]) {
  log.resourceId = request.id;
  const { group, changes } = services.groups.changeMembers(request.id!, actions, writeCondition(request.headers));
  log.userName = group.displayName;
  log.changes = changes;
  const minimal = { status: 204, headers: { ETag: etagOf(group.version) } as Record<string, string> };
  if (request.headers.prefer === 'return=minimal') return minimal;
  const projection = projectionOf(request.query);
  const small = services.groups.someMemberIds(group.id, MEMBERS_ANSWERED + 1).length <= MEMBERS_ANSWERED;
  return small || !showsAttribute(projection, 'members') ? answer(200, group, request, services) : minimal;
}

/** A group read or member PATCH answered whole: members streamed into the text, or read only when shown. */
function answer(status: number, group: GroupRow, request: RouteRequest, services: Services) {
  const projection = projectionOf(request.query);
  const headers = { ETag: etagOf(group.version) } as Record<string, string>;
  if (isIdentity(projection))
    return { status, json: groupJson(group, services.groups.eachMember(group.id), request.baseUrl), headers };
  const members = showsAttribute(projection, 'members') ? services.groups.members(group.id) : [];
  return { status, body: project(renderGroup({ group, members }, request.baseUrl), projection), headers };
}

function visible(request: RouteRequest, services: Services, log: RouteLog): GroupWithMembers {
  log.resourceId = request.id;
  const group = services.groups.get(request.id!);
  if (!group) throw new ScimError(404, undefined, `Group ${request.id} not found.`);
  // The group's name, so the log says which group (a User's row holds its userName here).
  log.userName = group.group.displayName;
  return group;
}

/** A resource answer, projected by the request's attributes/excludedAttributes (reads and writes alike). */
function respond(status: number, group: GroupWithMembers, request: RouteRequest) {
  return {
    status,
    body: project(renderGroup(group, request.baseUrl), projectionOf(request.query)),
    headers: { ETag: etagOf(group.group.version) } as Record<string, string>,
  };
}
