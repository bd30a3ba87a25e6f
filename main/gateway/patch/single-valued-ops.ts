// add, replace and remove on an attribute that holds one value: a string or boolean, or a complex value
// such as `name` or `manager`. For these RFC 7644 makes add and replace alike (Okta and Entra deactivate
// with `add active False`), and a complex value is merged: sub-attributes not sent are left unchanged.
import type { PatchAttribute, PatchComplex } from './attribute-types';
import { deleteAttribute, getAttribute, isObject, setAttribute, type JsonObject } from './json-object';
import type { AttributeTarget, PatchOpName } from './operation';
import { badRequest } from './scim-refusal';
import { coerceManager, coerceScalar, coerceSubAttributes } from './value-coercion';

export function applySingleValued(container: JsonObject, target: AttributeTarget, op: PatchOpName, value: unknown): void {
  const { attribute, sub } = target;
  if (attribute.type !== 'complex') {
    const next = op === 'remove' ? null : coerceScalar(attribute, value, attribute.name);
    if (next === null) unassign(container, attribute, target.text);
    else setAttribute(container, attribute.name, next);
    return;
  }
  const current = getAttribute(container, attribute.name);
  // A new manager id makes the old `$ref` wrong, so the manager is replaced whole, never merged.
  const fresh = isManager(attribute) && (sub === undefined || sub.name === 'value');
  const merged: JsonObject = isObject(current) && !fresh ? { ...current } : {};
  if (sub !== undefined) {
    const next = op === 'remove' ? null : coerceScalar(sub, value, `${attribute.name}.${sub.name}`);
    if (next === null) deleteAttribute(merged, sub.name);
    else setAttribute(merged, sub.name, next);
    store(container, attribute, merged);
    return;
  }
  if (op === 'remove' || value === null) {
    unassign(container, attribute, target.text);
    return;
  }
  if (isManager(attribute)) {
    const manager = coerceManager(attribute, value, attribute.name);
    if (manager === null) deleteAttribute(container, attribute.name);
    else setAttribute(container, attribute.name, manager);
    return;
  }
  for (const [name, item] of Object.entries(coerceSubAttributes(attribute, value, attribute.name))) {
    if (item === null) deleteAttribute(merged, name);
    else setAttribute(merged, name, item);
  }
  store(container, attribute, merged);
}

function isManager(attribute: PatchComplex): boolean {
  return attribute.name === 'manager';
}

/** A complex value left with nothing in it (or a manager left without an id) is unassigned. */
function store(container: JsonObject, attribute: PatchComplex, value: JsonObject): void {
  const empty = Object.keys(value).length === 0;
  const idless = isManager(attribute) && (value['value'] === undefined || value['value'] === '');
  if (empty || idless) deleteAttribute(container, attribute.name);
  else setAttribute(container, attribute.name, value);
}

/** RFC 7644 section 3.5.2.2: a required attribute may not become unassigned (400 mutability). */
function unassign(container: JsonObject, attribute: PatchAttribute, shown: string): void {
  if (attribute.required === true) {
    throw badRequest(
      'mutability',
      `"${attribute.name}" is required and cannot be removed or set to null (path ${JSON.stringify(shown)})`,
    );
  }
  deleteAttribute(container, attribute.name);
}
