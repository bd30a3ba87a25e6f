// Reads the body of a PATCH request (RFC 7644 section 3.5.2) into validated operations, refusing a
// malformed one with 400 invalidSyntax before anything is applied. Member names and `op` are read
// case-insensitively: Entra sends "Replace" and "Add", some clients "operations" or "Path".
import { getAttribute, isObject } from './json-object';
import type { PatchOperation, PatchOpName } from './operation';
import { findKey, sameName } from '../scim/attribute-name';
import { badRequest } from './scim-refusal';

export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const OPS: readonly PatchOpName[] = ['add', 'replace', 'remove'];

export function readPatchRequest(body: unknown): PatchOperation[] {
  if (!isObject(body)) throw badRequest('invalidSyntax', 'The PATCH body must be a JSON object (a PatchOp message)');
  const schemas = getAttribute(body, 'schemas');
  const listsPatchOp = Array.isArray(schemas) && schemas.some((s) => typeof s === 'string' && sameName(s, PATCH_OP_SCHEMA));
  if (!listsPatchOp) throw badRequest('invalidSyntax', `The PATCH body's "schemas" must list "${PATCH_OP_SCHEMA}"`);
  const operations = getAttribute(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) {
    throw badRequest('invalidSyntax', 'The PATCH body must have "Operations": a non-empty list of operations');
  }
  return operations.map(readOperation);
}

function readOperation(raw: unknown, index: number): PatchOperation {
  const where = `Operations[${index}]`;
  if (!isObject(raw)) throw badRequest('invalidSyntax', `${where} must be an object with "op", and "path" or "value"`);
  const op = getAttribute(raw, 'op');
  const name = typeof op === 'string' ? OPS.find((o) => o === op.toLowerCase()) : undefined;
  if (name === undefined) {
    throw badRequest('invalidSyntax', `${where}.op must be "add", "replace" or "remove", not ${JSON.stringify(op) ?? 'missing'}`);
  }
  const path = getAttribute(raw, 'path');
  if (path !== undefined && typeof path !== 'string') {
    throw badRequest('invalidSyntax', `${where}.path must be a string, not ${JSON.stringify(path)}`);
  }
  const valueKey = findKey(raw, 'value');
  return {
    op: name,
    ...(path !== undefined ? { path } : {}),
    ...(valueKey !== undefined ? { value: raw[valueKey] } : {}),
    hasValue: valueKey !== undefined,
  };
}
