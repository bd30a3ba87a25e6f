// RFC 9865 cursors of SCIM lists: sealed by the services' CursorSeal (opaque, tamper-evident, an hour
// long), each bound to its resource type and to the query it pages (filter and sort, as a digest), and
// naming a place in that query's order: after a row (nextCursor) or before one (previousCursor).
import { createHash } from 'node:crypto';
import type { CursorSeal } from '../../services/paging/cursor-seal';
import { ScimError } from '../scim/scim-error';
import { CURSOR_TIMEOUT_SECONDS } from './pagination';

export type Direction = 'next' | 'previous';

export interface ListCursor<Place> {
  readonly direction: Direction;
  /** null: the start of the list. */
  readonly place: Place | null;
}

/** A short digest of what decides a list's rows and order; a cursor only continues the list it came from. */
export function queryDigest(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

/** Who lists, as a digest of the request's credentials (never the token itself in memory longer than the request). */
export function callerOf(headers: Readonly<Record<string, string | string[] | undefined>>): string {
  const authorization = headers.authorization;
  return typeof authorization === 'string' ? queryDigest(authorization) : '';
}

export class ListCursors<Place> {
  constructor(
    private readonly kind: string,
    private readonly isPlace: (value: unknown) => value is Place,
  ) {}

  make(seal: CursorSeal, digest: string, direction: Direction, place: Place | null): string {
    return seal.seal(this.kind, [digest, direction === 'next' ? 'n' : 'p', place]);
  }

  /** '' is the first page (RFC 9865 section 3); anything else must be a cursor this process made for this query. */
  read(seal: CursorSeal, digest: string, cursor: string): ListCursor<Place> {
    if (cursor === '') return { direction: 'next', place: null };
    const check = (payload: unknown): payload is [string, 'n' | 'p', Place | null] =>
      Array.isArray(payload) &&
      payload.length === 3 &&
      typeof payload[0] === 'string' &&
      (payload[1] === 'n' || payload[1] === 'p') &&
      (payload[2] === null || this.isPlace(payload[2]));
    const opened = seal.open(this.kind, cursor, CURSOR_TIMEOUT_SECONDS, check);
    if (!opened.ok && opened.reason === 'expired') {
      throw new ScimError(400, 'expiredCursor', 'The cursor has expired; start again with an empty cursor.');
    }
    if (!opened.ok) {
      throw new ScimError(400, 'invalidCursor', 'The cursor is not one this service gave out; start again with an empty cursor.');
    }
    const [made, direction, place] = opened.payload;
    if (made !== digest) {
      throw new ScimError(
        400,
        'invalidCursor',
        'The cursor belongs to a list with another filter or sort; give the same filter and sortBy, or start again.',
      );
    }
    return { direction: direction === 'n' ? 'next' : 'previous', place };
  }
}
