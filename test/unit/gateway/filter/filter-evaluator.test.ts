// The in-memory evaluator on its own: semantics the SQL table cannot show (several elements per
// multi-valued attribute, a Group schema, case-insensitive keys) and the refusals it shares.
import { describe, expect, it } from 'vitest';
import { createFilterPredicate, evaluateFilter } from '../../../../main/gateway/filter/filter-evaluator';
import { FilterError } from '../../../../main/gateway/filter/filter-error';
import { parseFilter } from '../../../../main/gateway/filter/filter-parser';
import type { ResourceSchema } from '../../../../main/gateway/filter/scim-schema';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const user = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id: 'u-1',
  USERNAME: 'Barbara.Jensen',
  name: { givenName: 'Barbara', familyName: null },
  active: true,
  emails: [
    { type: 'work', value: 'bjensen@example.com' },
    { type: 'home', value: 'babs@jensen.org' },
    { type: null, value: null },
  ],
  phoneNumbers: [],
  'URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER': { employeeNumber: '701984' },
  meta: { created: '2024-01-01T00:00:00Z' },
};

const matches = (filter: string, resource: object = user) =>
  evaluateFilter(parseFilter(filter), resource as Record<string, unknown>);

describe('evaluateFilter on a User', () => {
  const cases: [string, boolean][] = [
    ['userName eq "barbara.jensen"', true], // keys and attribute names are case-insensitive
    ['userName eq "barbara.jensen" and active eq true', true],
    ['id eq "U-1"', false], // id is caseExact
    [`${ENTERPRISE}:employeeNumber eq "701984"`, true],
    ['employeeNumber sw "70"', true],
    // A value filter holds within one element; two paths may each match a different element.
    ['emails[type eq "home" and value ew ".org"]', true],
    ['emails[type eq "work" and value ew ".org"]', false],
    ['emails.type eq "work" and emails.value ew ".org"', true],
    ['emails[type eq "home"].value co "JENSEN"', true],
    ['emails.value eq "babs@jensen.org"', true],
    ['emails eq "bjensen@example.com"', true], // a multi-valued attribute compares its value
    ['emails.value ne "babs@jensen.org"', false], // ne is "no element equals"
    ['emails[type eq "other"]', false],
    ['emails[value eq null]', false], // the empty element is no element at all
    ['phoneNumbers pr', false],
    ['phoneNumbers.value ne "x"', true],
    ['name.familyName eq null', true],
    ['name.familyName ne "x"', true],
    ['name pr', true],
    ['favoriteColor eq "x"', false], // unknown to the User schema
    ['not (favoriteColor eq "x")', true],
    ['meta.created ge "2024-01-01T00:00:00Z" and meta.created lt "2024-01-02"', true],
  ];

  it.each(cases)('%s -> %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('refuses before looking at any resource, as the compiler does', () => {
    expect(() => createFilterPredicate(parseFilter('active gt false'))).toThrow(FilterError);
    expect(() => createFilterPredicate(parseFilter('favoriteColor pr or userName co 1'))).toThrow(
      /"userName" is a string: compare it with a JSON string, not 1/,
    );
    // Defined by the schema but kept only in the stored resource: refused, not "matches nothing".
    expect(() => createFilterPredicate(parseFilter('nickName eq "x"'))).toThrow(/"nickName" cannot be used in a filter/);
    expect(() => createFilterPredicate(parseFilter('schemas eq "x"'))).toThrow(/"schemas" cannot be used in a filter/);
  });
});

const GROUP_SCHEMA: ResourceSchema = {
  core: {
    id: 'urn:ietf:params:scim:schemas:core:2.0:Group',
    attributes: [
      { name: 'id', type: 'string', caseExact: true },
      { name: 'displayName', type: 'string', caseExact: false },
      { name: 'schemas', type: 'reference', caseExact: true, multiValued: true },
      {
        name: 'members',
        type: 'complex',
        multiValued: true,
        subAttributes: [
          { name: 'value', type: 'string', caseExact: true },
          { name: 'display', type: 'string', caseExact: false },
          { name: '$ref', type: 'reference', caseExact: true },
        ],
      },
    ],
  },
  extensions: [],
};

describe('evaluateFilter on a Group, with its own schema', () => {
  const group = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
    id: 'g-1',
    displayName: 'Admins',
    members: [
      { value: 'u-1', display: 'Barbara', $ref: 'https://h/Users/u-1' },
      { value: 'u-2', display: 'Bob' },
    ],
  };
  const cases: [string, boolean][] = [
    ['displayName eq "admins"', true],
    ['members[value eq "u-2"]', true],
    ['members[value eq "U-2"]', false],
    ['members.display eq "BOB"', true],
    ['members.$ref ew "/u-1"', true],
    ['members[value eq "u-1" and display eq "Bob"]', false],
    ['schemas eq "urn:ietf:params:scim:schemas:core:2.0:Group"', true], // any value of a multi-valued simple attribute
    ['schemas ne "urn:ietf:params:scim:schemas:core:2.0:Group"', false],
    ['userName pr', false],
  ];

  it.each(cases)('%s -> %s', (filter, expected) => {
    expect(evaluateFilter(parseFilter(filter), group, GROUP_SCHEMA)).toBe(expected);
  });
});
