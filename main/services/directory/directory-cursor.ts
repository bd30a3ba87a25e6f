// The directory's page cursor: where the previous page ended (its last row's userName and id), sealed
// like every cursor this service hands out (paging/cursor-seal.ts): opaque, tamper-evident, carrying
// only what the caller has already seen on that page.
import type { DirectoryPosition } from '../../store/employee-directory-repository';
import { validationError } from '../errors';
import type { CursorSeal } from '../paging/cursor-seal';

const KIND = 'directory';
/** A console left open on a page overnight still pages on; the position itself never goes stale. */
const MAX_AGE_SECONDS = 7 * 86_400;

const isPosition = (payload: unknown): payload is [string, string] =>
  Array.isArray(payload) && payload.length === 2 && payload.every((part) => typeof part === 'string');

export function encodeCursor(seal: CursorSeal, position: DirectoryPosition): string {
  return seal.seal(KIND, [position.userName, position.id]);
}

export function decodeCursor(seal: CursorSeal, cursor: string): DirectoryPosition {
  const opened = seal.open(KIND, cursor, MAX_AGE_SECONDS, isPosition);
  if (opened.ok) return { userName: opened.payload[0], id: opened.payload[1] };
  throw validationError('cursor', 'The cursor is not one this service gave out; start again from the first page.');
}
