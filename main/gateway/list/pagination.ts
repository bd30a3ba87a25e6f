// What this gateway serves of paging, in one place: index paging (RFC 7644 section 3.4.2.4) and cursor
// paging (RFC 9865), the page sizes, and how long a cursor stays good. ServiceProviderConfig advertises
// exactly these (scim/discovery.ts).
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../scim/list-params';

/**
 * A cursor is good for an hour from when it was handed out: it names a row, not a snapshot, so an
 * older one would still work; the limit keeps a leaked cursor from being a standing handle.
 */
export const CURSOR_TIMEOUT_SECONDS = 3600;

/** RFC 9865 section 4: ServiceProviderConfig's `pagination`. */
export function paginationConfig() {
  return {
    cursor: true,
    index: true,
    // Index paging when a request names neither: what every identity provider sends today.
    defaultPaginationMethod: 'index',
    defaultPageSize: DEFAULT_PAGE_SIZE,
    maxPageSize: MAX_PAGE_SIZE,
    cursorTimeout: CURSOR_TIMEOUT_SECONDS,
  };
}
