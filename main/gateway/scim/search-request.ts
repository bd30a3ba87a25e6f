// A SearchRequest (RFC 7644 section 3.4.3, `POST .search`) read as the query a GET list carries, so
// the list engine (list-params.ts and the list routes) serves both, with the same limits and refusals.
// Here only the body's shape is judged: the schema URN, and each member's JSON type, naming the member
// at fault (400 invalidSyntax for the message's structure, invalidValue for a member's value). The
// filter's grammar, the page bounds and the attribute names are the list engine's to judge.
import { findKey, sameName } from './attribute-name';
import { ScimError } from './scim-error';
import { SEARCH_REQUEST_URN } from './scim-urns';
import { isObject, type ScimObject } from './user-sanitizer';

const ATTRIBUTE_LISTS = ['attributes', 'excludedAttributes'] as const;
const TEXTS = ['filter', 'sortBy'] as const;
const INTEGERS = ['startIndex', 'count'] as const;
const SORT_ORDERS: ReadonlySet<string> = new Set(['ascending', 'descending']);

const invalid = (member: string, detail: string) => new ScimError(400, 'invalidValue', `"${member}": ${detail}`);

/** The member `name` (matched case-insensitively, as attribute names are), or undefined when absent or null. */
function member(body: ScimObject, name: string): unknown {
  const key = findKey(body, name);
  return key === undefined ? undefined : (body[key] ?? undefined);
}

export function searchQuery(body: unknown): URLSearchParams {
  if (!isObject(body)) throw new ScimError(400, 'invalidSyntax', 'The request body must be a JSON object (a SearchRequest).');
  const schemas = member(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && sameName(s, SEARCH_REQUEST_URN))) {
    throw new ScimError(400, 'invalidSyntax', `"schemas": a SearchRequest lists "${SEARCH_REQUEST_URN}".`);
  }
  const query = new URLSearchParams();
  for (const name of ATTRIBUTE_LISTS) {
    const value = member(body, name);
    if (value === undefined) continue;
    // A list of names (RFC 7644 Figure 6); a single name as a string is read as GET's comma-separated text.
    const names = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
      throw invalid(name, 'a list of attribute names (strings) is expected.');
    }
    query.set(name, names.join(','));
  }
  for (const name of TEXTS) {
    const value = member(body, name);
    if (value === undefined) continue;
    if (typeof value !== 'string') throw invalid(name, `a string is expected, not ${JSON.stringify(value)}.`);
    query.set(name, value);
  }
  const sortOrder = member(body, 'sortOrder');
  if (sortOrder !== undefined) {
    if (typeof sortOrder !== 'string' || !SORT_ORDERS.has(sortOrder.toLowerCase())) {
      throw invalid('sortOrder', `"ascending" or "descending" is expected, not ${JSON.stringify(sortOrder)}.`);
    }
    query.set('sortOrder', sortOrder);
  }
  for (const name of INTEGERS) {
    const value = member(body, name);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw invalid(name, `a whole number is expected, not ${JSON.stringify(value)}.`);
    }
    query.set(name, String(value));
  }
  // RFC 9865's cursor paging, for a list engine that reads `cursor` from the query.
  const cursor = member(body, 'cursor');
  if (cursor !== undefined) {
    if (typeof cursor !== 'string') throw invalid('cursor', `a string is expected, not ${JSON.stringify(cursor)}.`);
    query.set('cursor', cursor);
  }
  return query;
}
