// Evaluates a filter AST against a SCIM resource held as a plain object (keys matched
// case-insensitively): the reference semantics the SQL compiler is tested against, and usable
// directly for resources that are not in SQL (Groups).
import { findKey } from '../scim/attribute-name';
import { pathText } from './attribute-path';
import type { CompareFilter, Filter, PresentFilter } from './filter-ast';
import { resolvePath, resolveSubPath, toAtom, validateFilter } from './filter-semantics';
import { isAssigned, matchScalar } from './scalar-match';
import type { ComplexAttribute, ResourceSchema } from './scim-schema';
import { USER_SCHEMA } from './user-attribute-map';

export type ScimObject = Readonly<Record<string, unknown>>;

/** Checks the filter once (FilterError as the compiler would throw), then returns a reusable test. */
export function createFilterPredicate(filter: Filter, schema: ResourceSchema = USER_SCHEMA): (resource: ScimObject) => boolean {
  validateFilter(filter, schema);
  return (resource) => evaluate(filter, resource, schema);
}

export function evaluateFilter(filter: Filter, resource: ScimObject, schema: ResourceSchema = USER_SCHEMA): boolean {
  return createFilterPredicate(filter, schema)(resource);
}

function evaluate(filter: Filter, resource: ScimObject, schema: ResourceSchema): boolean {
  switch (filter.kind) {
    case 'and':
      return evaluate(filter.left, resource, schema) && evaluate(filter.right, resource, schema);
    case 'or':
      return evaluate(filter.left, resource, schema) || evaluate(filter.right, resource, schema);
    case 'not':
      return !evaluate(filter.operand, resource, schema);
    case 'valuePath': {
      const resolved = resolvePath(schema, filter.path, false);
      if (resolved.kind !== 'complex' || resolved.sub !== undefined) return false;
      const elements = elementsOf(read(resource, resolved.part.id, schema, resolved.attribute.name));
      return elements.some((element) => evaluateElement(filter.filter, resolved.attribute, element));
    }
    default:
      return evaluateAttribute(filter, resource, schema);
  }
}

function evaluateAttribute(filter: CompareFilter | PresentFilter, resource: ScimObject, schema: ResourceSchema): boolean {
  const resolved = resolvePath(schema, filter.path, filter.kind === 'compare');
  if (resolved.kind === 'unknown') return false;
  const value = read(resource, resolved.part.id, schema, resolved.attribute.name);
  const shown = pathText(filter.path);
  if (resolved.kind === 'scalar') {
    const { negate, atom } = toAtom(filter, resolved.attribute, shown);
    // A multi-valued simple attribute matches when any of its values does.
    const values = Array.isArray(value) ? value : [value];
    return negate !== values.some((v) => matchScalar(resolved.attribute, atom, v));
  }
  const { attribute, sub } = resolved;
  const { valueFilter } = filter.path;
  const candidates = elementsOf(value).filter(
    (element) => valueFilter === undefined || evaluateElement(valueFilter, attribute, element),
  );
  if (sub === undefined) return candidates.length > 0;
  const { negate, atom } = toAtom(filter, sub, shown);
  return negate !== candidates.some((element) => matchScalar(sub, atom, get(element, sub.name)));
}

function evaluateElement(filter: Filter, complex: ComplexAttribute<string>, element: ScimObject): boolean {
  switch (filter.kind) {
    case 'and':
      return evaluateElement(filter.left, complex, element) && evaluateElement(filter.right, complex, element);
    case 'or':
      return evaluateElement(filter.left, complex, element) || evaluateElement(filter.right, complex, element);
    case 'not':
      return !evaluateElement(filter.operand, complex, element);
    case 'valuePath':
      return false;
    default: {
      const sub = resolveSubPath(complex, filter.path);
      if (sub === undefined) return false;
      const { negate, atom } = toAtom(filter, sub, `${complex.name}.${sub.name}`);
      return negate !== matchScalar(sub, atom, get(element, sub.name));
    }
  }
}

/** Core attributes sit at the top of the resource; an extension's sit under its schema URN. */
function read(resource: ScimObject, partId: string, schema: ResourceSchema, name: string): unknown {
  const container = partId === schema.core.id ? resource : get(resource, partId);
  return isObject(container) ? get(container, name) : undefined;
}

/** An element counts only when it holds something: `{}` or `{ value: null }` is no email at all. */
function elementsOf(value: unknown): ScimObject[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter(isObject).filter((item) => Object.values(item).some(isAssigned));
}

function isObject(value: unknown): value is ScimObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function get(object: ScimObject, name: string): unknown {
  const key = findKey(object, name);
  return key === undefined ? undefined : object[key];
}
