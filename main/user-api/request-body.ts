// Reads a JSON request body for the user management API: the media type the operation takes (415
// otherwise, also when none is sent), at most MAX_BODY_BYTES (413, checked against Content-Length before
// anything is read), UTF-8 (RFC 8259) and well-formed JSON (400).
import type { IncomingMessage } from 'node:http';
import { BodyError, readJson } from '../gateway/http/json-body';
import { ProblemError } from './problem';

export const MERGE_PATCH_TYPE = 'application/merge-patch+json';
export const JSON_TYPE = 'application/json';

export function readBody(request: IncomingMessage, mediaType: typeof MERGE_PATCH_TYPE | typeof JSON_TYPE): Promise<unknown> {
  const sent = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (sent !== mediaType) {
    return Promise.reject(
      new ProblemError('unsupported_media_type', `Send the body as ${mediaType}${sent ? `, not ${sent}` : ''}.`, [
        'Content-Type',
      ]),
    );
  }
  return readJson(request).catch((error: unknown) => {
    if (!(error instanceof BodyError)) throw error;
    throw new ProblemError(error.problem === 'too_large' ? 'payload_too_large' : 'validation', error.message);
  });
}
