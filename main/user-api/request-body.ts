// Reads a JSON request body for the user management API: the media type the operation takes (415
// otherwise, also when none is sent), at most MAX_BODY_BYTES (413, checked against Content-Length before
// anything is read), UTF-8 (RFC 8259) and well-formed JSON (400).
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { MAX_BODY_BYTES } from '../gateway/http/read-body';
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
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return collect(request).then(parse);
}

function collect(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (settle: () => void) => {
      request.off('data', onData).off('end', onEnd).off('error', endedEarly).off('close', endedEarly);
      settle();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      // Stops collecting; the HTTP server discards the rest, so the 413 still reaches the client.
      if (size > MAX_BODY_BYTES) done(() => reject(tooLarge()));
      else chunks.push(chunk);
    };
    const onEnd = () => done(() => resolve(Buffer.concat(chunks, size)));
    const endedEarly = () =>
      done(() =>
        reject(new ProblemError('validation', 'The request body ended early: the connection closed before it was complete.')),
      );
    request.on('data', onData).on('end', onEnd).on('error', endedEarly).on('close', endedEarly);
  });
}

function parse(body: Buffer): unknown {
  if (!isUtf8(body)) throw new ProblemError('validation', 'The request body is not valid UTF-8.');
  const text = body.toString('utf8');
  if (text.trim() === '') throw new ProblemError('validation', 'The request body is empty; a JSON object is expected.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProblemError('validation', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

const tooLarge = () => new ProblemError('payload_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
