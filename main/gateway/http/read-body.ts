// Reads a JSON request body with a size limit. Bodies over the limit are 413 (checked against
// Content-Length first, so a large upload is refused before it is read); bytes that are not UTF-8 and
// bad JSON are invalidSyntax.
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { ScimError } from '../scim/scim-error';

export const MAX_BODY_BYTES = 1024 * 1024;
const JSON_TYPES = /^application\/(scim\+)?json\s*(;|$)/i;

export function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'];
  if (type !== undefined && !JSON_TYPES.test(type)) {
    return Promise.reject(new ScimError(415, 'invalidSyntax', 'Send the body as application/scim+json or application/json.'));
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return Promise.reject(tooLarge());
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
          new ScimError(
            400,
            'invalidSyntax',
            'The request body ended early: the connection closed or timed out before it was complete.',
          ),
        ),
      );
    request.on('data', onData).on('end', onEnd).on('error', endedEarly).on('close', endedEarly);
  });
}

function parseJson(body: Buffer): unknown {
  // RFC 8259 section 8.1: JSON is UTF-8. Decoding other bytes would store U+FFFD in their place.
  if (!isUtf8(body)) throw new ScimError(400, 'invalidSyntax', 'The request body is not valid UTF-8.');
  const text = body.toString('utf8');
  if (text.trim() === '') throw new ScimError(400, 'invalidSyntax', 'The request body is empty; a JSON object is expected.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScimError(400, 'invalidSyntax', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

const tooLarge = () => new ScimError(413, undefined, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
