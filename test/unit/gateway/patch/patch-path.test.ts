// The PATCH path reader on its own: how it splits URNs, names, brackets and sub-attributes, and
// which texts it refuses as invalidPath or, for the bracket, invalidFilter.
import { describe, expect, it } from 'vitest';
import { parsePatchPath, type PatchPath } from '../../../../main/gateway/patch/patch-path';
import { ScimError } from '../../../../main/gateway/patch/scim-refusal';
import { CORE_USER, ENTERPRISE } from './patch-fixtures';

const URIS = [CORE_USER, ENTERPRISE];
const workType = { kind: 'compare', path: { name: 'type' }, op: 'eq', value: 'work' };

describe('parsePatchPath', () => {
  const cases: [string, PatchPath][] = [
    ['userName', { kind: 'attribute', text: 'userName', name: 'userName' }],
    ['name.givenName', { kind: 'attribute', text: 'name.givenName', name: 'name', subAttribute: 'givenName' }],
    [
      `${ENTERPRISE}:employeeNumber`,
      { kind: 'attribute', text: `${ENTERPRISE}:employeeNumber`, uri: ENTERPRISE, name: 'employeeNumber' },
    ],
    [
      `${ENTERPRISE}:manager.value`,
      { kind: 'attribute', text: `${ENTERPRISE}:manager.value`, uri: ENTERPRISE, name: 'manager', subAttribute: 'value' },
    ],
    [`${CORE_USER}:userName`, { kind: 'attribute', text: `${CORE_USER}:userName`, uri: CORE_USER, name: 'userName' }],
    ['members.$ref', { kind: 'attribute', text: 'members.$ref', name: 'members', subAttribute: '$ref' }],
    [
      'emails[type eq "work"]',
      { kind: 'attribute', text: 'emails[type eq "work"]', name: 'emails', filter: workType } as PatchPath,
    ],
    [
      'emails[type eq "work"].value',
      {
        kind: 'attribute',
        text: 'emails[type eq "work"].value',
        name: 'emails',
        filter: workType,
        subAttribute: 'value',
      } as PatchPath,
    ],
    [ENTERPRISE, { kind: 'schema', uri: ENTERPRISE }],
    [ENTERPRISE.toLowerCase(), { kind: 'schema', uri: ENTERPRISE }],
    ['  title  ', { kind: 'attribute', text: 'title', name: 'title' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parsePatchPath(text, URIS)).toEqual(expected);
  });

  it('finds the closing bracket past a "]" inside a quoted value', () => {
    const path = parsePatchPath('members[display eq "a]b \\"c]"].value', URIS);
    expect(path).toMatchObject({ name: 'members', subAttribute: 'value', filter: { value: 'a]b "c]' } });
  });

  it('keeps and/or filters whole', () => {
    const path = parsePatchPath('addresses[type eq "work" and primary eq true].locality', URIS);
    expect(path).toMatchObject({ filter: { kind: 'and' }, subAttribute: 'locality' });
  });

  it.each([
    ['', 'invalidPath'],
    ['emails[type eq "work"', 'invalidPath'],
    ['emails[type eq "work"]]', 'invalidPath'],
    ['emails[type eq "work"].', 'invalidPath'],
    ['emails[type eq "work"].value.x', 'invalidPath'],
    ['a b', 'invalidPath'],
    ['na-me.given name', 'invalidPath'],
    ['emails[type eq "work" and]', 'invalidFilter'],
    ['emails[(type eq "work"]', 'invalidFilter'],
    ['emails[type[value eq "x"]]', 'invalidFilter'],
  ])('refuses %j with %s', (text, scimType) => {
    let caught: unknown;
    try {
      parsePatchPath(text, URIS);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScimError);
    expect((caught as ScimError).scimType).toBe(scimType);
    expect((caught as ScimError).status).toBe(400);
  });
});
