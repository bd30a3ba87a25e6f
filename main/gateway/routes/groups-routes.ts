// /Groups: list (filtered and sorted in memory: groups are few), get, create, replace, patch, delete.
import { createFilterPredicate } from '../filter/index';
import type { Route, RouteLog, RouteRequest } from '../http/gateway-types';
import { GROUP_PATCH_SCHEMA } from '../patch/attribute-types';
import { applyPatch } from '../patch/apply-patch';
import { etagOf, readCondition, writeCondition } from '../scim/etag';
import { renderGroup } from '../scim/group-renderer';
import { sanitizeGroup } from '../scim/group-sanitizer';
import { parseListParams } from '../scim/list-params';
import { project, projectionOf } from '../scim/projection';
import { ScimError } from '../scim/scim-error';
import { sameName } from '../scim/attribute-name';
import { LIST_RESPONSE_URN } from '../scim/scim-urns';
import type { GroupWithMembers } from '../../services/groups/group-provisioning';
import type { Services } from '../../services/services';
import { sortGroups } from './group-sort';

export const listGroups: Route = (request, services) => {
  const params = parseListParams(request.query);
  // Members are only loaded when the response shows them (Entra lists with excludedAttributes=members).
  const showMembers = !params.projection.excluded.some((a) => sameName(a, 'members'));
  const all = services.groups
    .all()
    .map((group) => renderGroup({ group, members: showMembers ? services.groups.members(group.id) : [] }, request.baseUrl));
  let matching = all;
  if (params.filter) {
    // A FilterError (a comparison the schema refuses) is answered 400 invalidFilter by the handler.
    const matches = createFilterPredicate(params.filter, GROUP_PATCH_SCHEMA);
    matching = all.filter((group) => matches(group));
  }
  const ordered = sortGroups(matching, params.sortBy, params.descending);
  const page = params.count === 0 ? [] : ordered.slice(params.startIndex - 1, params.startIndex - 1 + params.count);
  return {
    status: 200,
    body: {
      schemas: [LIST_RESPONSE_URN],
      totalResults: matching.length,
      itemsPerPage: page.length,
      startIndex: params.startIndex,
      Resources: page.map((group) => project(group, params.projection)),
    },
  };
};

export const getGroup: Route = (request, services, log) => {
  const group = visible(request, services, log);
  return readCondition(request.headers, group.group.version) ?? respond(200, group, request);
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
