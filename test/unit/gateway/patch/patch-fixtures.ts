// Shared by the PATCH engine's tests: request builders, sample resources, and runners that deep-freeze
// the input so any mutation of it throws, and compare it with a snapshot afterwards as well.
import { expect } from 'vitest';
import { applyPatch, applyPatchToOwnCopy, ScimError, type ScimResource } from '../../../../main/gateway/patch';

export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export type Kind = 'User' | 'Group';

export interface PatchCase {
  readonly name: string;
  readonly before: ScimResource;
  readonly operations: readonly unknown[];
  readonly after: ScimResource;
}

export function patchBody(...operations: unknown[]): { schemas: string[]; Operations: unknown[] } {
  return { schemas: [PATCH_OP], Operations: operations };
}

export function user(extra: ScimResource = {}): ScimResource {
  return {
    schemas: [CORE_USER],
    id: 'u-1',
    userName: 'ann.lee@example.com',
    meta: { resourceType: 'User', created: '2024-01-01T00:00:00Z', lastModified: '2024-01-01T00:00:00Z' },
    ...extra,
  };
}

export function group(extra: ScimResource = {}): ScimResource {
  return { schemas: [CORE_GROUP], id: 'g-1', displayName: 'Engineering', meta: { resourceType: 'Group' }, ...extra };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * Applies the patch to a frozen copy of `before` and checks `before` is still what it was; the in-place
 * variant the users route uses must come to the same resource.
 */
export function run(before: ScimResource, body: unknown, kind: Kind = 'User'): ScimResource {
  const snapshot = structuredClone(before);
  const input = deepFreeze(structuredClone(before));
  const after = applyPatch(input, body, kind);
  expect(input).toEqual(snapshot);
  expect(after).not.toBe(input);
  expect(applyPatchToOwnCopy(structuredClone(before), body, kind)).toEqual(after);
  return after;
}

export function runOps(before: ScimResource, operations: readonly unknown[], kind: Kind = 'User'): ScimResource {
  return run(before, patchBody(...operations), kind);
}

/** The ScimError the patch is refused with; fails if it is accepted or throws anything else. */
export function refusal(before: ScimResource, body: unknown, kind: Kind = 'User'): ScimError {
  const snapshot = structuredClone(before);
  const input = deepFreeze(structuredClone(before));
  let caught: unknown;
  try {
    applyPatch(input, body, kind);
  } catch (error) {
    caught = error;
  }
  expect(input).toEqual(snapshot);
  expect(caught).toBeInstanceOf(ScimError);
  return caught as ScimError;
}
