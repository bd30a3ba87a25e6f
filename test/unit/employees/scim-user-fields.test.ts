// Reading the catalog fields out of a SCIM User: which element of a multi-valued attribute counts,
// and the one text rule (blank is absent, a number is its digits, anything else is absent).
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_USER_URN, readScimUserFields, scimText } from '../../../main/services/employees/scim-user-fields';

describe('scimText', () => {
  it.each([
    ['kim@example.com', 'kim@example.com'],
    ['  padded  ', '  padded  '],
    [4711, '4711'],
    [0, '0'],
  ])('keeps %j as %j', (value, expected) => {
    expect(scimText(value)).toBe(expected);
  });

  it.each([[''], ['   '], ['\t\n'], [null], [undefined], [true], [Number.NaN], [Number.POSITIVE_INFINITY], [{}], [['x']]])(
    'treats %j as absent',
    (value) => {
      expect(scimText(value)).toBeNull();
    },
  );
});

describe('readScimUserFields', () => {
  it('takes the work email and address and the mobile phone, whatever case the type is in', () => {
    const fields = readScimUserFields({
      userName: 'kim@example.com',
      emails: [
        { type: 'home', value: 'kim@home.example', primary: true },
        { type: 'Work', value: 'kim@work.example' },
      ],
      phoneNumbers: [
        { type: 'work', value: '+1 555 0100' },
        { type: 'MOBILE', value: '+1 555 0199' },
      ],
      addresses: [
        { type: 'work', streetAddress: '1 Main St', locality: 'Lyon', region: 'ARA', postalCode: '69002', country: 'FR' },
      ],
    });
    expect(fields.values).toMatchObject({
      email: 'kim@work.example',
      workPhone: '+1 555 0100',
      cellPhone: '+1 555 0199',
      addressLine1: '1 Main St',
      city: 'Lyon',
      state: 'ARA',
      zipCode: '69002',
      country: 'FR',
    });
  });

  it('falls back to the primary email but never to another type of phone', () => {
    const fields = readScimUserFields({
      userName: 'kim@example.com',
      emails: [{ type: 'other', value: 'kim@primary.example', primary: true }],
      phoneNumbers: [{ type: 'home', value: '+1 555 0111', primary: true }],
    });
    expect(fields.values.email).toBe('kim@primary.example');
    expect(fields.values.workPhone).toBeNull();
    expect(fields.values.cellPhone).toBeNull();
  });

  it('reads a numeric employeeNumber as text and blank names as absent', () => {
    const fields = readScimUserFields({
      userName: 'kim@example.com',
      name: { givenName: '  ', familyName: 'Lee' },
      [ENTERPRISE_USER_URN]: { employeeNumber: 100042 },
    });
    expect(fields.values).toMatchObject({ employeeNumber: '100042', firstName: null, lastName: 'Lee' });
  });

  it('counts a resource without active as active (the sanitizer has already made "False" a boolean)', () => {
    expect(readScimUserFields({ userName: 'a' }).values.status).toBe(true);
    expect(readScimUserFields({ userName: 'a', active: true }).values.status).toBe(true);
    expect(readScimUserFields({ userName: 'a', active: false }).values.status).toBe(false);
  });
});
