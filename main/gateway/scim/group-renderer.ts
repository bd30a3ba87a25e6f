// Builds the Group resource the gateway returns: the stored resource plus members from the
// membership table and meta.
import type { GroupWithMembers } from '../../services/groups/group-provisioning';
import { etagOf } from './etag';
import { GROUP_URN } from './scim-urns';
import type { ScimObject } from './user-sanitizer';

export function renderGroup({ group, members }: GroupWithMembers, baseUrl: string): ScimObject {
  return {
    ...(JSON.parse(group.scimResource) as ScimObject),
    schemas: [GROUP_URN],
    id: group.id,
    displayName: group.displayName,
    members: members.map((member) => ({
      value: member.id,
      display: member.displayName ?? member.userName,
      $ref: `${baseUrl}/Users/${member.id}`,
      type: 'User',
    })),
    meta: {
      resourceType: 'Group',
      created: group.createdAt,
      lastModified: group.updatedAt,
      version: etagOf(group.version),
      location: `${baseUrl}/Groups/${group.id}`,
    },
  };
}
