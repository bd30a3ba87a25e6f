// What a SCIM write must satisfy before it reaches an employee: userName present, visible and at most
// 50 characters, names free of the characters WFO forbids, and every text stored in a column valid
// Unicode. Errors name the SCIM attribute at fault.
import { validationError } from '../errors';
import { ENTERPRISE_USER_URN, type ScimUserFields } from './scim-user-fields';

export const USER_NAME_MAX_LENGTH = 50;
const FORBIDDEN_NAME_CHARACTERS = /[[\]<>"&!?,]/;
/** A letter, digit, punctuation mark or symbol: not only spaces, zero-width or combining characters. */
const VISIBLE_CHARACTER = /[\p{L}\p{N}\p{P}\p{S}]/u;

type ValueField = keyof ScimUserFields['values'];

/** The SCIM attribute each employee column is read from, for error messages. */
const ATTRIBUTE_OF: Readonly<Record<ValueField, string>> = {
  userName: 'userName',
  firstName: 'name.givenName',
  lastName: 'name.familyName',
  employeeNumber: `${ENTERPRISE_USER_URN}:employeeNumber`,
  email: 'emails.value',
  workPhone: 'phoneNumbers.value',
  cellPhone: 'phoneNumbers.value',
  addressLine1: 'addresses.streetAddress',
  city: 'addresses.locality',
  state: 'addresses.region',
  zipCode: 'addresses.postalCode',
  country: 'addresses.country',
};
const FIELD_ATTRIBUTES = Object.entries(ATTRIBUTE_OF) as ReadonlyArray<[ValueField, string]>;

export function checkScimUserFields(fields: ScimUserFields): void {
  const { userName, firstName, lastName } = fields.values;
  if (userName === null || userName.trim() === '') throw validationError('userName', 'userName is required.');
  for (const [field, attribute] of FIELD_ATTRIBUTES) checkWellFormed(attribute, fields.values[field]);
  checkWellFormed('externalId', fields.externalId);
  checkWellFormed('displayName', fields.displayName);
  if (!VISIBLE_CHARACTER.test(userName)) {
    throw validationError('userName', 'userName must contain a letter, digit, punctuation mark or symbol.');
  }
  // Characters are code points of the NFC form (readScimUserFields normalizes it), as SQLite counts
  // them and as uniqueness compares names: a decomposed é is one character, an emoji is one.
  if (codePoints(userName) > USER_NAME_MAX_LENGTH) {
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

/**
 * Text bound for a column must be valid Unicode: JSON's `\ud800` escapes can carry half a surrogate
 * pair, which SQLite would store as bytes that are not UTF-8 and no filter could match.
 */
export function checkWellFormed(attribute: string, value: string | null): void {
  if (value !== null && !value.isWellFormed()) {
    throw validationError(attribute, `${attribute} is not valid Unicode text (it holds half of a surrogate pair).`);
  }
}

function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}
