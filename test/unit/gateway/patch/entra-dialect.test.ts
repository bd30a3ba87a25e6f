// What Microsoft Entra ID sends when it provisions: "Replace"/"Add" casing, path-less values with dotted
// and URN-prefixed keys, booleans as "True"/"False", filtered paths that must create the element they
// name, the manager as a bare id, and removes of a manager that may never have been set.
import { describe, expect, it } from 'vitest';
import { CORE_GROUP, CORE_USER, ENTERPRISE, group, runOps, user, type PatchCase } from './patch-fixtures';

const work = (value: string) => ({ type: 'work', value });

const USER_CASES: PatchCase[] = [
  {
    name: 'path-less Replace with dotted name keys merges into name',
    before: user({ name: { givenName: 'A', familyName: 'L', formatted: 'A L' } }),
    operations: [{ op: 'Replace', value: { 'name.givenName': 'Ann', 'name.familyName': 'Lee', displayName: 'Ann Lee' } }],
    after: user({ name: { givenName: 'Ann', familyName: 'Lee', formatted: 'A L' }, displayName: 'Ann Lee' }),
  },
  {
    name: 'Replace userName by path',
    before: user(),
    operations: [{ op: 'Replace', path: 'userName', value: 'ann@example.org' }],
    after: user({ userName: 'ann@example.org' }),
  },
  {
    name: 'Replace active "False" deactivates',
    before: user({ active: true }),
    operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    after: user({ active: false }),
  },
  {
    name: 'Replace active "True" reactivates',
    before: user({ active: false }),
    operations: [{ op: 'Replace', path: 'active', value: 'True' }],
    after: user({ active: true }),
  },
  {
    name: 'Add with a filter creates the work email the filter names',
    before: user(),
    operations: [{ op: 'Add', path: 'emails[type eq "work"].value', value: 'ann@example.com' }],
    after: user({ emails: [work('ann@example.com')] }),
  },
  {
    name: 'Add with a filter creates a work email beside a home one',
    before: user({ emails: [{ type: 'home', value: 'ann@home.example' }] }),
    operations: [{ op: 'Add', path: 'emails[type eq "work"].value', value: 'ann@example.com' }],
    after: user({ emails: [{ type: 'home', value: 'ann@home.example' }, work('ann@example.com')] }),
  },
  {
    name: 'Replace with a filter updates the matching email only',
    before: user({ emails: [{ type: 'home', value: 'h@x' }, work('old@example.com')] }),
    operations: [{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'new@example.com' }],
    after: user({ emails: [{ type: 'home', value: 'h@x' }, work('new@example.com')] }),
  },
  {
    name: 'Add of several work-address parts builds one address element',
    before: user(),
    operations: [
      { op: 'Add', path: 'addresses[type eq "work"].streetAddress', value: '1 Main St' },
      { op: 'Add', path: 'addresses[type eq "work"].locality', value: 'Oslo' },
      { op: 'Add', path: 'addresses[type eq "work"].postalCode', value: '0150' },
    ],
    after: user({ addresses: [{ type: 'work', streetAddress: '1 Main St', locality: 'Oslo', postalCode: '0150' }] }),
  },
  {
    name: 'Replace of a mobile phone creates it beside the work phone',
    before: user({ phoneNumbers: [work('+1 555 0100')] }),
    operations: [{ op: 'Replace', path: 'phoneNumbers[type eq "mobile"].value', value: '+1 555 0199' }],
    after: user({ phoneNumbers: [work('+1 555 0100'), { type: 'mobile', value: '+1 555 0199' }] }),
  },
  {
    name: 'a filter with "and primary eq true" creates a primary element and demotes the old primary',
    before: user({ emails: [{ type: 'home', value: 'h@x', primary: true }] }),
    operations: [{ op: 'Add', path: 'emails[type eq "work" and primary eq true].value', value: 'w@x' }],
    after: user({
      emails: [
        { type: 'home', value: 'h@x', primary: false },
        { type: 'work', primary: true, value: 'w@x' },
      ],
    }),
  },
  {
    name: 'a bracketed key in a path-less Replace is read as a path',
    before: user({ emails: [work('old@x')] }),
    operations: [{ op: 'Replace', value: { 'emails[type eq "work"].value': 'new@x' } }],
    after: user({ emails: [work('new@x')] }),
  },
  {
    name: 'Add manager as a bare id',
    before: user(),
    operations: [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: 'mgr-7' }],
    after: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { manager: { value: 'mgr-7' } } }),
  },
  {
    name: 'Replace manager with another id replaces it whole',
    before: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { manager: { value: 'mgr-7', $ref: '../Users/mgr-7' } } }),
    operations: [{ op: 'Replace', path: `${ENTERPRISE}:manager`, value: 'mgr-8' }],
    after: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { manager: { value: 'mgr-8' } } }),
  },
  {
    name: 'Remove a manager that was never set succeeds and changes nothing',
    before: user(),
    operations: [{ op: 'Remove', path: `${ENTERPRISE}:manager` }],
    after: user(),
  },
  {
    name: 'Remove the manager keeps the other enterprise attributes',
    before: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { employeeNumber: '42', manager: { value: 'm' } } }),
    operations: [{ op: 'Remove', path: `${ENTERPRISE}:manager` }],
    after: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { employeeNumber: '42' } }),
  },
  {
    name: 'Remove the last enterprise attribute drops the extension and its URN',
    before: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { manager: { value: 'm' } } }),
    operations: [{ op: 'Remove', path: `${ENTERPRISE}:manager` }],
    after: user(),
  },
  {
    name: 'Replace manager with null removes it',
    before: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { employeeNumber: '1', manager: { value: 'm' } } }),
    operations: [{ op: 'Replace', path: `${ENTERPRISE}:manager`, value: null }],
    after: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { employeeNumber: '1' } }),
  },
  {
    name: 'path-less Replace with URN-prefixed keys writes the extension',
    before: user(),
    operations: [{ op: 'Replace', value: { [`${ENTERPRISE}:employeeNumber`]: '42', [`${ENTERPRISE}:department`]: 'R&D' } }],
    after: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { employeeNumber: '42', department: 'R&D' } }),
  },
  {
    name: 'path-less Add with the extension object itself',
    before: user(),
    operations: [{ op: 'Add', value: { [ENTERPRISE]: { employeeNumber: '42', manager: 'mgr-1' } } }],
    after: user({ schemas: [CORE_USER, ENTERPRISE], [ENTERPRISE]: { employeeNumber: '42', manager: { value: 'mgr-1' } } }),
  },
  {
    name: "Entra's full update sequence in one request",
    before: user({ active: true, name: { givenName: 'A', familyName: 'L' }, emails: [work('a@x')] }),
    operations: [
      { op: 'Replace', value: { 'name.givenName': 'Ann', 'name.familyName': 'Lee', displayName: 'Ann Lee', active: 'True' } },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'ann.lee@x' },
      { op: 'Add', path: 'addresses[type eq "work"].locality', value: 'Bergen' },
      { op: 'Add', path: `${ENTERPRISE}:employeeNumber`, value: '1001' },
      { op: 'Add', path: `${ENTERPRISE}:manager`, value: 'mgr-1' },
      { op: 'Remove', path: `${ENTERPRISE}:manager` },
      { op: 'Replace', path: 'active', value: 'False' },
    ],
    after: user({
      schemas: [CORE_USER, ENTERPRISE],
      active: false,
      name: { givenName: 'Ann', familyName: 'Lee' },
      displayName: 'Ann Lee',
      emails: [work('ann.lee@x')],
      addresses: [{ type: 'work', locality: 'Bergen' }],
      [ENTERPRISE]: { employeeNumber: '1001' },
    }),
  },
];

describe('PATCH: the Microsoft Entra ID dialect on Users', () => {
  it.each(USER_CASES)('$name', ({ before, operations, after }) => {
    expect(runOps(before, operations)).toEqual(after);
  });
});

const GROUP_CASES: PatchCase[] = [
  {
    name: 'Add members with "$ref": null stores just the ids',
    before: group(),
    operations: [
      {
        op: 'Add',
        path: 'members',
        value: [
          { $ref: null, value: 'u-1' },
          { $ref: null, value: 'u-2' },
        ],
      },
    ],
    after: group({ members: [{ value: 'u-1' }, { value: 'u-2' }] }),
  },
  {
    name: 'Remove members listed in the value removes only those',
    before: group({ members: [{ value: 'u-1' }, { value: 'u-2' }, { value: 'u-3' }] }),
    operations: [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: 'u-1' }, { value: 'u-3' }] }],
    after: group({ members: [{ value: 'u-2' }] }),
  },
  {
    name: 'Replace displayName by path',
    before: group(),
    operations: [{ op: 'Replace', path: 'displayName', value: 'Platform' }],
    after: group({ displayName: 'Platform' }),
  },
  {
    name: 'path-less Replace that echoes the id renames and leaves the id alone',
    before: group(),
    operations: [{ op: 'Replace', value: { id: 'something-else', displayName: 'Platform' } }],
    after: group({ displayName: 'Platform' }),
  },
];

describe('PATCH: the Microsoft Entra ID dialect on Groups', () => {
  it.each(GROUP_CASES)('$name', ({ before, operations, after }) => {
    expect(runOps(before, operations, 'Group')).toEqual(after);
    expect(after['schemas']).toEqual([CORE_GROUP]);
  });
});
