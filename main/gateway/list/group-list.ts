// The Groups list engine (GET /Groups; POST /.search can call it with the same ListParams). Groups are
// few, so they are filtered and sorted in memory; members are read only when the answer shows them
// (Entra lists with excludedAttributes=members). Index paging and RFC 9865 cursors: a group cursor
// names a place in the sorted list by the number of groups before it.
import { createFilterPredicate, filterNames } from '../filter/index';
import type { RouteResponse } from '../http/gateway-types';
import { GROUP_PATCH_SCHEMA } from '../patch/attribute-types';
import { renderGroup } from '../scim/group-renderer';
import type { ListParams } from '../scim/list-params';
import { project, showsAttribute } from '../scim/projection';
import { LIST_RESPONSE_URN } from '../scim/scim-urns';
import { sortGroups } from '../routes/group-sort';
import type { Services } from '../../services/services';
import { ListCursors, queryDigest } from './list-cursor';

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const cursors = new ListCursors('scim:Groups', isOffset);

export function listGroups(params: ListParams, services: Services, baseUrl: string): RouteResponse {
  // A filter may test members it does not show (`members.value eq "..."`).
  const filtersMembers = params.filter !== null && filterNames(params.filter, 'members');
  const showMembers = filtersMembers || showsAttribute(params.projection, 'members');
  const all = services.groups
    .all()
    .map((group) => renderGroup({ group, members: showMembers ? services.groups.members(group.id) : [] }, baseUrl));
  let matching = all;
  if (params.filter) {
    // A FilterError (a comparison the schema refuses) is answered 400 invalidFilter by the handler.
    const matches = createFilterPredicate(params.filter, GROUP_PATCH_SCHEMA);
    matching = all.filter((group) => matches(group));
  }
  const ordered = sortGroups(matching, params.sortBy, params.descending);
  const header: Record<string, unknown> = { schemas: [LIST_RESPONSE_URN], totalResults: matching.length };
  let from: number;
  if (params.cursor === null) {
    from = params.startIndex - 1;
    header.startIndex = params.startIndex;
  } else {
    const digest = queryDigest(['Groups', params.filter, params.sortBy?.toLowerCase() ?? null, params.descending]);
    const { direction, place } = cursors.read(services.cursors, digest, params.cursor);
    from = direction === 'next' ? (place ?? 0) : Math.max(0, (place ?? 0) - params.count);
    const to = Math.min(from + params.count, ordered.length);
    if (params.count > 0 && to < ordered.length) header.nextCursor = cursors.make(services.cursors, digest, 'next', to);
    if (params.count > 0 && from > 0) header.previousCursor = cursors.make(services.cursors, digest, 'previous', from);
  }
  const page = params.count === 0 ? [] : ordered.slice(from, from + params.count);
  header.itemsPerPage = page.length;
  return { status: 200, body: { ...header, Resources: page.map((group) => project(group, params.projection)) } };
}
