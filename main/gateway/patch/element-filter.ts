// The bracket of `emails[type eq "work"]`: which elements it selects, judged by the filter module's
// evaluator so a PATCH and a GET ?filter= agree, and the element it describes when it selects none
// (Entra adds a work email by replacing `emails[type eq "work"].value` on a user without one).
import { createFilterPredicate, FilterError, type Filter } from '../filter';
import { findSubAttribute, type PatchComplex } from './attribute-types';
import type { JsonObject } from './json-object';
import { badRequest } from './scim-refusal';
import { coerceScalar, type Scalar } from './value-coercion';

export function elementMatcher(attribute: PatchComplex, filter: Filter, shown: string): (element: JsonObject) => boolean {
  // A one-attribute schema: the evaluator then reads each element as a resource holding only it.
  const schema = { core: { id: '', attributes: [attribute] }, extensions: [] };
  const test = { kind: 'valuePath', path: { name: attribute.name }, filter } as const;
  let predicate: (resource: JsonObject) => boolean;
  try {
    predicate = createFilterPredicate(test, schema);
  } catch (error) {
    if (error instanceof FilterError) {
      throw badRequest('invalidFilter', `The value filter in the path ${JSON.stringify(shown)} is invalid: ${error.message}`);
    }
    throw error;
  }
  return (element) => predicate({ [attribute.name]: [element] });
}

/**
 * `type eq "work" and primary eq true` describes `{ type: "work", primary: true }`. Anything else (or,
 * not, another operator) describes no single element, so there is nothing to create: 400 noTarget, as
 * RFC 7644 section 3.5.2.3 answers a filter that matches nothing.
 */
export function elementFromFilter(attribute: PatchComplex, filter: Filter, shown: string): JsonObject {
  const element: Record<string, Scalar> = {};
  const collect = (part: Filter): boolean => {
    if (part.kind === 'and') return collect(part.left) && collect(part.right);
    if (part.kind !== 'compare' || part.op !== 'eq' || part.value === null) return false;
    const { path } = part;
    if (path.uri !== undefined || path.subAttribute !== undefined || path.valueFilter !== undefined) return false;
    const sub = findSubAttribute(attribute, path.name);
    if (sub === undefined || sub.readOnly === true) return false;
    const value = coerceScalar(sub, part.value, `${attribute.name}.${sub.name}`);
    if (value === null || (Object.hasOwn(element, sub.name) && element[sub.name] !== value)) return false;
    element[sub.name] = value;
    return true;
  };
  if (!collect(filter)) {
    throw badRequest(
      'noTarget',
      `The path ${JSON.stringify(shown)} matches no "${attribute.name}" element, and its filter is not a set of ` +
        '"sub eq value" terms joined by "and" from which one could be created',
    );
  }
  return element;
}
