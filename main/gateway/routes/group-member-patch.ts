// Recognizes a Group PATCH that only adds and removes members, the forms Entra ID and Okta send
// (`add members [...]`, `remove members [...]`, `remove members[value eq "id"]`, `replace members [...]`,
// `remove members`), so the service applies it to the membership rows alone: its cost is what it changes,
// not the group's size. Anything else (a rename, a filter on another sub-attribute, a member without a
// string value) returns null and takes the general path, which also gives the refusals.
import type { PatchOperation } from '../patch/operation';
import type { MemberAction } from '../../services/groups/group-provisioning';
import { isObject } from '../scim/user-sanitizer';
import { findKey } from '../scim/attribute-name';

const MEMBERS_PATH = /^\s*(?:urn:ietf:params:scim:schemas:core:2\.0:group:)?members\s*$/i;
const ONE_MEMBER_PATH = /^\s*(?:urn:ietf:params:scim:schemas:core:2\.0:group:)?members\s*\[\s*value\s+eq\s+"([^"\\]*)"\s*\]\s*$/i;

export function memberActions(operations: readonly PatchOperation[]): MemberAction[] | null {
  const actions: MemberAction[] = [];
  for (const operation of operations) {
    const action = memberAction(operation);
    if (action === null) return null;
    actions.push(...action);
  }
  return actions;
}

function memberAction(operation: PatchOperation): MemberAction[] | null {
  if (operation.path === undefined) return null;
  const one = ONE_MEMBER_PATH.exec(operation.path);
  if (one !== null) return operation.op === 'remove' && !operation.hasValue ? [{ kind: 'remove', ids: [one[1]!] }] : null;
  if (!MEMBERS_PATH.test(operation.path)) return null;
  if (operation.op === 'remove' && (!operation.hasValue || operation.value === null)) return [{ kind: 'clear' }];
  const ids = memberIds(operation.value);
  if (ids === null) return null;
  if (operation.op === 'add') return [{ kind: 'add', ids }];
  if (operation.op === 'remove') return [{ kind: 'remove', ids }];
  return [{ kind: 'clear' }, { kind: 'add', ids }];
}

/** `[{ value: "id", display?, $ref? }, ...]` (or one such object): the ids; null for anything else. */
function memberIds(value: unknown): string[] | null {
  const elements = Array.isArray(value) ? value : [value];
  const ids: string[] = [];
  for (const element of elements) {
    if (!isObject(element)) return null;
    const key = findKey(element, 'value');
    const id = key === undefined ? undefined : element[key];
    if (typeof id !== 'string' || id === '') return null;
    ids.push(id);
  }
  return ids;
}
