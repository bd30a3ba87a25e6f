// Properties over random PATCH requests built from real and broken paths and arbitrary JSON values:
// the engine returns a resource or throws a 400 ScimError (never a TypeError), never touches its input,
// never stores a password, and never leaves two casings of one attribute in what it returns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, ScimError } from '../../../../main/gateway/patch';
import { ENTERPRISE, patchBody, user } from './patch-fixtures';

const PATHS = [
  'userName',
  'displayName',
  'active',
  'title',
  'name',
  'name.givenName',
  'NAME.FAMILYNAME',
  'emails',
  'phoneNumbers',
  'emails[type eq "work"].value',
  'emails[type eq "work"]',
  'emails[primary eq true].type',
  'addresses[type eq "work"].locality',
  'addresses[type eq "work" and primary eq true]',
  'emails[type eq "a" or type eq "b"].value',
  `${ENTERPRISE}:manager`,
  `${ENTERPRISE}:manager.value`,
  `${ENTERPRISE}:employeeNumber`,
  ENTERPRISE,
  'password',
  'id',
  'meta.created',
  'groups',
  'x509Certificates',
  'unknownThing',
  'emails.value',
  'emails[',
  'a..b',
  'emails[type eq]',
  'active.x',
];

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('True', 'False', '', null, 'mgr-1', [{ value: 'x' }], { value: 'y', type: 'work', primary: 'True' }),
);

const operation = fc.record(
  {
    op: fc.constantFrom('add', 'Add', 'replace', 'Replace', 'remove', 'Remove', 'copy'),
    path: fc.constantFrom(...PATHS),
    value,
  },
  { requiredKeys: ['op'] },
);

const pathless = fc.record({
  op: fc.constantFrom('add', 'replace'),
  value: fc.dictionary(fc.constantFrom(...PATHS, 'name.givenName', `${ENTERPRISE}:employeeNumber`), value, { maxKeys: 4 }),
});

const start = user({
  active: true,
  name: { givenName: 'Ann' },
  emails: [{ type: 'work', value: 'a@x', primary: true }],
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  [ENTERPRISE]: { employeeNumber: '1', manager: { value: 'm' } },
});

function freeze<T>(input: T): T {
  if (typeof input === 'object' && input !== null) {
    Object.values(input).forEach(freeze);
    Object.freeze(input);
  }
  return input;
}

function keysAreUnique(node: unknown): boolean {
  if (Array.isArray(node)) return node.every(keysAreUnique);
  if (typeof node !== 'object' || node === null) return true;
  const lower = Object.keys(node).map((k) => k.toLowerCase());
  return new Set(lower).size === lower.length && Object.values(node).every(keysAreUnique);
}

describe('PATCH properties', () => {
  it('returns a resource or throws a 400 ScimError, and never mutates its input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(operation, pathless), { minLength: 1, maxLength: 6 }), (operations) => {
        const input = freeze(structuredClone(start));
        try {
          const after = applyPatch(input, patchBody(...operations), 'User');
          expect(JSON.stringify(after)).not.toMatch(/password/i);
          expect(keysAreUnique(after)).toBe(true);
          expect(after['id']).toBe(start['id']);
          expect(after['meta']).toEqual(start['meta']);
        } catch (error) {
          if (!(error instanceof ScimError)) throw error;
          expect(error.status).toBe(400);
          expect(error.scimType).toBeDefined();
        }
        expect(input).toEqual(start);
      }),
      { numRuns: 400 },
    );
  });

  it('adding the same elements twice stores them once', () => {
    const element = fc.record({ value: fc.string({ maxLength: 5 }), type: fc.constantFrom('work', 'home') });
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), (elements) => {
        const add = { op: 'add', path: 'emails', value: elements };
        const once = applyPatch(user(), patchBody(add), 'User');
        const twice = applyPatch(user(), patchBody(add, add), 'User');
        expect(twice).toEqual(once);
      }),
    );
  });
});
