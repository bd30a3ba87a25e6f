// Query parameters of a list request (RFC 7644 section 3.4.2): filter, paging, sorting, projection; and
// RFC 9865's cursor.
import { FilterError, parseFilter } from '../filter/index';
import type { Filter } from '../filter/index';
import { projectionOf, type Projection } from './projection';
import { ScimError } from './scim-error';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;
/**
 * 16 KB, which the listener's 64 KB request head holds however its ASCII is percent-encoded. The
 * parser's limit on comparisons keeps the compiled SQL inside SQLite's expression depth.
 */
export const MAX_FILTER_LENGTH = 16_384;

export interface ListParams {
  filter: Filter | null;
  startIndex: number;
  /** RFC 9865: '' asks for the first page by cursor; null pages by startIndex. */
  cursor: string | null;
  count: number;
  sortBy: string | null;
  descending: boolean;
  projection: Projection;
}

export function parseListParams(query: URLSearchParams): ListParams {
  const filterText = query.get('filter');
  let filter: Filter | null = null;
  if (filterText !== null && filterText.length > MAX_FILTER_LENGTH) {
    throw new ScimError(400, 'invalidFilter', `The filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  }
  if (filterText !== null && filterText.trim() !== '') {
    try {
      filter = parseFilter(filterText);
    } catch (error) {
      if (error instanceof FilterError) throw new ScimError(400, 'invalidFilter', error.message);
      throw error;
    }
  }
  const cursor = query.get('cursor');
  if (cursor !== null && query.get('startIndex') !== null) {
    throw new ScimError(400, 'invalidValue', 'Page by startIndex or by cursor, not both.');
  }
  return {
    filter,
    // Out-of-range values are clamped, as RFC 7644 asks: startIndex < 1 means 1, count < 0 means 0.
    // A startIndex past any list is an empty page; it stays a safe integer for SQLite's OFFSET.
    startIndex: Math.min(Number.MAX_SAFE_INTEGER, Math.max(1, integer(query.get('startIndex'), 'startIndex') ?? 1)),
    cursor,
    count: Math.min(MAX_PAGE_SIZE, Math.max(0, integer(query.get('count'), 'count') ?? DEFAULT_PAGE_SIZE)),
    sortBy: query.get('sortBy'),
    descending: (query.get('sortOrder') ?? '').toLowerCase() === 'descending',
    projection: projectionOf(query),
  };
}

function integer(text: string | null, name: string): number | undefined {
  if (text === null || text === '') return undefined;
  if (!/^-?\d+$/.test(text)) throw new ScimError(400, 'invalidValue', `${name} must be a whole number.`);
  return Number(text);
}
