// How paths are read and values coerced: URN-qualified paths, attribute names in any casing written back
// in the schema's casing, the manager's three shapes, booleans sent as strings, and what is never stored
// (password, attributes no schema defines, readOnly keys inside a path-less value).
import { describe, expect, it } from 'vitest';
import { CORE_USER, ENTERPRISE, patchBody, run, runOps, user, type PatchCase } from './patch-fixtures';

const withEnterprise = (extension: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: extension, ...extra });

const URN_CASES: PatchCase[] = [
  {
    name: 'employeeNumber by its URN path',
    before: user(),
    operations: [{ op: 'replace', path: `${ENTERPRISE}:employeeNumber`, value: '42' }],
    after: withEnterprise({ employeeNumber: '42' }),
  },
  {
    name: 'employeeNumber without the URN is found in the extension',
    before: user(),
    operations: [{ op: 'add', path: 'employeeNumber', value: '42' }],
    after: withEnterprise({ employeeNumber: '42' }),
  },
  {
    name: 'an employeeNumber sent as a JSON number is stored as its text',
    before: user(),
    operations: [{ op: 'replace', path: `${ENTERPRISE}:employeeNumber`, value: 42 }],
    after: withEnterprise({ employeeNumber: '42' }),
  },
  {
    name: 'userName by the core URN path',
    before: user(),
    operations: [{ op: 'replace', path: `${CORE_USER}:userName`, value: 'bo@example.com' }],
    after: user({ userName: 'bo@example.com' }),
  },
  {
    name: 'name.givenName by the core URN path',
    before: user({ name: { familyName: 'Lee' } }),
    operations: [{ op: 'replace', path: `${CORE_USER}:name.givenName`, value: 'Ann' }],
    after: user({ name: { familyName: 'Lee', givenName: 'Ann' } }),
  },
  {
    name: 'manager as { value }',
    before: user(),
    operations: [{ op: 'replace', path: `${ENTERPRISE}:manager`, value: { value: 'm-1', displayName: 'read-only, dropped' } }],
    after: withEnterprise({ manager: { value: 'm-1' } }),
  },
  {
    name: 'manager as [{ value }]',
    before: user(),
    operations: [{ op: 'add', path: `${ENTERPRISE}:manager`, value: [{ value: 'm-1', $ref: '../Users/m-1' }] }],
    after: withEnterprise({ manager: { value: 'm-1', $ref: '../Users/m-1' } }),
  },
  {
    name: 'manager.value by path replaces the manager (the old $ref would be wrong)',
    before: withEnterprise({ manager: { value: 'm-1', $ref: '../Users/m-1' } }),
    operations: [{ op: 'replace', path: `${ENTERPRISE}:manager.value`, value: 'm-2' }],
    after: withEnterprise({ manager: { value: 'm-2' } }),
  },
  {
    name: 'manager as an empty string removes it',
    before: withEnterprise({ employeeNumber: '7', manager: { value: 'm-1' } }),
    operations: [{ op: 'replace', path: `${ENTERPRISE}:manager`, value: '' }],
    after: withEnterprise({ employeeNumber: '7' }),
  },
  {
    name: 'manager as { value: "" } or [] removes it',
    before: withEnterprise({ employeeNumber: '7', manager: { value: 'm-1' } }),
    operations: [
      { op: 'replace', path: `${ENTERPRISE}:manager`, value: { value: '' } },
      { op: 'add', path: `${ENTERPRISE}:manager`, value: 'm-2' },
      { op: 'replace', path: `${ENTERPRISE}:manager`, value: [] },
    ],
    after: withEnterprise({ employeeNumber: '7' }),
  },
  {
    name: 'path that is the extension URN takes an object of its attributes',
    before: user(),
    operations: [{ op: 'add', path: ENTERPRISE, value: { department: 'R&D', manager: { value: 'm-1' } } }],
    after: withEnterprise({ department: 'R&D', manager: { value: 'm-1' } }),
  },
  {
    name: 'remove of the extension URN drops all its attributes and the URN',
    before: withEnterprise({ department: 'R&D', employeeNumber: '1' }),
    operations: [{ op: 'remove', path: ENTERPRISE }],
    after: user(),
  },
  {
    name: 'a URN of an extension this gateway does not have is ignored',
    before: user(),
    operations: [
      { op: 'add', path: 'urn:example:params:scim:schemas:extension:acme:2.0:User:badge', value: 'B-1' },
      { op: 'add', value: { 'urn:example:params:scim:schemas:extension:acme:2.0:User': { badge: 'B-1' } } },
    ],
    after: user(),
  },
];

describe('PATCH: URN-qualified paths and the manager', () => {
  it.each(URN_CASES)('$name', ({ before, operations, after }) => {
    expect(runOps(before, operations)).toEqual(after);
  });
});

const CASE_CASES: PatchCase[] = [
  {
    name: 'name.givenname writes name.givenName',
    before: user(),
    operations: [{ op: 'replace', path: 'NAME.givenname', value: 'Ann' }],
    after: user({ name: { givenName: 'Ann' } }),
  },
  {
    name: 'a stored key in another casing is replaced, not duplicated',
    before: user({ DisplayName: 'old', name: { GIVENNAME: 'A' } }),
    operations: [{ op: 'replace', value: { displayname: 'Ann Lee', 'name.GivenName': 'Ann' } }],
    after: user({ displayName: 'Ann Lee', name: { givenName: 'Ann' } }),
  },
  {
    name: 'filter and sub-attribute names in any casing',
    before: user({ emails: [{ type: 'work', value: 'a@x' }] }),
    operations: [{ op: 'Replace', path: 'EMAILS[TYPE eq "WORK"].VALUE', value: 'b@x' }],
    after: user({ emails: [{ type: 'work', value: 'b@x' }] }),
  },
  {
    name: 'the URN and its attribute in any casing',
    before: user(),
    operations: [{ op: 'REPLACE', path: `${ENTERPRISE.toUpperCase()}:EMPLOYEENUMBER`, value: '9' }],
    after: withEnterprise({ employeeNumber: '9' }),
  },
  {
    name: 'element keys in any casing, and Entra\'s "True" for primary',
    before: user(),
    operations: [{ op: 'add', path: 'phoneNumbers', value: [{ Value: '+47 1', TYPE: 'work', Primary: 'True' }] }],
    after: user({ phoneNumbers: [{ value: '+47 1', type: 'work', primary: true }] }),
  },
];

describe('PATCH: attribute names are case-insensitive and written in the schema casing', () => {
  it.each(CASE_CASES)('$name', ({ before, operations, after }) => {
    expect(runOps(before, operations)).toEqual(after);
  });
});

describe('PATCH: booleans', () => {
  it.each([
    ['True', true],
    ['False', false],
    ['true', true],
    ['FALSE', false],
    [true, true],
    [false, false],
  ])('active %j becomes %j', (sent, stored) => {
    expect(runOps(user(), [{ op: 'replace', path: 'active', value: sent }])['active']).toBe(stored);
  });
});

describe('PATCH: what is never stored', () => {
  it('password and unknown attributes never reach the result, however they are sent', () => {
    const after = runOps(user(), [
      { op: 'add', value: { password: 's3cret-1', favoriteColor: 'blue', displayName: 'Ann' } },
      { op: 'replace', path: 'password', value: 's3cret-2' },
      { op: 'add', path: 'favoriteColor', value: 'green' },
      { op: 'add', path: `${CORE_USER}:password`, value: 's3cret-3' },
      { op: 'add', path: 'name.nickname', value: 'Annie' },
      { op: 'add', path: 'emails', value: [{ value: 'a@x', type: 'work', password: 's3cret-4' }] },
      { op: 'add', path: `${ENTERPRISE}:shoeSize`, value: '38' },
      { op: 'remove', path: 'password' },
    ]);
    expect(after).toEqual(user({ displayName: 'Ann', emails: [{ value: 'a@x', type: 'work' }] }));
    expect(JSON.stringify(after)).not.toMatch(/s3cret|favoriteColor|green|nickname|shoeSize/i);
  });

  it('readOnly keys in a path-less value are skipped without an error', () => {
    const before = user({ groups: [{ value: 'g-1' }] });
    const after = runOps(before, [
      { op: 'replace', value: { id: 'x', meta: { created: 'now' }, groups: [], schemas: ['urn:x'], title: 'Dr' } },
      { op: 'add', value: { [ENTERPRISE]: { manager: { value: 'm', displayName: 'Boss' } } } },
    ]);
    expect(after).toEqual({
      ...before,
      title: 'Dr',
      schemas: [CORE_USER, ENTERPRISE],
      [ENTERPRISE]: { manager: { value: 'm' } },
    });
  });

  it('accepts "operations" spelt in lower case', () => {
    const after = run(user(), {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      operations: [{ op: 'add', path: 'title', value: 'Dr' }],
    });
    expect(after['title']).toBe('Dr');
  });

  it('returns a new object even when nothing changes', () => {
    const before = user();
    const after = run(before, patchBody({ op: 'remove', path: 'nickName' }));
    expect(after).toEqual(before);
  });
});

describe('PATCH: paths are resolved once and reused', () => {
  it('a filtered path applies the same way every time it is sent, to each resource', () => {
    const operation = { op: 'replace', path: 'emails[type eq "work"].value', value: 'new@example.com' };
    const first = runOps(
      user({
        emails: [
          { type: 'work', value: 'a@example.com' },
          { type: 'home', value: 'h@example.com' },
        ],
      }),
      [operation],
    );
    const second = runOps(
      user({
        emails: [
          { type: 'home', value: 'h2@example.com' },
          { type: 'work', value: 'b@example.com' },
        ],
      }),
      [operation],
    );
    expect(first['emails']).toEqual([
      { type: 'work', value: 'new@example.com' },
      { type: 'home', value: 'h@example.com' },
    ]);
    expect(second['emails']).toEqual([
      { type: 'home', value: 'h2@example.com' },
      { type: 'work', value: 'new@example.com' },
    ]);
  });

  it('a long path (not remembered) applies every time it is sent', () => {
    const long = `${'x'.repeat(240)}@example.com`;
    const operation = { op: 'replace', path: `emails[value eq "${long}"].type`, value: 'home' };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(runOps(user({ emails: [{ type: 'work', value: long }] }), [operation])['emails']).toEqual([
        { type: 'home', value: long },
      ]);
    }
  });

  it('a refused path is refused again when sent again', () => {
    const operation = { op: 'replace', path: 'userName[type eq "x"]', value: 'a' };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(() => runOps(user(), [operation])).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidPath' }));
    }
  });
});
