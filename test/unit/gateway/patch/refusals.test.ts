// What the engine refuses, each with RFC 7644 section 3.12's status and scimType, a detail that names
// what was wrong, and the input resource left exactly as it was (it is deep-frozen while the patch runs).
import { describe, expect, it } from 'vitest';
import { ENTERPRISE, group, PATCH_OP, patchBody, refusal, user, type Kind } from './patch-fixtures';

interface Refusal {
  readonly name: string;
  readonly body: unknown;
  readonly scimType: string;
  /** A piece of the detail, so the message is checked to name the fault. */
  readonly detail: RegExp;
  readonly kind?: Kind;
}

const one = (operation: unknown) => patchBody(operation);

const BODY: Refusal[] = [
  { name: 'a body that is not an object', body: [{ op: 'add' }], scimType: 'invalidSyntax', detail: /JSON object/ },
  { name: 'a null body', body: null, scimType: 'invalidSyntax', detail: /JSON object/ },
  {
    name: 'missing schemas',
    body: { Operations: [{ op: 'add', path: 'title', value: 'x' }] },
    scimType: 'invalidSyntax',
    detail: /PatchOp/,
  },
  {
    name: 'schemas without PatchOp',
    body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], Operations: [{ op: 'add', path: 'title', value: 'x' }] },
    scimType: 'invalidSyntax',
    detail: /PatchOp/,
  },
  { name: 'missing Operations', body: { schemas: [PATCH_OP] }, scimType: 'invalidSyntax', detail: /non-empty list/ },
  { name: 'empty Operations', body: patchBody(), scimType: 'invalidSyntax', detail: /non-empty list/ },
  {
    name: 'Operations that is not a list',
    body: { schemas: [PATCH_OP], Operations: { op: 'add' } },
    scimType: 'invalidSyntax',
    detail: /non-empty list/,
  },
  {
    name: 'an operation that is not an object',
    body: one('add'),
    scimType: 'invalidSyntax',
    detail: /Operations\[0\] must be an object/,
  },
  {
    name: 'an unknown op',
    body: one({ op: 'move', path: 'title', value: 'x' }),
    scimType: 'invalidSyntax',
    detail: /Operations\[0\]\.op .*"move"/,
  },
  { name: 'a missing op', body: one({ path: 'title', value: 'x' }), scimType: 'invalidSyntax', detail: /op must be/ },
  {
    name: 'a path that is not a string',
    body: one({ op: 'add', path: 7, value: 'x' }),
    scimType: 'invalidSyntax',
    detail: /path must be a string/,
  },
  { name: 'add without a value', body: one({ op: 'add', path: 'title' }), scimType: 'invalidSyntax', detail: /needs a "value"/ },
  { name: 'remove without a path', body: one({ op: 'Remove' }), scimType: 'noTarget', detail: /needs a "path"/ },
  {
    name: 'remove without a path but with a value',
    body: one({ op: 'remove', value: { title: 'x' } }),
    scimType: 'noTarget',
    detail: /needs a "path"/,
  },
  {
    name: 'a path-less value that is not an object',
    body: one({ op: 'replace', value: 'Ann' }),
    scimType: 'invalidValue',
    detail: /object of attributes/,
  },
];

const PATHS: Refusal[] = [
  { name: 'an empty path', body: one({ op: 'add', path: '', value: 'x' }), scimType: 'invalidPath', detail: /empty/ },
  {
    name: 'an unclosed bracket',
    body: one({ op: 'add', path: 'emails[type eq "work".value', value: 'x' }),
    scimType: 'invalidPath',
    detail: /never closes/,
  },
  {
    name: 'text after the bracket',
    body: one({ op: 'add', path: 'emails[type eq "work"]value', value: 'x' }),
    scimType: 'invalidPath',
    detail: /after '\]'/,
  },
  {
    name: 'an empty name',
    body: one({ op: 'add', path: 'name..givenName', value: 'x' }),
    scimType: 'invalidPath',
    detail: /attribute/,
  },
  {
    name: 'a name starting with a digit',
    body: one({ op: 'add', path: '1title', value: 'x' }),
    scimType: 'invalidPath',
    detail: /invalid attribute name "1title"/,
  },
  {
    name: 'three levels',
    body: one({ op: 'add', path: 'name.givenName.first', value: 'x' }),
    scimType: 'invalidPath',
    detail: /deeper/,
  },
  {
    name: 'a filter after a sub-attribute',
    body: one({ op: 'add', path: 'emails.value[type eq "work"]', value: 'x' }),
    scimType: 'invalidPath',
    detail: /after a sub-attribute/,
  },
  {
    name: 'a bad URN prefix',
    body: one({ op: 'add', path: ':title', value: 'x' }),
    scimType: 'invalidPath',
    detail: /not a schema URN/,
  },
  {
    name: 'a sub-attribute of a string',
    body: one({ op: 'add', path: 'title.text', value: 'x' }),
    scimType: 'invalidPath',
    detail: /"title"/,
  },
  {
    name: 'a filter on a single complex value',
    body: one({ op: 'replace', path: 'name[givenName eq "A"].familyName', value: 'x' }),
    scimType: 'invalidPath',
    detail: /holds one value/,
  },
  {
    name: 'a sub-attribute of every element',
    body: one({ op: 'replace', path: 'emails.value', value: 'x' }),
    scimType: 'invalidPath',
    detail: /value filter/,
  },
  {
    name: 'remove of the core schema as a whole',
    body: one({ op: 'remove', path: 'urn:ietf:params:scim:schemas:core:2.0:User' }),
    scimType: 'invalidPath',
    detail: /core schema/,
  },
  {
    name: 'a bad path as a key of a path-less value',
    body: one({ op: 'replace', value: { 'name..givenName': 'x' } }),
    scimType: 'invalidPath',
    detail: /attribute/,
  },
];

const FILTERS: Refusal[] = [
  {
    name: 'a filter without a value',
    body: one({ op: 'add', path: 'emails[type eq].value', value: 'x' }),
    scimType: 'invalidFilter',
    detail: /value filter/,
  },
  {
    name: 'an unknown filter operator',
    body: one({ op: 'add', path: 'emails[type is "work"].value', value: 'x' }),
    scimType: 'invalidFilter',
    detail: /Unknown operator/,
  },
  {
    name: 'an empty filter',
    body: one({ op: 'remove', path: 'members[]' }),
    scimType: 'invalidFilter',
    detail: /empty/,
    kind: 'Group',
  },
  {
    name: 'a boolean compared with a string',
    body: one({ op: 'remove', path: 'emails[primary eq "yes"]' }),
    scimType: 'invalidFilter',
    detail: /boolean/,
  },
  {
    name: 'a filter that matches nothing and describes no element',
    body: one({ op: 'replace', path: 'emails[value co "@x"].type', value: 'work' }),
    scimType: 'noTarget',
    detail: /matches no "emails" element/,
  },
  {
    name: 'an "or" filter that matches nothing',
    body: one({ op: 'add', path: 'emails[type eq "other" or type eq "home"].value', value: 'a@x' }),
    scimType: 'noTarget',
    detail: /matches no/,
  },
];

const VALUES: Refusal[] = [
  {
    name: 'active "yes"',
    body: one({ op: 'replace', path: 'active', value: 'yes' }),
    scimType: 'invalidValue',
    detail: /"active" is a boolean.*"yes"/,
  },
  {
    name: 'active 1',
    body: one({ op: 'replace', path: 'active', value: 1 }),
    scimType: 'invalidValue',
    detail: /"active" is a boolean/,
  },
  {
    name: 'active "no" in a path-less value',
    body: one({ op: 'replace', value: { active: 'no' } }),
    scimType: 'invalidValue',
    detail: /"active" is a boolean/,
  },
  {
    name: 'primary "maybe" by filter path',
    body: one({ op: 'add', path: 'emails[type eq "work"].primary', value: 'maybe' }),
    scimType: 'invalidValue',
    detail: /"emails.primary" is a boolean/,
  },
  {
    name: 'primary "maybe" inside an element',
    body: one({ op: 'add', path: 'emails', value: [{ value: 'a@x', primary: 'maybe' }] }),
    scimType: 'invalidValue',
    detail: /"emails.primary" is a boolean/,
  },
  {
    name: 'a string for a complex attribute',
    body: one({ op: 'replace', path: 'name', value: 'Ann Lee' }),
    scimType: 'invalidValue',
    detail: /"name" takes an object/,
  },
  {
    name: 'an object for a string',
    body: one({ op: 'replace', path: 'userName', value: { value: 'x' } }),
    scimType: 'invalidValue',
    detail: /"userName" is a string/,
  },
  {
    name: 'two managers',
    body: one({ op: 'add', path: `${ENTERPRISE}:manager`, value: [{ value: 'a' }, { value: 'b' }] }),
    scimType: 'invalidValue',
    detail: /one manager/,
  },
  {
    name: 'a manager id that is a boolean',
    body: one({ op: 'add', path: `${ENTERPRISE}:manager`, value: true }),
    scimType: 'invalidValue',
    detail: /manager.value/,
  },
  {
    name: 'elements that are not objects',
    body: one({ op: 'add', path: 'members', value: ['u-1'] }),
    scimType: 'invalidValue',
    detail: /"members" takes an object/,
    kind: 'Group',
  },
  {
    name: 'an extension path with a non-object value',
    body: one({ op: 'add', path: ENTERPRISE, value: '42' }),
    scimType: 'invalidValue',
    detail: /object of attributes/,
  },
];

const MUTABILITY: Refusal[] = [
  {
    name: 'replace id',
    body: one({ op: 'replace', path: 'id', value: 'x' }),
    scimType: 'mutability',
    detail: /"id" is read-only/,
  },
  { name: 'remove meta', body: one({ op: 'remove', path: 'meta' }), scimType: 'mutability', detail: /"meta" is read-only/ },
  {
    name: 'replace meta.lastModified',
    body: one({ op: 'replace', path: 'meta.lastModified', value: 'x' }),
    scimType: 'mutability',
    detail: /read-only/,
  },
  {
    name: 'add groups on a User',
    body: one({ op: 'add', path: 'groups', value: [{ value: 'g-1' }] }),
    scimType: 'mutability',
    detail: /"groups" is read-only/,
  },
  {
    name: 'replace schemas',
    body: one({ op: 'replace', path: 'schemas', value: [] }),
    scimType: 'mutability',
    detail: /"schemas" is read-only/,
  },
  {
    name: 'replace manager.displayName',
    body: one({ op: 'replace', path: `${ENTERPRISE}:manager.displayName`, value: 'Boss' }),
    scimType: 'mutability',
    detail: /read-only/,
  },
  {
    name: 'remove userName (required)',
    body: one({ op: 'remove', path: 'userName' }),
    scimType: 'mutability',
    detail: /"userName" is required/,
  },
  {
    name: 'replace userName with null',
    body: one({ op: 'replace', value: { userName: null } }),
    scimType: 'mutability',
    detail: /"userName" is required/,
  },
  {
    name: 'remove a Group displayName',
    body: one({ op: 'remove', path: 'displayName' }),
    scimType: 'mutability',
    detail: /"displayName" is required/,
    kind: 'Group',
  },
  {
    name: 'replace a Group id',
    body: one({ op: 'replace', path: 'id', value: 'g-2' }),
    scimType: 'mutability',
    detail: /read-only/,
    kind: 'Group',
  },
];

function check({ body, scimType, detail, kind = 'User' }: Refusal): void {
  const before =
    kind === 'User' ? user({ emails: [{ type: 'work', value: 'a@example.com' }] }) : group({ members: [{ value: 'u-1' }] });
  const error = refusal(before, body, kind);
  expect(error.status).toBe(400);
  expect(error.scimType).toBe(scimType);
  expect(error.detail).toMatch(detail);
  expect(error.message).toBe(error.detail);
}

describe('PATCH refusals', () => {
  describe('malformed requests', () => it.each(BODY)('$name → $scimType', check));
  describe('bad paths', () => it.each(PATHS)('$name → $scimType', check));
  describe('bad value filters', () => it.each(FILTERS)('$name → $scimType', check));
  describe('values of the wrong type', () => it.each(VALUES)('$name → $scimType', check));
  describe('readOnly and required attributes', () => it.each(MUTABILITY)('$name → $scimType', check));

  it('names the failing operation and applies none of the earlier ones', () => {
    const before = user({ active: true });
    const error = refusal(
      before,
      patchBody(
        { op: 'replace', path: 'active', value: false },
        { op: 'add', path: 'title', value: 'Dr' },
        { op: 'replace', path: 'id', value: 'x' },
      ),
    );
    expect(error.scimType).toBe('mutability');
    expect(error.detail).toMatch(/^Operations\[2\]: /);
  });
});
