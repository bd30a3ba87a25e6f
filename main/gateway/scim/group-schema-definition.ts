// The Group resource as this gateway serves it (RFC 7643 section 4.2): a name, the identity provider's
// id, and members that are Users. Members are answered with `$ref` and `type` the gateway derives;
// values a client sends for those are ignored, so they are published read-only. A member's `value`
// is immutable: members are added and removed, never re-pointed.
import { GROUP_URN } from './scim-urns';
import { attribute, complex, type ResourceDefinition } from './schema-definition';
import { commonAttributes, externalIdAttribute } from './common-attributes';

export const GROUP_DEFINITION: ResourceDefinition = {
  common: commonAttributes('Group'),
  core: {
    id: GROUP_URN,
    name: 'Group',
    description: 'A group pushed by the identity provider; its members are Users.',
    attributes: [
      attribute('displayName', 'The name of the group; unique, compared case-insensitively.', {
        required: true,
        uniqueness: 'server',
      }),
      externalIdAttribute('Group'),
      complex('members', 'The users in the group.', true, [
        attribute('value', "The member's User id.", { caseExact: true, mutability: 'immutable' }),
        attribute('$ref', "The URI of the member's User resource.", {
          type: 'reference',
          caseExact: true,
          referenceTypes: ['User'],
          mutability: 'readOnly',
        }),
        attribute('type', 'The type of the member: always User.', { canonicalValues: ['User'], mutability: 'readOnly' }),
        attribute('display', "The member's display name (else its userName).", { mutability: 'readOnly' }),
      ]),
    ],
  },
  extensions: [],
};
