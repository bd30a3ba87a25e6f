// The examples of RFC 7644 section 3.5.2 (add, remove, replace), applied to resources shaped like
// the RFC's, with the outcome the text around each example describes.
import { describe, expect, it } from 'vitest';
import { group, runOps, user, type PatchCase } from './patch-fixtures';

const BJENSEN = '2819c223-7f76-453a-919d-413861904646';
const JSMITH = '902c246b-6245-4190-8e05-00816be7344a';
const babs = { display: 'Babs Jensen', $ref: `https://example.com/v2/Users/${BJENSEN}`, value: BJENSEN };
const james = { display: 'James Smith', $ref: `https://example.com/v2/Users/${JSMITH}`, value: JSMITH };
// A member's display and $ref are the gateway's own (read-only): an added member keeps its value only.
const babsAdded = { value: BJENSEN };
const workAddress = {
  type: 'work',
  streetAddress: '100 Universal City Plaza',
  locality: 'Hollywood',
  region: 'CA',
  postalCode: '91608',
  country: 'US',
  primary: true,
};
const { streetAddress: _street, ...workAddressWithoutStreet } = workAddress;
const { country: _country, ...workAddressWithoutCountry } = workAddress;

const GROUP_CASES: PatchCase[] = [
  {
    name: '3.5.2.1: add a member',
    before: group({ members: [james] }),
    operations: [{ op: 'add', path: 'members', value: [babs] }],
    after: group({ members: [james, babsAdded] }),
  },
  {
    name: '3.5.2.2: remove all members',
    before: group({ members: [james, babs] }),
    operations: [{ op: 'remove', path: 'members' }],
    after: group(),
  },
  {
    name: '3.5.2.2: remove one member by filter',
    before: group({ members: [james, babs] }),
    operations: [{ op: 'remove', path: `members[value eq "${BJENSEN}"]` }],
    after: group({ members: [james] }),
  },
  {
    name: '3.5.2.2: remove all members, then add new ones',
    before: group({ members: [james] }),
    operations: [
      { op: 'remove', path: 'members' },
      { op: 'add', path: 'members', value: [babs] },
    ],
    after: group({ members: [babsAdded] }),
  },
  {
    name: '3.5.2.3: replace all members',
    before: group({ members: [james] }),
    operations: [{ op: 'replace', path: 'members', value: [babs] }],
    after: group({ members: [babsAdded] }),
  },
];

describe('PATCH: RFC 7644 section 3.5.2 examples on Groups', () => {
  it.each(GROUP_CASES)('$name', ({ before, operations, after }) => {
    expect(runOps(before, operations, 'Group')).toEqual(after);
  });
});

const USER_CASES: PatchCase[] = [
  {
    name: '3.5.2.1: add without a path adds an email and a nickName',
    before: user({ emails: [{ value: 'bjensen@example.com', type: 'work' }] }),
    operations: [{ op: 'add', value: { emails: [{ value: 'babs@jensen.org', type: 'home' }], nickName: 'Babs' } }],
    after: user({
      emails: [
        { value: 'bjensen@example.com', type: 'work' },
        { value: 'babs@jensen.org', type: 'home' },
      ],
      nickName: 'Babs',
    }),
  },
  {
    name: '3.5.2.1: adding a value already present changes nothing',
    before: user({ emails: [{ value: 'babs@jensen.org', type: 'home' }] }),
    operations: [{ op: 'add', path: 'emails', value: [{ type: 'home', value: 'babs@jensen.org' }] }],
    after: user({ emails: [{ value: 'babs@jensen.org', type: 'home' }] }),
  },
  {
    name: '3.5.2.1: add to a complex attribute merges its sub-attributes',
    before: user({ name: { givenName: 'Barbara' } }),
    operations: [{ op: 'add', path: 'name', value: { familyName: 'Jensen' } }],
    after: user({ name: { givenName: 'Barbara', familyName: 'Jensen' } }),
  },
  {
    name: '3.5.2.2: remove by a filter with "and" and "ew"',
    before: user({
      emails: [
        { type: 'work', value: 'b@example.com' },
        { type: 'work', value: 'b@other.org' },
        { type: 'home', value: 'h@example.com' },
      ],
    }),
    operations: [{ op: 'remove', path: 'emails[type eq "work" and value ew "example.com"]' }],
    after: user({
      emails: [
        { type: 'work', value: 'b@other.org' },
        { type: 'home', value: 'h@example.com' },
      ],
    }),
  },
  {
    name: '3.5.2.2: remove a sub-attribute of the matching elements',
    before: user({ addresses: [{ ...workAddress }, { type: 'home', locality: 'Hollywood' }] }),
    operations: [{ op: 'remove', path: 'addresses[type eq "work"].streetAddress' }],
    after: user({ addresses: [workAddressWithoutStreet, { type: 'home', locality: 'Hollywood' }] }),
  },
  {
    name: '3.5.2.2: remove a single-valued attribute',
    before: user({ nickName: 'Babs' }),
    operations: [{ op: 'remove', path: 'nickName' }],
    after: user(),
  },
  {
    name: '3.5.2.3: replace the work address element by filter (sub-attributes not sent are kept)',
    before: user({ addresses: [{ type: 'work', streetAddress: 'old', locality: 'LA', country: 'US' }] }),
    operations: [{ op: 'replace', path: 'addresses[type eq "work"]', value: workAddressWithoutCountry }],
    after: user({ addresses: [{ ...workAddress }] }),
  },
  {
    name: '3.5.2.3: replace one sub-attribute of the work address',
    before: user({ addresses: [{ ...workAddress }] }),
    operations: [{ op: 'replace', path: 'addresses[type eq "work"].streetAddress', value: '1010 Broadway Ave' }],
    after: user({ addresses: [{ ...workAddress, streetAddress: '1010 Broadway Ave' }] }),
  },
  {
    name: '3.5.2.3: path-less replace of emails and nickName replaces the whole list',
    before: user({ emails: [{ value: 'old@x', type: 'other' }], nickName: 'B' }),
    operations: [
      {
        op: 'replace',
        value: {
          emails: [
            { value: 'bjensen@example.com', type: 'work', primary: true },
            { value: 'babs@jensen.org', type: 'home' },
          ],
          nickName: 'Babs',
        },
      },
    ],
    after: user({
      emails: [
        { value: 'bjensen@example.com', type: 'work', primary: true },
        { value: 'babs@jensen.org', type: 'home' },
      ],
      nickName: 'Babs',
    }),
  },
  {
    name: '3.5.2.3: replace of an attribute that does not exist adds it',
    before: user(),
    operations: [{ op: 'replace', path: 'title', value: 'Tour Guide' }],
    after: user({ title: 'Tour Guide' }),
  },
  {
    name: '3.5.2.3: replace of a complex value keeps the sub-attributes it does not name',
    before: user({ name: { givenName: 'Barbara', familyName: 'Jensen', formatted: 'Ms. Barbara J Jensen' } }),
    operations: [{ op: 'replace', path: 'name', value: { familyName: 'Jensen-Smith' } }],
    after: user({ name: { givenName: 'Barbara', familyName: 'Jensen-Smith', formatted: 'Ms. Barbara J Jensen' } }),
  },
  {
    name: '3.5.2.3: replace with an empty list or null unassigns a multi-valued attribute',
    before: user({ emails: [{ value: 'a@x' }], phoneNumbers: [{ value: '1' }] }),
    operations: [
      { op: 'replace', path: 'emails', value: [] },
      { op: 'replace', path: 'phoneNumbers', value: null },
    ],
    after: user(),
  },
  {
    name: '2.4 of RFC 7643: a new primary demotes the old one',
    before: user({ emails: [{ value: 'a@x', type: 'work', primary: true }] }),
    operations: [{ op: 'add', path: 'emails', value: [{ value: 'b@x', type: 'home', primary: true }] }],
    after: user({
      emails: [
        { value: 'a@x', type: 'work', primary: false },
        { value: 'b@x', type: 'home', primary: true },
      ],
    }),
  },
];

describe('PATCH: RFC 7644 section 3.5.2 examples on Users', () => {
  it.each(USER_CASES)('$name', ({ before, operations, after }) => {
    expect(runOps(before, operations)).toEqual(after);
  });
});
