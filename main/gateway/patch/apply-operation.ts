// Applies one PatchOp operation to the engine's working copy: finds what its path (or each key of a
// path-less value) names, refuses readOnly targets named by a path, and keeps an extension's data under
// its URN with that URN listed in `schemas` exactly while the extension holds something.
import type { PatchSchema, PatchSchemaPart } from './attribute-types';
import { deleteAttribute, getAttribute, isObject, setAttribute, type JsonObject } from './json-object';
import { applyMultiValued } from './multi-valued-ops';
import type { AttributeTarget, PatchOperation } from './operation';
import { parsePatchPath } from './patch-path';
import { resolveTarget, type Target } from './path-target';
import { sameName } from '../scim/attribute-name';
import { badRequest } from './scim-refusal';
import { applySingleValued } from './single-valued-ops';

export function applyOperation(resource: JsonObject, operation: PatchOperation, schema: PatchSchema): void {
  const { op, path } = operation;
  if (op !== 'remove' && !operation.hasValue) {
    throw badRequest('invalidSyntax', `"${op}" needs a "value" to ${op === 'add' ? 'add' : 'replace with'}`);
  }
  if (path === undefined) {
    if (op === 'remove') throw badRequest('noTarget', '"remove" needs a "path" naming what to remove');
    applyValueObject(resource, operation, schema, undefined);
    return;
  }
  applyTarget(resource, operation, schema, targetOf(path, schema), true);
}

/**
 * A path-less value (or one whose path is a schema URN) is a set of attributes, each key read as a
 * path: Entra sends `"name.givenName"` and URN-prefixed keys here. readOnly keys (`id` in Okta's and
 * Entra's group renames) are skipped, because the value echoes the resource rather than asks to change them.
 */
function applyValueObject(
  resource: JsonObject,
  operation: PatchOperation,
  schema: PatchSchema,
  part: PatchSchemaPart | undefined,
): void {
  const { value } = operation;
  if (!isObject(value)) {
    const where = part === undefined ? 'Without a "path"' : `With the path "${part.id}"`;
    throw badRequest('invalidValue', `${where}, "value" must be an object of attributes, not ${JSON.stringify(value)}`);
  }
  for (const [key, item] of Object.entries(value)) {
    const target = targetOf(part === undefined ? key : `${part.id}:${key}`, schema);
    applyTarget(resource, { op: operation.op, value: item, hasValue: true }, schema, target, false);
  }
}

function applyTarget(
  resource: JsonObject,
  operation: PatchOperation,
  schema: PatchSchema,
  target: Target,
  byPath: boolean,
): void {
  if (target.kind === 'ignored') return;
  if (target.kind === 'schema') {
    if (operation.op !== 'remove') {
      applyValueObject(resource, operation, schema, target.part);
      return;
    }
    if (target.part === schema.core) {
      throw badRequest('invalidPath', `"remove" cannot take the core schema "${target.part.id}" as a whole; name an attribute`);
    }
    deleteAttribute(resource, target.part.id);
    listSchema(resource, schema, target.part.id, false);
    return;
  }
  if (target.readOnly) {
    if (!byPath) return;
    throw badRequest('mutability', `"${target.text}" is read-only and cannot be changed with PATCH`);
  }
  if (target.part === schema.core) {
    applyToAttribute(resource, target, operation);
    return;
  }
  const stored = getAttribute(resource, target.part.id);
  if (!isObject(stored) && operation.op === 'remove') return;
  const extension: JsonObject = isObject(stored) ? stored : {};
  applyToAttribute(extension, target, operation);
  const holdsData = Object.keys(extension).length > 0;
  if (holdsData) setAttribute(resource, target.part.id, extension);
  else deleteAttribute(resource, target.part.id);
  listSchema(resource, schema, target.part.id, holdsData);
}

function applyToAttribute(container: JsonObject, target: AttributeTarget, operation: PatchOperation): void {
  const { attribute } = target;
  if (attribute.type === 'complex' && attribute.multiValued) {
    applyMultiValued(container, target, operation.op, operation.value, operation.hasValue);
  } else {
    applySingleValued(container, target, operation.op, operation.value);
  }
}

// Identity providers send the same few paths on every request ("active", "name.givenName",
// emails[type eq "work"].value): each is parsed and resolved once per schema, not per request
// (measured: about 2% of a PATCH). Targets are read-only; a refused path is not remembered, nor a
// long one (a filter with a long literal), so what is kept stays small whatever clients send.
const MAX_REMEMBERED_PATHS = 1000;
const MAX_REMEMBERED_PATH_LENGTH = 200;
const targetsBySchema = new WeakMap<PatchSchema, Map<string, Target>>();

function targetOf(path: string, schema: PatchSchema): Target {
  let targets = targetsBySchema.get(schema);
  if (targets === undefined) {
    targets = new Map();
    targetsBySchema.set(schema, targets);
  }
  let target = targets.get(path);
  if (target === undefined) {
    target = resolveTarget(parsePatchPath(path, schemaIds(schema)), schema);
    if (path.length > MAX_REMEMBERED_PATH_LENGTH) return target;
    if (targets.size >= MAX_REMEMBERED_PATHS) targets.clear();
    targets.set(path, target);
  }
  return target;
}

function schemaIds(schema: PatchSchema): string[] {
  return [schema.core.id, ...schema.extensions.map((part) => part.id)];
}

/** Adds or drops an extension URN in `schemas`, which RFC 7643 section 3 says lists what the resource holds. */
function listSchema(resource: JsonObject, schema: PatchSchema, uri: string, listed: boolean): void {
  const stored = getAttribute(resource, 'schemas');
  const current = Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [schema.core.id];
  const others = current.filter((s) => !sameName(s, uri));
  const next = !listed ? others : others.length < current.length ? current : [...current, uri];
  const unchanged = Array.isArray(stored) && stored.length === next.length && stored.every((s, i) => s === next[i]);
  if (!unchanged) setAttribute(resource, 'schemas', next);
}
