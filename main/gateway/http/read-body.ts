// A SCIM request's JSON body (json-body.ts reads it): its media type, and BodyError as SCIM's errors:
// 413 over the limit, invalidSyntax for the rest.
import type { IncomingMessage } from 'node:http';
import { ScimError } from '../scim/scim-error';
import { BodyError, readJson } from './json-body';

const JSON_TYPES = /^application\/(scim\+)?json\s*(;|$)/i;

export function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'];
  if (type !== undefined && !JSON_TYPES.test(type)) {
    return Promise.reject(new ScimError(415, 'invalidSyntax', 'Send the body as application/scim+json or application/json.'));
  }
  return readJson(request).catch((error: unknown) => {
    if (!(error instanceof BodyError)) throw error;
    throw error.problem === 'too_large'
      ? new ScimError(413, undefined, error.message)
      : new ScimError(400, 'invalidSyntax', error.message);
  });
}
