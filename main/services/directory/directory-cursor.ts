// The directory's page cursor: where the previous page ended (its last row's userName and id), sealed
// like every cursor this service hands out (paging/cursor-seal.ts): opaque, tamper-evident, carrying
// only what the caller has already seen on that page.
import type { DirectoryOrder, DirectoryPosition } from '../../store/employee-directory-repository';
import { validationError } from '../errors';
import type { CursorSeal } from '../paging/cursor-seal';

/** A cursor names its page's order: one from another order is refused, not read as a position in it. */
const kindOf = (order: DirectoryOrder): string =>
  order.by === 'userName' && !order.descending ? 'directory' : `directory:${order.by}:${order.descending ? 'desc' : 'asc'}`;
/** A console left open on a page overnight still pages on; the position itself never goes stale. */
const MAX_AGE_SECONDS = 7 * 86_400;

const isPosition = (payload: unknown): payload is [string, string] =>
  Array.isArray(payload) && payload.length === 2 && payload.every((part) => typeof part === 'string');

export function encodeCursor(seal: CursorSeal, position: DirectoryPosition, order: DirectoryOrder): string {
  return seal.seal(kindOf(order), [position.userName, position.id]);
}

export function decodeCursor(seal: CursorSeal, cursor: string, order: DirectoryOrder): DirectoryPosition {
  const opened = seal.open(kindOf(order), cursor, MAX_AGE_SECONDS, isPosition);
  if (opened.ok) return { userName: opened.payload[0], id: opened.payload[1] };
  throw validationError('cursor', 'The cursor is not one this service gave out for this order; start again from the first page.');
}
