// The PATCH engine's entry point: applies a PatchOp request to a stored SCIM resource and returns the
// new resource, or throws a ScimError and leaves everything as it was. Pure: no I/O, input untouched,
// so the caller can run it inside its transaction and write only what comes back.
import { patchSchemaFor, type ResourceKind } from './attribute-types';
import { applyOperation } from './apply-operation';
import { cloneJson, type JsonObject } from './json-object';
import { readPatchRequest } from './patch-request';
import { ScimError } from './scim-error';

/** A resource as stored: plain JSON, core attributes at the top, each extension's under its URN. */
export type ScimResource = JsonObject;

export function applyPatch(resource: ScimResource, body: unknown, kind: ResourceKind): ScimResource {
  const operations = readPatchRequest(body);
  const schema = patchSchemaFor(kind);
  // Operations apply in order to one copy; a refusal part-way discards it (RFC 7644: all or nothing).
  const working = cloneJson(resource);
  operations.forEach((operation, index) => {
    try {
      applyOperation(working, operation, schema);
    } catch (error) {
      throw error instanceof ScimError ? error.prefixed(`Operations[${index}]`) : error;
    }
  });
  return working;
}
