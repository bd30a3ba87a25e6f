// checkUnicodeText: half a surrogate pair anywhere in a resource is refused, named by its SCIM path;
// text that merely spells "\ud800" with a backslash is not.
import { describe, expect, it } from 'vitest';
import { checkUnicodeText } from '../../../main/services/employees/employee-rules';

const check = (resource: Record<string, unknown>) => () => checkUnicodeText(resource, JSON.stringify(resource));

describe('checkUnicodeText', () => {
  it.each([
    ['a lone high surrogate', { userName: 'a\ud800' }, 'userName'],
    ['a lone low surrogate at the start', { displayName: '\udc00x' }, 'displayName'],
    ['one after an escaped backslash', { title: '\\\ud800' }, 'title'],
    ['one after two escaped backslashes', { title: '\\\\\udbff' }, 'title'],
    ['one in a list element', { emails: [{ value: 'ok' }, { value: 'x\ud800' }] }, 'emails.value'],
    [
      'one in an extension',
      { 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { manager: { value: '\ud800' } } },
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value',
    ],
  ])('refuses %s, naming %s', (_name, resource, attribute) => {
    expect(check(resource)).toThrow(expect.objectContaining({ code: 'validation', field: attribute }));
  });

  it.each([
    ['a whole pair', { userName: '😀' }],
    ['a backslash spelling ud800', { title: '\\ud800' }],
    ['three backslashes spelling ud800', { title: '\\\\\\ud800' }],
    ['no text at all', { active: true, count: 3, list: [] }],
  ])('accepts %s', (_name, resource) => {
    expect(check(resource)).not.toThrow();
  });

  it('finds the same without the JSON (the walk alone)', () => {
    expect(() => checkUnicodeText({ members: [{ value: '\udfff' }] })).toThrow(
      expect.objectContaining({ field: 'members.value' }),
    );
    expect(() => checkUnicodeText({ members: [{ value: 'fine' }] })).not.toThrow();
  });
});
