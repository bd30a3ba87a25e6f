// What Okta sends: deactivation as a path-less replace of `active`, and group pushes as member adds,
// filtered member removes, whole-list replaces and renames that echo the group's id.
import { describe, expect, it } from 'vitest';
import { group, runOps, user, type PatchCase } from './patch-fixtures';

const member = (value: string, display?: string) => (display === undefined ? { value } : { value, display });

const USER_CASES: PatchCase[] = [
  {
    name: 'path-less replace of active false deactivates',
    before: user({ active: true }),
    operations: [{ op: 'replace', value: { active: false } }],
    after: user({ active: false }),
  },
  {
    name: 'replace active by path with a JSON boolean',
    before: user({ active: false }),
    operations: [{ op: 'replace', path: 'active', value: true }],
    after: user({ active: true }),
  },
  {
    name: 'add active false works like replace on a single value',
    before: user({ active: true }),
    operations: [{ op: 'add', path: 'active', value: 'False' }],
    after: user({ active: false }),
  },
  {
    name: 'path-less replace of name and emails',
    before: user({ name: { givenName: 'A' }, emails: [{ type: 'work', value: 'a@x', primary: true }] }),
    operations: [
      {
        op: 'replace',
        value: { name: { givenName: 'Ann', familyName: 'Lee' }, emails: [{ type: 'work', value: 'ann@x', primary: true }] },
      },
    ],
    after: user({ name: { givenName: 'Ann', familyName: 'Lee' }, emails: [{ type: 'work', value: 'ann@x', primary: true }] }),
  },
];

describe('PATCH: the Okta dialect on Users', () => {
  it.each(USER_CASES)('$name', ({ before, operations, after }) => {
    expect(runOps(before, operations)).toEqual(after);
  });
});

const GROUP_CASES: PatchCase[] = [
  {
    name: 'add members to a group without any',
    before: group(),
    operations: [{ op: 'add', path: 'members', value: [member('u-1', 'Ann'), member('u-2', 'Bo')] }],
    // display is read-only (the gateway answers the user's own name): only the ids are kept.
    after: group({ members: [member('u-1'), member('u-2')] }),
  },
  {
    name: 'add appends to the existing members',
    before: group({ members: [member('u-1', 'Ann')] }),
    operations: [{ op: 'add', path: 'members', value: [member('u-2', 'Bo')] }],
    after: group({ members: [member('u-1', 'Ann'), member('u-2')] }),
  },
  {
    name: 'adding a member already there (another display) does not list it twice',
    before: group({ members: [member('u-1', 'Ann')] }),
    operations: [{ op: 'add', path: 'members', value: [member('u-1', 'Ann Lee'), member('u-1')] }],
    after: group({ members: [member('u-1', 'Ann')] }),
  },
  {
    name: 'remove members[value eq "id"] removes that member',
    before: group({ members: [member('u-1'), member('u-2')] }),
    operations: [{ op: 'remove', path: 'members[value eq "u-2"]' }],
    after: group({ members: [member('u-1')] }),
  },
  {
    name: 'remove of the last member unassigns members',
    before: group({ members: [member('u-1')] }),
    operations: [{ op: 'remove', path: 'members[value eq "u-1"]' }],
    after: group(),
  },
  {
    name: 'remove of a member that is not there is a no-op',
    before: group({ members: [member('u-1')] }),
    operations: [{ op: 'remove', path: 'members[value eq "u-9"]' }],
    after: group({ members: [member('u-1')] }),
  },
  {
    name: 'member ids are case-exact: removing "U-1" keeps "u-1"',
    before: group({ members: [member('u-1')] }),
    operations: [{ op: 'remove', path: 'members[value eq "U-1"]' }],
    after: group({ members: [member('u-1')] }),
  },
  {
    name: 'remove path members with a value list',
    before: group({ members: [member('u-1', 'Ann'), member('u-2', 'Bo')] }),
    operations: [{ op: 'remove', path: 'members', value: [{ value: 'u-1' }] }],
    after: group({ members: [member('u-2', 'Bo')] }),
  },
  {
    name: 'replace members swaps the whole list',
    before: group({ members: [member('u-1'), member('u-2')] }),
    operations: [{ op: 'replace', path: 'members', value: [member('u-3'), member('u-4')] }],
    after: group({ members: [member('u-3'), member('u-4')] }),
  },
  {
    name: 'path-less rename that echoes the id',
    before: group(),
    operations: [{ op: 'replace', value: { id: 'g-1', displayName: 'Platform' } }],
    after: group({ displayName: 'Platform' }),
  },
  {
    name: 'a push in one request: rename, add two, remove one',
    before: group({ members: [member('u-1')] }),
    operations: [
      { op: 'replace', value: { id: 'g-1', displayName: 'Platform' } },
      { op: 'add', path: 'members', value: [member('u-2'), member('u-3')] },
      { op: 'remove', path: 'members[value eq "u-1"]' },
    ],
    after: group({ displayName: 'Platform', members: [member('u-2'), member('u-3')] }),
  },
];

describe('PATCH: the Okta dialect on Groups', () => {
  it.each(GROUP_CASES)('$name', ({ before, operations, after }) => {
    expect(runOps(before, operations, 'Group')).toEqual(after);
  });
});
