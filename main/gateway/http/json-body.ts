// Reads a JSON request body, for the SCIM gateway and the user management API alike: at most
// MAX_BODY_BYTES (checked against Content-Length first, so a large upload is refused before it is read),
// UTF-8 (RFC 8259 section 8.1: decoding other bytes would store U+FFFD in their place), not empty, and
// well-formed. Each caller turns a BodyError into its own error format (SCIM's or problem+json).
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;

/** `too_large` is a 413; the others are the client's malformed body (400). */
export class BodyError extends Error {
  constructor(
    readonly problem: 'too_large' | 'ended_early' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

const tooLarge = () => new BodyError('too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);

export function readJson(request: IncomingMessage): Promise<unknown> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return collect(request).then(parseJson);
}

/**
 * The body's bytes, through 'data' events rather than `for await` (the async iterator measured about
 * 3% of a write request's CPU). Past the limit it stops collecting and refuses; the HTTP server then
 * discards the rest, so the 413 still reaches the client.
 */
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
      if (size > MAX_BODY_BYTES) done(() => reject(tooLarge()));
      else chunks.push(chunk);
    };
    const onEnd = () => done(() => resolve(Buffer.concat(chunks, size)));
    // The client went away (or Node's request timeout ended the body) before the body was complete:
    // no answer can reach it, but the log must show the client's failure, not a server error.
    const endedEarly = () =>
      done(() =>
        reject(
          new BodyError(
            'ended_early',
            'The request body ended early: the connection closed or timed out before it was complete.',
          ),
        ),
      );
    request.on('data', onData).on('end', onEnd).on('error', endedEarly).on('close', endedEarly);
  });
}

function parseJson(body: Buffer): unknown {
  if (!isUtf8(body)) throw new BodyError('malformed', 'The request body is not valid UTF-8.');
  const text = body.toString('utf8');
  if (text.trim() === '') throw new BodyError('malformed', 'The request body is empty; a JSON object is expected.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError('malformed', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
