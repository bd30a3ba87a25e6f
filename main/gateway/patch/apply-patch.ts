// The PATCH engine's entry point: applies a PatchOp request to a stored SCIM resource and returns the
// new resource, or throws a ScimError. No I/O, so the caller can run it inside its transaction and
// write only what comes back.
import { patchSchemaFor, type ResourceKind } from './attribute-types';
import { applyOperation } from './apply-operation';
import { cloneJson, type JsonObject } from './json-object';
import { readPatchRequest } from './patch-request';
import { ScimError } from './scim-refusal';

/** A resource as stored: plain JSON, core attributes at the top, each extension's under its URN. */
export type ScimResource = JsonObject;

/** Pure: the resource given is left as it was; a refusal part-way discards the copy (RFC 7644: all or nothing). */
export function applyPatch(resource: ScimResource, body: unknown, kind: ResourceKind): ScimResource {
  const operations = readPatchRequest(body);
  return applyOperations(cloneJson(resource), operations, kind);
}

/**
 * As applyPatch, on a resource the caller made for this and hands over (the stored JSON, just parsed):
 * patched where it is, without the copy (measured: about 2% of a PATCH request). After a refusal it is
 * half-patched and must be dropped.
 */
export function applyPatchToOwnCopy(resource: ScimResource, body: unknown, kind: ResourceKind): ScimResource {
  return applyOperations(resource, readPatchRequest(body), kind);
}

function applyOperations(
  working: ScimResource,
  operations: ReturnType<typeof readPatchRequest>,
  kind: ResourceKind,
): ScimResource {
  const schema = patchSchemaFor(kind);
  operations.forEach((operation, index) => {
    try {
      applyOperation(working, operation, schema);
    } catch (error) {
      throw error instanceof ScimError ? error.prefixed(`Operations[${index}]`) : error;
    }
  });
  return working;
}
