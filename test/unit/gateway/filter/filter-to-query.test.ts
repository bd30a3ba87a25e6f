// The compiler and the store's SQL for its conditions, against a real Store (the real migrations): for
// each filter, exactly which employees match — NULLs, caseExact, wildcard characters, booleans, URN
// paths, Entra's value-path form — and that the lookups an identity provider makes on every sync are
// index searches, not table scans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilterError } from '../../../../main/gateway/filter/filter-error';
import { parseFilter } from '../../../../main/gateway/filter/filter-parser';
import { filterToQuery } from '../../../../main/gateway/filter/filter-to-query';
import { conditionSql } from '../../../../main/store/employee-query-sql';
import { employee, EmployeesDb } from './employees-db';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';

const ROWS = [
  employee({
    id: 'u-1',
    user_name: 'Alice.Smith',
    external_id: 'EXT-1',
    first_name: 'Alice',
    last_name: 'Smith',
    display_name: 'Alice Smith',
    employee_number: '42',
    email: 'alice@example.com',
    work_phone: '+1 555 0100',
    address_line1: '1 Main St',
    city: 'Springfield',
    state: 'IL',
    zip_code: '62701',
    country: 'US',
    created_at: '2024-01-10T09:00:00Z',
    updated_at: '2024-03-01T10:00:00Z',
  }),
  employee({
    id: 'u-2',
    user_name: 'bob',
    external_id: 'ext-1',
    first_name: 'Bob',
    last_name: 'Jones',
    cell_phone: '+1 555 0199',
    active: 0,
    created_at: '2024-02-01T00:00:00Z',
    updated_at: '2024-02-01T00:00:00Z',
  }),
  employee({
    id: 'u-3',
    user_name: 'carol_100%',
    first_name: 'Carol',
    last_name: '',
    display_name: '',
    employee_number: '100',
    email: 'carol%_x@example.org',
    city: 'springfield',
    created_at: '2024-03-05T00:00:00Z',
    updated_at: '2024-04-01T00:00:00Z',
  }),
  employee({ id: 'U-1', user_name: 'dave\\back', employee_number: '042', email: 'DAVE@EXAMPLE.COM', zip_code: '' }),
  employee({ id: 'u-5', user_name: 'Émile', first_name: 'Émile', email: 'emile@exämple.com', external_id: '' }),
];
const ALL = ROWS.map((r) => r.id).sort();
const except = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));

let db: EmployeesDb;
beforeAll(() => {
  db = new EmployeesDb();
  db.replaceAll(ROWS);
});
afterAll(() => db.close());

const matching = (filter: string) => db.ids(filterToQuery(parseFilter(filter)));

describe('filterToQuery: which employees match', () => {
  const cases: [string, string[]][] = [
    // userName is not caseExact (Unicode folding, see store/case-fold.ts); id and externalId are.
    ['userName eq "alice.smith"', ['u-1']],
    ['USERNAME Eq "ALICE.SMITH"', ['u-1']],
    [`${CORE}:userName eq "BOB"`, ['u-2']],
    ['externalId eq "ext-1"', ['u-2']],
    ['externalId eq "EXT-1"', ['u-1']],
    ['id eq "u-1"', ['u-1']],
    ['id eq "U-1"', ['U-1']],
    ['id co "u-"', ['u-1', 'u-2', 'u-3', 'u-5']],
    ['userName eq "émile"', ['u-5']],
    ['userName eq "ÉMILE"', ['u-5']],
    ['userName eq "E\u0301mile"', ['u-5']], // decomposed É, the same letter after NFC
    ['userName eq "emile"', []], // folding keeps accents
    ['emails.value eq "EMILE@EXÄMPLE.COM"', ['u-5']],
    ['emails[type eq "work"].value sw "Emile@Exä"', ['u-5']],
    ['name.givenName eq "éMILE"', ['u-5']], // no key column: fold_case() in SQL
    ['name.givenName co "MIL"', ['u-5']],
    // Wildcards and escapes in values are literal characters.
    ['userName co "%"', ['u-3']],
    ['userName co "_"', ['u-3']],
    ['userName sw "carol_1"', ['u-3']],
    ['userName ew "0%"', ['u-3']],
    ['userName co "\\\\"', ['U-1']],
    ['emails.value co "%_x"', ['u-3']],
    ['emails.value sw "_"', []],
    ['userName co "x\' OR 1=1 --"', []],
    // co/sw/ew follow caseExact too.
    ['emails co "EXAMPLE.COM"', ['U-1', 'u-1']],
    ['emails.value ew "@Example.COM"', ['U-1', 'u-1']],
    ['externalId sw "ext"', ['u-2']],
    ['externalId sw "EXT"', ['u-1']],
    ['userName gt "c"', ['U-1', 'u-3', 'u-5']],
    ['userName le "BOB"', ['u-1', 'u-2']],
    // Empty strings are unassigned.
    ['userName eq ""', []],
    ['userName sw ""', ALL],
    ['externalId pr', ['u-1', 'u-2']],
    ['externalId eq null', ['U-1', 'u-3', 'u-5']],
    ['displayName eq null', ['U-1', 'u-2', 'u-3', 'u-5']],
    ['displayName ne null', ['u-1']],
    ['name.familyName pr', ['u-1', 'u-2']],
    ['name pr', ['u-1', 'u-2', 'u-3', 'u-5']],
    // ne and not are true on NULL columns.
    ['emails.value ne "alice@example.com"', except('u-1')],
    ['not (emails.value eq "alice@example.com")', except('u-1')],
    ['not (emails pr)', ['u-2']],
    ['displayName ne "Alice Smith"', except('u-1')],
    ['not (displayName co "a" or userName eq "bob")', ['U-1', 'u-3', 'u-5']],
    // Booleans.
    ['active eq true', except('u-2')],
    ['active eq false', ['u-2']],
    ['active ne true', ['u-2']],
    ['active pr', ALL],
    ['active eq null', []],
    // The enterprise extension, qualified or not; under the core URN it is unknown.
    [`${ENTERPRISE}:employeeNumber eq "42"`, ['u-1']],
    [`${ENTERPRISE.toUpperCase()}:EMPLOYEENUMBER eq "042"`, ['U-1']],
    ['employeeNumber ew "42"', ['U-1', 'u-1']],
    [`${CORE}:employeeNumber eq "42"`, []],
    // Multi-valued attributes: one stored element per type.
    ['emails[type eq "work"].value eq "alice@example.com"', ['u-1']],
    ['emails[type eq "work"].value eq "ALICE@example.com"', ['u-1']],
    ['emails[type eq "work" and value co "@example.com"]', ['U-1', 'u-1']],
    ['emails[type eq "WORK"]', ['U-1', 'u-1', 'u-3', 'u-5']],
    ['emails[type eq "home"]', []],
    ['emails[type eq "home"].value eq "alice@example.com"', []],
    ['emails[type ne "home"]', ['U-1', 'u-1', 'u-3', 'u-5']],
    ['emails[not (value ew ".com")]', ['u-3']],
    ['emails[type eq "work"].value ne "alice@example.com"', except('u-1')],
    ['emails.type eq "work"', ['U-1', 'u-1', 'u-3', 'u-5']],
    ['phoneNumbers[type eq "mobile"].value eq "+1 555 0199"', ['u-2']],
    ['phoneNumbers[type eq "work"].value eq "+1 555 0199"', []],
    ['phoneNumbers.value sw "+1 555"', ['u-1', 'u-2']],
    ['phoneNumbers[type eq "work"]', ['u-1']],
    ['phoneNumbers[type eq "mobile" or type eq "work"]', ['u-1', 'u-2']],
    ['phoneNumbers.type eq "mobile"', ['u-2']],
    ['addresses[type eq "work"].locality eq "SPRINGFIELD"', ['u-1', 'u-3']],
    ['addresses[type eq "work" and postalCode pr]', ['u-1']],
    ['addresses.country eq "us"', ['u-1']],
    ['addresses pr', ['u-1', 'u-3']],
    // Dates compare as ISO strings.
    ['meta.created gt "2024-01-31"', ['u-2', 'u-3']],
    ['meta.lastModified ge "2024-03-01T10:00:00Z"', ['u-1', 'u-3']],
    ['meta.created lt "2024-01-02"', ['U-1', 'u-5']],
    // Unknown attributes match nothing, and their negation everything.
    ['favoriteColor eq "x"', []],
    ['favoriteColor pr', []],
    ['not (favoriteColor pr)', ALL],
    ['userName.x eq "a"', []],
    ['emails[nickName eq "x"]', []],
    // Precedence: and binds tighter than or.
    ['userName eq "bob" or userName eq "alice.smith" and active eq false', ['u-2']],
    ['(userName eq "bob" or userName eq "alice.smith") and active eq true', ['u-1']],
  ];

  it.each(cases)('%s', (filter, ids) => {
    expect(matching(filter)).toEqual([...ids].sort());
  });
});

describe('filterToQuery and the store: the SQL for a filter', () => {
  it('binds every value as a parameter and never writes it into the SQL text', () => {
    const value = `x' OR 1=1; DROP TABLE employees; --`;
    const { sql: where, params } = conditionSql(
      filterToQuery(parseFilter(`userName eq ${JSON.stringify(value)} or emails co "%"`)),
    );
    expect(where).not.toContain('DROP');
    expect(where).not.toContain('%');
    expect(params).toEqual([value.toLowerCase(), '%']);
  });

  it('writes the same text for the same shape, whatever the values (the statement cache keys by text)', () => {
    const sqlOf = (filter: string) => conditionSql(filterToQuery(parseFilter(filter)));
    const first = sqlOf('userName eq "ann" or emails[type eq "work"].value eq "a@example.com"');
    const second = sqlOf('userName eq "BOB" or emails[type eq "work"].value eq "b@example.com"');
    expect(second.sql).toBe(first.sql);
    expect(second.params).toEqual(['bob', 'b@example.com']);
  });

  it('folds conditions known at compile time', () => {
    expect(filterToQuery(parseFilter('emails[type eq "home"]'))).toEqual({ kind: 'false' });
    expect(filterToQuery(parseFilter('favoriteColor pr'))).toEqual({ kind: 'false' });
    expect(filterToQuery(parseFilter('not (favoriteColor pr)'))).toEqual({ kind: 'true' });
    expect(filterToQuery(parseFilter('userName eq ""'))).toEqual({ kind: 'false' });
  });

  const refusals: [string, RegExp][] = [
    ['active gt true', /"active" is a boolean: only eq, ne and pr apply to it, not "gt"/],
    ['active co "t"', /"active" is a boolean/],
    ['active eq "true"', /"active" is a boolean: compare it with true or false, not "true"/],
    ['userName eq 42', /"userName" is a string: compare it with a JSON string, not 42/],
    ['userName eq true', /"userName" is a string/],
    ['userName gt null', /"gt" needs a value to compare with; null only works with eq and ne/],
    ['emails co null', /"co" needs a value/],
    ['meta.created gt 2024', /"meta.created" is a dateTime/],
    ['addresses eq "x"', /"addresses" is a complex attribute: compare one of its sub-attributes/],
    ['name eq "x"', /"name" is a complex attribute/],
    ['emails[value gt false]', /"emails.value" is a string/],
    // Refused even where the bracket can never match, so SQL and the evaluator refuse the same filters.
    ['emails[type eq "home" and value gt false]', /"emails.value" is a string/],
    ['favoriteColor pr or active gt false', /"active" is a boolean/],
    // Defined by the schema, but no employee field holds them: refused rather than matching nothing.
    ['nickName eq "x"', /"nickName" cannot be used in a filter/],
    ['title pr', /"title" cannot be used in a filter/],
    ['emails.display eq "x"', /"emails.display" cannot be used in a filter/],
    ['emails[display eq "x"]', /"emails.display" cannot be used in a filter/],
    ['name.formatted pr', /"name.formatted" cannot be used in a filter/],
    ['ims pr', /"ims" cannot be used in a filter/],
    ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "x"', /cannot be used in a filter/],
  ];

  it.each(refusals)('refuses %s', (filter, message) => {
    const ast = parseFilter(filter);
    expect(() => filterToQuery(ast)).toThrow(FilterError);
    expect(() => filterToQuery(ast)).toThrow(message);
  });

  it('accepts any value on an unknown attribute, which matches nothing', () => {
    expect(filterToQuery(parseFilter('favoriteColor gt true'))).toEqual({ kind: 'false' });
  });
});

describe('filterToQuery and the store: lookups use an index', () => {
  const lookups = [
    'userName eq "alice.smith"',
    `${CORE}:userName eq "alice.smith"`,
    'externalId eq "EXT-1"',
    'id eq "u-1"',
    'emails[type eq "work"].value eq "alice@example.com"',
    'emails.value eq "alice@example.com"',
    'emails[type eq "work" and value eq "alice@example.com"]',
    'userName eq "bob" and active eq false',
    // SQLite's multi-index OR: it would skip a term with an explicit COLLATE, so none is written.
    'id eq "u-1" or externalId eq "ext-1"',
    'userName eq "ÉMILE" or externalId eq "ext-1"',
  ];

  it.each(lookups)('%s', (filter) => {
    const compiled = filterToQuery(parseFilter(filter));
    const plan = db.plan(compiled);
    expect(plan).toMatch(/SEARCH employees USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/);
    expect(plan).not.toMatch(/SCAN employees/);
    expect(db.ids(compiled).length).toBeGreaterThan(0);
  });

  it('a substring search does scan (the plan check can tell the difference)', () => {
    expect(db.plan(filterToQuery(parseFilter('userName co "a"')))).toMatch(/SCAN employees/);
  });
});
