// Reads a JSON request body with a size limit. Bodies over the limit are 413 (checked against
// Content-Length first, so a large upload is refused before it is read); bad JSON is invalidSyntax.
import type { IncomingMessage } from 'node:http';
import { ScimError } from '../scim/scim-error';

export const MAX_BODY_BYTES = 1024 * 1024;
const JSON_TYPES = /^application\/(scim\+)?json\s*(;|$)/i;

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'];
  if (type !== undefined && !JSON_TYPES.test(type)) {
    throw new ScimError(415, 'invalidSyntax', 'Send the body as application/scim+json or application/json.');
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new ScimError(400, 'invalidSyntax', 'The request body is empty; a JSON object is expected.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScimError(400, 'invalidSyntax', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

const tooLarge = () => new ScimError(413, undefined, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
