// What the gateway keeps of a Group a client sent: its writable attributes in the one schema definition
// (displayName, externalId, members), of members only their values (the rest of a member is the gateway's).
import { GROUP_PATCH_SCHEMA } from '../patch/attribute-types';
import { ScimError } from './scim-error';
import { GROUP_URN } from './scim-urns';
import { attributeNames, canonical } from './user-attributes';
import { isObject, type ScimObject } from './user-sanitizer';

const GROUP_ATTRIBUTES = attributeNames(GROUP_PATCH_SCHEMA.core.attributes.filter((a) => !a.readOnly).map((a) => a.name));

export function sanitizeGroup(body: unknown): ScimObject {
  if (!isObject(body)) throw new ScimError(400, 'invalidValue', 'The request body must be a JSON object (a SCIM Group).');
  const group: ScimObject = { schemas: [GROUP_URN] };
  for (const [key, value] of Object.entries(body)) {
    const name = canonical(key, GROUP_ATTRIBUTES);
    if (name === undefined || value === null || value === undefined) continue;
    if (name === 'members') {
      if (!Array.isArray(value)) throw new ScimError(400, 'invalidValue', 'members must be a list.');
      group.members = value.map((member) => {
        const id = isObject(member) ? member.value : undefined;
        if (typeof id !== 'string' || id === '')
          throw new ScimError(400, 'invalidValue', 'Every member needs a value (the user id).');
        return { value: id };
      });
    } else {
      if (typeof value === 'object') throw new ScimError(400, 'invalidValue', `${name} must be a single value.`);
      group[name] = String(value);
    }
  }
  return group;
}
