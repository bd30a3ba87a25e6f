// The parser against RFC 7644 section 3.4.2.2: what it accepts (and the AST it builds) and what it
// refuses, with the column and the expectation the 400 response will carry.
import { describe, expect, it } from 'vitest';
import type { CompareValue, Filter } from '../../../../main/gateway/filter/filter-ast';
import { FilterError } from '../../../../main/gateway/filter/filter-error';
import { parseFilter } from '../../../../main/gateway/filter/filter-parser';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';

const eq = (name: string, value: CompareValue, extra = {}): Filter => ({
  kind: 'compare',
  path: { name, ...extra },
  op: 'eq',
  value,
});

describe('parseFilter: valid filters', () => {
  const cases: [string, Filter][] = [
    ['userName eq "bjensen"', eq('userName', 'bjensen')],
    ['USERNAME EQ "x"', eq('USERNAME', 'x')],
    [
      'name.familyName co "O\'Malley"',
      { kind: 'compare', path: { name: 'name', subAttribute: 'familyName' }, op: 'co', value: "O'Malley" },
    ],
    ['userName sw "J"', { kind: 'compare', path: { name: 'userName' }, op: 'sw', value: 'J' }],
    ['title pr', { kind: 'present', path: { name: 'title' } }],
    ['title PR', { kind: 'present', path: { name: 'title' } }],
    [
      'meta.lastModified gt "2011-05-13T04:42:34Z"',
      { kind: 'compare', path: { name: 'meta', subAttribute: 'lastModified' }, op: 'gt', value: '2011-05-13T04:42:34Z' },
    ],
    ['x ge 1', { kind: 'compare', path: { name: 'x' }, op: 'ge', value: 1 }],
    ['x lt -1.5e2', { kind: 'compare', path: { name: 'x' }, op: 'lt', value: -150 }],
    ['x le 0', { kind: 'compare', path: { name: 'x' }, op: 'le', value: 0 }],
    ['x ne 0.25', { kind: 'compare', path: { name: 'x' }, op: 'ne', value: 0.25 }],
    ['x ew "z"', { kind: 'compare', path: { name: 'x' }, op: 'ew', value: 'z' }],
    ['active eq true', eq('active', true)],
    ['active eq FALSE', eq('active', false)],
    ['active eq Null', eq('active', null)],
    ['x eq "a\\"b\\\\c\\/d\\n\\t\\u00e9\\uD83D\\uDE00"', eq('x', 'a"b\\c/d\n\té\u{1F600}')],
    ['x eq ""', eq('x', '')],
    [`${ENTERPRISE}:employeeNumber eq "42"`, eq('employeeNumber', '42', { uri: ENTERPRISE })],
    [`${CORE}:userName eq "x"`, eq('userName', 'x', { uri: CORE })],
    [`${CORE}:name.givenName pr`, { kind: 'present', path: { uri: CORE, name: 'name', subAttribute: 'givenName' } }],
    ['members.$ref eq "u"', eq('members', 'u', { subAttribute: '$ref' })],
    ['a-b_c9 eq "x"', eq('a-b_c9', 'x')],
    ['userName eq"x"', eq('userName', 'x')],
    ['  userName   eq   "x"  ', eq('userName', 'x')],
    [
      'a eq 1 and b eq 2 or c eq 3',
      { kind: 'or', left: { kind: 'and', left: eq('a', 1), right: eq('b', 2) }, right: eq('c', 3) },
    ],
    [
      'a eq 1 or b eq 2 and c eq 3',
      { kind: 'or', left: eq('a', 1), right: { kind: 'and', left: eq('b', 2), right: eq('c', 3) } },
    ],
    [
      '(a eq 1 or b eq 2) and c eq 3',
      { kind: 'and', left: { kind: 'or', left: eq('a', 1), right: eq('b', 2) }, right: eq('c', 3) },
    ],
    [
      'a eq 1 AND b eq 2 Or c eq 3',
      { kind: 'or', left: { kind: 'and', left: eq('a', 1), right: eq('b', 2) }, right: eq('c', 3) },
    ],
    [
      'a eq 1 and b eq 2 and c eq 3',
      { kind: 'and', left: { kind: 'and', left: eq('a', 1), right: eq('b', 2) }, right: eq('c', 3) },
    ],
    ['not (a eq 1) and b eq 2', { kind: 'and', left: { kind: 'not', operand: eq('a', 1) }, right: eq('b', 2) }],
    ['NOT(a eq 1 or b eq 2)', { kind: 'not', operand: { kind: 'or', left: eq('a', 1), right: eq('b', 2) } }],
    ['((a eq 1))', eq('a', 1)],
    ['not eq "x"', eq('not', 'x')],
    ['and eq "x" and or pr', { kind: 'and', left: eq('and', 'x'), right: { kind: 'present', path: { name: 'or' } } }],
    [
      'emails[type eq "work" and value co "@example.com"]',
      {
        kind: 'valuePath',
        path: { name: 'emails' },
        filter: {
          kind: 'and',
          left: eq('type', 'work'),
          right: { kind: 'compare', path: { name: 'value' }, op: 'co', value: '@example.com' },
        },
      },
    ],
    [
      'emails[type eq "work" or (type eq "home" and not (value ew ".org"))]',
      {
        kind: 'valuePath',
        path: { name: 'emails' },
        filter: {
          kind: 'or',
          left: eq('type', 'work'),
          right: {
            kind: 'and',
            left: eq('type', 'home'),
            right: { kind: 'not', operand: { kind: 'compare', path: { name: 'value' }, op: 'ew', value: '.org' } },
          },
        },
      },
    ],
    [
      'emails[type eq "work"].value eq "a@b"',
      {
        kind: 'compare',
        path: { name: 'emails', valueFilter: eq('type', 'work'), subAttribute: 'value' },
        op: 'eq',
        value: 'a@b',
      },
    ],
    [
      'emails[type eq "work"].value pr',
      { kind: 'present', path: { name: 'emails', valueFilter: eq('type', 'work'), subAttribute: 'value' } },
    ],
    [
      `${CORE}:emails[type eq "work"] and userName pr`,
      {
        kind: 'and',
        left: { kind: 'valuePath', path: { uri: CORE, name: 'emails' }, filter: eq('type', 'work') },
        right: { kind: 'present', path: { name: 'userName' } },
      },
    ],
  ];

  it.each(cases)('%s', (text, ast) => {
    expect(parseFilter(text)).toEqual(ast);
  });
});

describe('parseFilter: refusals', () => {
  const cases: [string, RegExp, number | undefined][] = [
    ['', /empty/, 0],
    ['   ', /empty/, 0],
    ['(userName eq "x"', /Expected "and", "or" or '\)' to close '\(' at column 1, found the end of the filter/, 16],
    ['userName eq "x")', /Unbalanced '\)' at column 16/, 15],
    ['((a eq 1) or b eq 2', /to close '\(' at column 1/, 19],
    ['userName eq', /Expected a value .* after "eq" at column 10, found the end of the filter/, 11],
    ['userName eq and b pr', /Expected a value .* found "and" at column 13/, 12],
    ['userName eq bjensen', /Expected a value \(a JSON string, number, true, false or null\).*"bjensen"/, 12],
    ['userName equals "x"', /Unknown operator "equals" at column 10: expected one of eq, ne, co, sw, ew, gt, ge, lt, le, pr/, 9],
    ['userName', /Expected an operator .* after "userName", found the end of the filter/, 8],
    ['userName "x"', /Expected an operator .*found the string "x" at column 10/, 9],
    ['userName eq "x" garbage', /Expected "and", "or" or the end of the filter, found "garbage" at column 17/, 16],
    ['userName eq "x" "y"', /Expected "and", "or" or the end of the filter, found the string "y" at column 17/, 16],
    ['userName pr "x"', /Expected "and", "or" or the end of the filter, found the string "x" at column 13/, 12],
    ['userName eq "x" and', /Expected an attribute path, '\(' or "not", found the end of the filter/, 19],
    ['and userName eq "x"', /Unknown operator "userName" at column 5/, 4],
    ['userName eq "abc', /Unterminated string starting at column 13/, 12],
    ['userName eq "ab\\', /Unterminated string/, 12],
    ['userName eq "a\\qb"', /Invalid escape "\\\\q"/, 14],
    ['userName eq "a\\u12G4"', /Invalid escape/, 14],
    ["userName eq 'x'", /Unexpected character "'" at column 13; strings must be in double quotes/, 12],
    ['userName = "x"', /Unexpected character "=" at column 10/, 9],
    ['x eq 12abc', /Invalid number at column 6/, 5],
    ['x eq 1.', /Invalid number/, 5],
    ['x eq -', /Invalid number at column 6: expected a digit/, 5],
    ['x eq 01', /Invalid number/, 5],
    ['not userName eq "x"', /Expected '\(' after "not" at column 1, found "userName"/, 4],
    ['not', /Expected '\(' after "not"/, 3],
    ['()', /Expected an attribute path, '\(' or "not", found '\)' at column 2/, 1],
    ['emails[type eq "work"', /Expected "and", "or" or '\]' to close '\[' at column 7, found the end/, 21],
    ['emails[]', /Expected an attribute path.*found '\]' at column 8/, 7],
    ['emails[type eq "work"]]', /Unbalanced '\]'/, 22],
    ['emails[type[value eq "x"] pr]', /Value filters cannot be nested/, 11],
    ['emails.value[type eq "work"]', /must follow an attribute, not the sub-attribute "emails.value"/, 12],
    ['emails[type eq "work"].', /Expected a sub-attribute name after '\.', found the end/, 23],
    ['emails[type eq "work"].value', /Expected an operator/, 28],
    ['emails[type eq "work"] eq "x"', /Expected "and", "or" or the end of the filter, found "eq" at column 24/, 23],
    ['name.given.x eq "a"', /at most one sub-attribute/, 0],
    ['name..x eq "a"', /Invalid attribute name ""/, 0],
    ['userName: eq "a"', /Invalid attribute name ""/, 0],
    ['user$name eq "a"', /Invalid attribute name "user\$name"/, 0],
    ['$foo eq "a"', /Invalid attribute name "\$foo"/, 0],
    ['a:b eq "x"', /Invalid schema URI "a"/, 0],
    ['.value eq "x"', /Expected an attribute path.*found '\.' at column 1/, 0],
    ['1 eq 1', /Expected an attribute path.*the number 1/, 0],
    ['"userName" eq "x"', /Expected an attribute path.*the string "userName"/, 0],
  ];

  it.each(cases)('%s', (text, message, offset) => {
    let caught: unknown;
    try {
      parseFilter(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FilterError);
    const error = caught as FilterError;
    expect(error.message).toMatch(message);
    expect(error.scimType).toBe('invalidFilter');
    expect(error.offset).toBe(offset);
  });

  it('refuses nesting deeper than 64 levels instead of overflowing the stack', () => {
    const deep = `${'('.repeat(65)}a pr${')'.repeat(65)}`;
    expect(() => parseFilter(deep)).toThrow(/nests more than 64 levels/);
    const fine = `${'('.repeat(64)}a pr${')'.repeat(64)}`;
    expect(parseFilter(fine)).toEqual({ kind: 'present', path: { name: 'a' } });
    expect(() => parseFilter(`${'not ('.repeat(100)}a pr${')'.repeat(100)}`)).toThrow(FilterError);
  });

  it('refuses more than 500 comparisons, past what SQLite compiles (expression depth)', () => {
    const chain = (n: number, joiner: string) => Array.from({ length: n }, (_, i) => `userName eq "u${i}"`).join(joiner);
    expect(() => parseFilter(chain(500, ' or '))).not.toThrow();
    expect(() => parseFilter(chain(501, ' or '))).toThrow(/more than 500 comparisons; one more is at column/);
    expect(() => parseFilter(chain(501, ' and '))).toThrow(/more than 500 comparisons/);
    const inValueFilters = Array.from({ length: 251 }, () => 'emails[type pr or value pr]').join(' and ');
    expect(() => parseFilter(inValueFilters)).toThrow(/more than 500 comparisons/);
  });
});
