// The directory's page cursor: where the previous page ended (its last row's userName and id), opaque
// to clients. It carries only what the caller has already seen on that page.
import type { DirectoryPosition } from '../../store/employee-directory-repository';
import { validationError } from '../errors';

export function encodeCursor(position: DirectoryPosition): string {
  return Buffer.from(JSON.stringify([position.userName, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): DirectoryPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && decoded.every((part) => typeof part === 'string')) {
      return { userName: decoded[0] as string, id: decoded[1] as string };
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw validationError('cursor', 'The cursor is not one this service gave out; start again from the first page.');
}
