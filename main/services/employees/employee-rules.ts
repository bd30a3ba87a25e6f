// What a SCIM write must satisfy before it reaches an employee: userName present and at most 50
// characters, names free of the characters WFO forbids. Errors name the SCIM attribute at fault.
import { validationError } from '../errors';
import type { ScimUserFields } from './scim-user-fields';

export const USER_NAME_MAX_LENGTH = 50;
const FORBIDDEN_NAME_CHARACTERS = /[[\]<>"&!?,]/;

export function checkScimUserFields(fields: ScimUserFields): void {
  const { userName, firstName, lastName } = fields.values;
  if (userName === null || userName.trim() === '') throw validationError('userName', 'userName is required.');
  if (userName.length > USER_NAME_MAX_LENGTH) {
    throw validationError('userName', `userName must be at most ${USER_NAME_MAX_LENGTH} characters.`);
  }
  for (const [attribute, value] of [
    ['name.givenName', firstName],
    ['name.familyName', lastName],
  ] as const) {
    if (value !== null && FORBIDDEN_NAME_CHARACTERS.test(value)) {
      throw validationError(attribute, `${attribute} may not contain any of [ ] < > " & ! ? ,`);
    }
  }
}
