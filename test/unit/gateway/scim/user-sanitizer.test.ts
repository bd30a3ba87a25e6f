// What the gateway keeps of a User a client sent: known attributes in the schema's casing, whatever
// casing the client used; unknown attributes and password dropped; refusals naming the attribute.
import { describe, expect, it } from 'vitest';
import { ScimError } from '../../../../main/gateway/scim/scim-error';
import { ENTERPRISE_USER_URN, USER_URN } from '../../../../main/gateway/scim/scim-urns';
import { sanitizeUser } from '../../../../main/gateway/scim/user-sanitizer';

function refusal(body: unknown): ScimError {
  try {
    sanitizeUser(body);
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('sanitizeUser accepted the body');
}

describe('sanitizeUser', () => {
  it('writes attribute and sub-attribute names in the schema casing, whatever casing was sent', () => {
    const user = sanitizeUser({
      USERNAME: 'ann@example.com',
      Name: { GIVENNAME: 'Ann', familyname: 'Lee' },
      Emails: [{ TYPE: 'work', Value: 'ann@example.com', PRIMARY: 'True' }],
      [ENTERPRISE_USER_URN.toUpperCase()]: { EMPLOYEENUMBER: 42, Manager: 'boss-1' },
    });
    expect(user).toEqual({
      userName: 'ann@example.com',
      name: { givenName: 'Ann', familyName: 'Lee' },
      emails: [{ type: 'work', value: 'ann@example.com', primary: true }],
      [ENTERPRISE_USER_URN]: { employeeNumber: '42', manager: { value: 'boss-1' } },
      schemas: [USER_URN, ENTERPRISE_USER_URN],
    });
  });

  it('drops password, read-only and unknown attributes and sub-attributes, and nulls', () => {
    const user = sanitizeUser({
      userName: 'ann',
      password: 'secret-1!',
      id: 'client-chosen',
      meta: { version: 'W/"9"' },
      groups: [{ value: 'g' }],
      'urn:vendor:extension': { x: 1 },
      name: { givenName: 'Ann', nickname: 'A' },
      displayName: null,
    });
    expect(user).toEqual({ userName: 'ann', name: { givenName: 'Ann' }, schemas: [USER_URN] });
  });

  it('drops an enterprise extension left empty', () => {
    expect(sanitizeUser({ userName: 'ann', [ENTERPRISE_USER_URN]: { unknown: 'x', manager: '' } })).toEqual({
      userName: 'ann',
      schemas: [USER_URN],
    });
  });

  it.each([
    [{ userName: 'ann', active: 'maybe' }, 'active must be true or false.'],
    [{ userName: 'ann', emails: { value: 'a@b.c' } }, 'emails must be a list.'],
    [{ userName: 'ann', name: 'Ann Lee' }, 'name must be an object.'],
    [{ userName: 'ann', emails: [{ value: 'a@b.c', primary: 'yes' }] }, 'emails.primary must be true or false.'],
    [{ userName: { first: 'ann' } }, 'userName must be a single value.'],
    [{ userName: 'ann', [ENTERPRISE_USER_URN]: { department: ['a'] } }, 'department must be a single value.'],
    [['not', 'an', 'object'], 'The request body must be a JSON object (a SCIM User).'],
  ])('refuses %j with 400 invalidValue naming the attribute', (body, detail) => {
    const error = refusal(body);
    expect({ status: error.status, scimType: error.scimType, detail: error.detail }).toEqual({
      status: 400,
      scimType: 'invalidValue',
      detail,
    });
  });
});
