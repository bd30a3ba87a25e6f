// add, replace and remove on a multi-valued complex attribute (emails, addresses, members, ...), with
// or without a value filter, following RFC 7644 sections 3.5.2.1-3 and the two things Entra and Okta
// rely on beyond them: a filter that matches nothing creates the element it describes, and
// `remove members` with a value removes just the listed members.
import { findSubAttribute, type PatchComplex } from './attribute-types';
import { elementFromFilter, elementMatcher } from './element-filter';
import { deleteAttribute, getAttribute, isObject, jsonEqual, setAttribute, type JsonObject } from './json-object';
import type { AttributeTarget, PatchOpName } from './operation';
import { badRequest } from './scim-refusal';
import { coerceElements, coerceScalar, coerceSubAttributes } from './value-coercion';

export function applyMultiValued(
  container: JsonObject,
  target: AttributeTarget,
  op: PatchOpName,
  value: unknown,
  hasValue: boolean,
): void {
  const attribute = target.attribute as PatchComplex;
  const stored = getAttribute(container, attribute.name);
  const current = (Array.isArray(stored) ? stored : [stored]).filter(isObject);
  const touched = new Set<JsonObject>();
  let next: JsonObject[];
  if (target.filter !== undefined) {
    next = applyFiltered(current, target, op, value, touched);
  } else if (op === 'add') {
    next = appendNew(attribute, current, coerceElements(attribute, value, attribute.name), touched);
  } else if (op === 'replace') {
    next = appendNew(attribute, [], coerceElements(attribute, value, attribute.name), touched);
  } else if (hasValue && value !== null) {
    const listed = coerceElements(attribute, value, attribute.name);
    next = current.filter((element) => !listed.some((wanted) => contains(element, wanted)));
  } else {
    next = [];
  }
  settlePrimary(next, touched);
  if (next.length === 0) deleteAttribute(container, attribute.name);
  else setAttribute(container, attribute.name, next);
}

function applyFiltered(
  current: JsonObject[],
  target: AttributeTarget,
  op: PatchOpName,
  value: unknown,
  touched: Set<JsonObject>,
): JsonObject[] {
  const attribute = target.attribute as PatchComplex;
  const { sub, filter, text } = target;
  if (filter === undefined) return current;
  const matches = elementMatcher(attribute, filter, text);
  const hits = new Set(current.filter(matches));
  if (op === 'remove') {
    if (sub === undefined) return current.filter((element) => !hits.has(element));
    for (const element of hits) {
      keepImmutable(attribute, element, sub.name, null);
      deleteAttribute(element, sub.name);
    }
    return current.filter((element) => Object.keys(element).length > 0);
  }
  // Nothing to write into, and nothing to create from a null.
  if (hits.size === 0 && value === null) return current;
  const next = [...current];
  let created: JsonObject | undefined;
  if (hits.size === 0) {
    created = elementFromFilter(attribute, filter, text);
    next.push(created);
    hits.add(created);
  }
  for (const element of hits) {
    if (sub !== undefined) {
      const item = coerceScalar(sub, value, `${attribute.name}.${sub.name}`);
      if (element !== created) keepImmutable(attribute, element, sub.name, item);
      if (item === null) deleteAttribute(element, sub.name);
      else setAttribute(element, sub.name, item);
    } else {
      // RFC 7644 section 3.5.2.3: sub-attributes not given are left unchanged.
      for (const [name, item] of Object.entries(coerceSubAttributes(attribute, value, attribute.name))) {
        if (element !== created) keepImmutable(attribute, element, name, item);
        if (item === null) deleteAttribute(element, name);
        else setAttribute(element, name, item);
      }
    }
    touched.add(element);
  }
  return next.filter((element) => Object.keys(element).length > 0);
}

/** RFC 7643 section 7: an immutable sub-attribute (a member's value) is never changed once the element exists. */
function keepImmutable(attribute: PatchComplex, element: JsonObject, name: string, item: unknown): void {
  const sub = findSubAttribute(attribute, name);
  if (sub?.immutable !== true || jsonEqual(getAttribute(element, sub.name) ?? null, item)) return;
  throw badRequest(
    'mutability',
    `"${attribute.name}.${sub.name}" is immutable: remove the element and add a new one instead of changing it`,
  );
}

/** RFC 7644 section 3.5.2.1: a value already present is not added again. */
function appendNew(attribute: PatchComplex, current: JsonObject[], added: JsonObject[], touched: Set<JsonObject>): JsonObject[] {
  const next = [...current];
  for (const element of added) {
    if (next.some((existing) => sameElement(attribute, existing, element))) continue;
    next.push(element);
    touched.add(element);
  }
  return next;
}

/** A group member is its id: adding it again with another `display` must not list it twice. */
function sameElement(attribute: PatchComplex, a: JsonObject, b: JsonObject): boolean {
  if (attribute.name === 'members' && typeof b['value'] === 'string') return getAttribute(a, 'value') === b['value'];
  return jsonEqual(a, b);
}

/** `{ value: "id" }` picks out the member `{ value: "id", display: "Ann" }`; an empty pattern picks nothing. */
function contains(element: JsonObject, wanted: JsonObject): boolean {
  const entries = Object.entries(wanted);
  return entries.length > 0 && entries.every(([name, item]) => jsonEqual(getAttribute(element, name), item));
}

/** RFC 7643 section 2.4: at most one element is primary, and the one just written wins. */
function settlePrimary(elements: JsonObject[], touched: Set<JsonObject>): void {
  const winner = [...touched].reverse().find((element) => getAttribute(element, 'primary') === true);
  if (winner === undefined) return;
  for (const element of elements) {
    if (element !== winner && getAttribute(element, 'primary') === true) setAttribute(element, 'primary', false);
  }
}
