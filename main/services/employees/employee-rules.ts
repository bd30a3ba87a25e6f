// What a SCIM write must satisfy before it reaches an employee: userName present, visible and at most
// 50 characters, names free of the characters WFO forbids, and every text valid Unicode. Errors name
// the SCIM attribute at fault.
import { validationError } from '../errors';
import type { ScimUserFields } from './scim-user-fields';

export const USER_NAME_MAX_LENGTH = 50;
const FORBIDDEN_NAME_CHARACTERS = /[[\]<>"&!?,]/;
// What shows nothing: white space (JavaScript's \s lacks U+0085, NEXT LINE), control and format
// characters, and the blank Hangul and Braille signs; combining marks show only on a base character.
const BLANK = '\\s\\u0085\\p{Cc}\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800';
const INVISIBLE = new RegExp(`[${BLANK}\\p{M}]`, 'gu');
/** Blank at either end: two names WFO shows alike. A combining mark may end a name (Devanagari vowel signs), not begin one. */
const BLANK_EDGE = new RegExp(`^[${BLANK}\\p{M}]|[${BLANK}]$`, 'u');
const CONTROL = /\p{Cc}/u;

export function checkScimUserFields(fields: ScimUserFields): void {
  const { userName, firstName, lastName } = fields.values;
  checkUserName(userName);
  checkPersonName(firstName, 'name.givenName');
  checkPersonName(lastName, 'name.familyName');
}

/** The userName rules, for SCIM and for employees added in the console or the API; `field` names it in errors. */
export function checkUserName(userName: string | null, field = 'userName'): void {
  if (userName === null || userName.trim() === '') throw validationError(field, `${field} is required.`);
  // WFO would show such names as blank, or as the same name as another user's.
  if (userName.replace(INVISIBLE, '') === '') throw validationError(field, `${field} must contain a visible character.`);
  if (BLANK_EDGE.test(userName)) {
    throw validationError(field, `${field} may not begin or end with white space or an invisible character.`);
  }
  // A NUL or a line break in a login name truncates it or forges lines in the logs of systems downstream.
  if (CONTROL.test(userName)) throw validationError(field, `${field} may not contain control characters.`);
  // Characters are code points of the NFC form (readScimUserFields normalizes it), as SQLite counts
  // them and as uniqueness compares names: a decomposed é is one character, an emoji is one.
  if (codePoints(userName) > USER_NAME_MAX_LENGTH) {
    throw validationError(field, `${field} must be at most ${USER_NAME_MAX_LENGTH} characters.`);
  }
}

/** First and last names may not hold the characters WFO forbids in them. */
export function checkPersonName(value: string | null, field: string): void {
  if (value !== null && FORBIDDEN_NAME_CHARACTERS.test(value)) {
    throw validationError(field, `${field} may not contain any of [ ] < > " & ! ? ,`);
  }
}

// JSON.stringify writes half a surrogate pair as a `\udXXX` escape (a whole pair it writes as is). The
// escape counts only when the backslash before it is not itself escaped: an even run of backslashes.
const LONE_SURROGATE_ESCAPE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/i;

/**
 * Every text of a resource must be valid Unicode: JSON's `\ud800` escapes can carry half a surrogate
 * pair, which SQLite would store in a column as bytes that are not UTF-8, and which no other system
 * reads back alike (RFC 8259 section 8.2). Given the resource's JSON (the text about to be stored),
 * the common case is one scan of it; the walk that names the attribute runs only on a hit.
 */
export function checkUnicodeText(resource: Readonly<Record<string, unknown>>, json?: string): void {
  if (json !== undefined && !LONE_SURROGATE_ESCAPE.test(json)) return;
  const attribute = illFormedPath(resource, '', false);
  if (attribute !== undefined) {
    throw validationError(attribute, `${attribute} is not valid Unicode text (it holds half of a surrogate pair).`);
  }
}

/** The SCIM path of the first ill-formed string: `emails.value`, an extension's `urn:...:User:manager.value`. */
function illFormedPath(value: unknown, path: string, inExtension: boolean): string | undefined {
  if (typeof value === 'string') return value.isWellFormed() ? undefined : path;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = illFormedPath(item, path, inExtension);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}${inExtension ? ':' : '.'}${key}`;
    const found = illFormedPath(child, childPath, path === '' && key.startsWith('urn:'));
    if (found !== undefined) return found;
  }
  return undefined;
}

function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}
