// fast-check generators for the property tests: employees whose fields stress the edge cases (NULL,
// empty, case, LIKE wildcards, quotes, backslashes, non-ASCII, astral characters) and filter texts
// drawn from the RFC 7644 grammar over every mapped attribute, some unknown ones and some refusals.
import fc from 'fast-check';
import { foldCase } from '../../../../preload/case-fold';
import { employee, type EmployeeRow } from './employees-db';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';

// A small alphabet so that values collide (eq and co find matches); the rest covers what could break SQL.
// Non-ASCII letters fold too: Ä/ä, three sigmas (final ς folds to σ), ẞ/ß, a combining acute that NFC
// joins to the e before it, the Kelvin sign (folds to k) and İ (folds to two code points).
const CHARS = [
  'a',
  'A',
  'b',
  'B',
  'e',
  'k',
  'z',
  '%',
  '_',
  '\\',
  '"',
  "'",
  ' ',
  '@',
  '.',
  '0',
  'é',
  'É',
  '\u0301',
  'Ä',
  'ä',
  'Σ',
  'σ',
  'ς',
  'ß',
  'ẞ',
  '\u212A',
  'İ',
  'i',
  '😀',
  '\uE000',
  '\u0000',
];
const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const nullableText = fc.oneof(fc.constant(null), fc.constant(''), text);
const timestamp = fc.oneof(
  fc.constantFrom('2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z', '2024-06-15T12:30:00Z', '2025-02-28T23:59:59Z'),
  text.filter((t) => t !== ''),
);

// The table's CHECK wants a userName of 1 to 50 characters as SQLite counts them (up to a NUL).
const userName = text.filter((t) => t !== '' && !t.startsWith('\u0000'));
const row = fc.record({
  id: text,
  user_name: userName,
  external_id: nullableText,
  first_name: nullableText,
  last_name: nullableText,
  display_name: nullableText,
  employee_number: nullableText,
  email: nullableText,
  work_phone: nullableText,
  cell_phone: nullableText,
  address_line1: nullableText,
  city: nullableText,
  state: nullableText,
  zip_code: nullableText,
  country: nullableText,
  active: fc.constantFrom<0 | 1>(0, 1),
  created_at: timestamp,
  updated_at: timestamp,
});

/** Unique ids and folded userNames, as the table's keys demand. */
export const employees: fc.Arbitrary<EmployeeRow[]> = fc
  .uniqueArray(row, { minLength: 2, maxLength: 8, selector: (r) => r.id })
  .map((rows) => {
    const seen = new Set<string>();
    return rows.filter((r) => !seen.has(foldCase(r.user_name)) && seen.add(foldCase(r.user_name))).map(employee);
  });

const STRING_PATHS = [
  'id',
  'externalId',
  'userName',
  'USERNAME',
  `${CORE}:userName`,
  'displayName',
  'name.givenName',
  'NAME.familyname',
  `${ENTERPRISE}:employeeNumber`,
  'employeeNumber',
  'emails',
  'emails.value',
  'emails[type eq "work"].value',
  'emails[type eq "home"].value',
  'emails[value co "a"].value',
  'phoneNumbers.value',
  'phoneNumbers[type eq "mobile"].value',
  'phoneNumbers[type eq "work" or type eq "mobile"].value',
  'addresses.locality',
  'addresses[type eq "work"].streetAddress',
  'addresses[type eq "work"].region',
  'addresses[not (type eq "home")].postalCode',
  'addresses.country',
  'meta.created',
  'meta.lastModified',
  'emails.type',
  'phoneNumbers.type',
  'favoriteColor',
  'nickName',
  'emails.display',
  `${CORE}:employeeNumber`,
];
const PRESENT_ONLY = ['name', 'emails', 'phoneNumbers', 'addresses', 'meta', 'title'];
const SUB_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  emails: ['value', 'type', 'display'],
  phoneNumbers: ['value', 'type', 'VALUE'],
  addresses: ['streetAddress', 'locality', 'region', 'postalCode', 'country', 'type'],
};
const STRING_OPS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le', 'EQ', 'Co'];

const randomCase = (word: string) => fc.boolean().map((upper) => (upper ? word.toUpperCase() : word));

/** Values seen in the data make eq and co hit; the literals also reach the refusals. */
function comparand(seen: readonly string[]): fc.Arbitrary<string> {
  // Whole values for eq, and slices (by code point, never splitting a surrogate pair) for co/sw/ew.
  const fromData =
    seen.length > 0
      ? [
          fc.constantFrom(...seen),
          fc.tuple(fc.constantFrom(...seen), fc.nat(), fc.nat()).map(([v, a, b]) => {
            const chars = Array.from(v);
            return chars.slice(Math.min(a, b) % (chars.length + 1), Math.max(a, b) % (chars.length + 1)).join('');
          }),
        ]
      : [];
  return fc
    .oneof(
      ...fromData,
      text,
      fc.constantFrom(
        'work',
        'WORK',
        'mobile',
        'home',
        '2024-06',
        '2025',
        '%',
        '_',
        '\\',
        'a_',
        '%a',
        'é',
        'É',
        'A',
        '😀',
        '\uE000',
      ),
    )
    .map((value) => JSON.stringify(value));
}

function stringComparison(paths: readonly string[], value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...STRING_OPS), value).map((t) => t.join(' ')) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...paths), fc.constantFrom('eq', 'ne'), randomCase('null')).map((t) => t.join(' ')),
    },
    { weight: 1, arbitrary: fc.constantFrom(...paths).map((p) => `${p} pr`) },
  );
}

function valuePath(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.constantFrom(...Object.keys(SUB_ATTRIBUTES)).chain((attribute) => {
    const leaf = stringComparison(SUB_ATTRIBUTES[attribute] ?? [], value);
    const inner = fc.oneof(
      leaf,
      fc.tuple(leaf, fc.constantFrom('and', 'or', 'AND'), leaf).map((t) => t.join(' ')),
      leaf.map((l) => `not (${l})`),
    );
    return inner.map((f) => `${attribute}[${f}]`);
  });
}

const BOOLEAN_LEAVES = [
  'active eq true',
  'active eq false',
  'active ne true',
  'active ne FALSE',
  'active pr',
  'active eq null',
  'active ne null',
];
// Each of these must be refused alike by the compiler and the evaluator.
const REFUSED_LEAVES = [
  'active gt true',
  'active eq "true"',
  'userName eq 1',
  'emails co null',
  'addresses eq "a"',
  'emails[value lt true]',
];

export function filterText(seen: readonly string[]): fc.Arbitrary<string> {
  const value = comparand(seen);
  const leaf = fc.oneof(
    { weight: 10, arbitrary: stringComparison(STRING_PATHS, value) },
    { weight: 3, arbitrary: valuePath(value) },
    { weight: 2, arbitrary: fc.constantFrom(...BOOLEAN_LEAVES) },
    { weight: 1, arbitrary: fc.constantFrom(...PRESENT_ONLY).map((p) => `${p} pr`) },
    { weight: 1, arbitrary: fc.constantFrom(...REFUSED_LEAVES) },
  );
  const { expression } = fc.letrec<{ expression: string }>((tie) => ({
    expression: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      tie('expression').map((e) => `not (${e})`),
      tie('expression').map((e) => `(${e})`),
      fc.tuple(tie('expression'), fc.constantFrom('and', 'or', 'Or'), tie('expression')).map((t) => t.join(' ')),
    ),
  }));
  return expression;
}

export function valuesOf(rows: readonly EmployeeRow[]): string[] {
  return rows.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string' && v !== ''));
}
