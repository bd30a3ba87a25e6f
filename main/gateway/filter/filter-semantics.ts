// What a filter means against a schema, shared by the SQL compiler and the evaluator: which attribute a
// path names, how `ne` and `null` rewrite into plain atoms, and which comparisons are refused (400).
import { sameName } from '../scim/attribute-name';
import { pathText } from './attribute-path';
import type { AttributePath, CompareFilter, Filter, PresentFilter } from './filter-ast';
import { FilterError } from './filter-error';
import type { Atom } from './scalar-match';
import type { ComplexAttribute, ResourceSchema, ScalarAttribute, SchemaPart } from './scim-schema';

export type Resolved<C extends string> =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'scalar'; readonly part: SchemaPart<C>; readonly attribute: ScalarAttribute<C> }
  | {
      readonly kind: 'complex';
      readonly part: SchemaPart<C>;
      readonly attribute: ComplexAttribute<C>;
      /** The sub-attribute compared; undefined for `emails pr` or `emails[...]` on their own. */
      readonly sub: ScalarAttribute | undefined;
    };

/**
 * Unknown names resolve to 'unknown' (RFC 7644: such a filter matches nothing). A bare name is looked up
 * in the core schema, then the extensions: RFC 7644 section 3.10 only says clients SHOULD qualify them.
 */
export function resolvePath<C extends string>(schema: ResourceSchema<C>, path: AttributePath, compared: boolean): Resolved<C> {
  const all = [schema.core, ...schema.extensions];
  const parts = path.uri === undefined ? all : all.filter((p) => sameName(p.id, path.uri ?? ''));
  for (const part of parts) {
    const attribute = part.attributes.find((a) => sameName(a.name, path.name));
    if (attribute === undefined) continue;
    if (attribute.type !== 'complex') {
      const plain = path.subAttribute === undefined && path.valueFilter === undefined;
      return plain ? { kind: 'scalar', part, attribute: filterable(attribute, path) } : { kind: 'unknown' };
    }
    filterable(attribute, path);
    if (path.subAttribute !== undefined) {
      const sub = findSub(attribute, path.subAttribute);
      return sub === undefined ? { kind: 'unknown' } : { kind: 'complex', part, attribute, sub: filterable(sub, path) };
    }
    if (!compared) return { kind: 'complex', part, attribute, sub: undefined };
    // RFC 7644 says a complex attribute needs a sub-attribute; clients still send `emails eq "x"`, and
    // `value` is the one sub-attribute such a comparison can mean. Without one, refuse (400).
    const value = findSub(attribute, 'value');
    if (value === undefined) {
      throw new FilterError(`"${pathText(path)}" is a complex attribute: compare one of its sub-attributes instead`);
    }
    return { kind: 'complex', part, attribute, sub: filterable(value, path) };
  }
  return { kind: 'unknown' };
}

/**
 * An attribute the schema defines but filters cannot see (a User's nickName: kept only in the stored
 * resource) is refused, rather than matching nothing while the resource holds it.
 */
function filterable<A extends { readonly name: string; readonly filterable?: false }>(attribute: A, path: AttributePath): A {
  if (attribute.filterable !== false) return attribute;
  throw new FilterError(
    `"${pathText(path)}" cannot be used in a filter: the gateway does not keep "${attribute.name}" where filters look (/Schemas says which attributes can be filtered)`,
  );
}

/** A path inside `emails[...]` names a sub-attribute of emails; anything longer matches nothing. */
export function resolveSubPath(complex: ComplexAttribute<string>, path: AttributePath): ScalarAttribute | undefined {
  if (path.uri !== undefined || path.subAttribute !== undefined || path.valueFilter !== undefined) return undefined;
  const sub = findSub(complex, path.name);
  return sub === undefined ? undefined : filterable(sub, { name: `${complex.name}.${sub.name}` });
}

function findSub(complex: ComplexAttribute<string>, name: string): ScalarAttribute | undefined {
  return complex.subAttributes.find((s) => sameName(s.name, name));
}

/**
 * `ne v` is `not (eq v)`, `eq null` is `not pr` and `ne null` is `pr`, so an unassigned value is
 * "not equal" to anything: `not (emails.value eq "x")` and `emails.value ne "x"` agree on a user without email.
 */
export function toAtom(
  filter: CompareFilter | PresentFilter,
  attribute: ScalarAttribute,
  shown: string,
): { negate: boolean; atom: Atom } {
  if (filter.kind === 'present') return { negate: false, atom: { kind: 'present' } };
  checkComparison(filter, attribute, shown);
  const { op, value } = filter;
  if (value === null) return { negate: op === 'eq', atom: { kind: 'present' } };
  if (op === 'ne') return { negate: true, atom: { kind: 'compare', op: 'eq', value } };
  return { negate: false, atom: { kind: 'compare', op, value } };
}

function checkComparison({ op, value }: CompareFilter, attribute: ScalarAttribute, shown: string): void {
  const numeric = attribute.type === 'integer' || attribute.type === 'decimal';
  const what = `"${shown}" is ${numeric ? 'a number' : `a ${attribute.type}`}`;
  const shownValue = JSON.stringify(value);
  if (value === null) {
    if (op === 'eq' || op === 'ne') return;
    throw new FilterError(`"${op}" needs a value to compare with; null only works with eq and ne`);
  }
  if (attribute.type === 'boolean') {
    if (op !== 'eq' && op !== 'ne') throw new FilterError(`${what}: only eq, ne and pr apply to it, not "${op}"`);
    if (typeof value !== 'boolean') throw new FilterError(`${what}: compare it with true or false, not ${shownValue}`);
  } else if (numeric) {
    if (op === 'co' || op === 'sw' || op === 'ew') throw new FilterError(`${what}: "${op}" applies to strings only`);
    if (typeof value !== 'number') throw new FilterError(`${what}: compare it with a number, not ${shownValue}`);
  } else if (typeof value !== 'string') {
    throw new FilterError(`${what}: compare it with a JSON string, not ${shownValue}`);
  }
}

/** Runs every check up front, so a bad comparison is refused even where evaluation would not reach it. */
export function validateFilter<C extends string>(filter: Filter, schema: ResourceSchema<C>): void {
  switch (filter.kind) {
    case 'and':
    case 'or':
      validateFilter(filter.left, schema);
      validateFilter(filter.right, schema);
      return;
    case 'not':
      validateFilter(filter.operand, schema);
      return;
    case 'valuePath': {
      const resolved = resolvePath(schema, filter.path, false);
      if (resolved.kind === 'complex' && resolved.sub === undefined) {
        validateElementFilter(filter.filter, resolved.attribute);
      }
      return;
    }
    default: {
      const resolved = resolvePath(schema, filter.path, filter.kind === 'compare');
      if (resolved.kind === 'unknown') return;
      if (resolved.kind === 'complex' && filter.path.valueFilter !== undefined) {
        validateElementFilter(filter.path.valueFilter, resolved.attribute);
      }
      const attribute = resolved.kind === 'scalar' ? resolved.attribute : resolved.sub;
      if (attribute !== undefined) toAtom(filter, attribute, pathText(filter.path));
    }
  }
}

function validateElementFilter(filter: Filter, complex: ComplexAttribute<string>): void {
  switch (filter.kind) {
    case 'and':
    case 'or':
      validateElementFilter(filter.left, complex);
      validateElementFilter(filter.right, complex);
      return;
    case 'not':
      validateElementFilter(filter.operand, complex);
      return;
    case 'valuePath':
      return;
    default: {
      const sub = resolveSubPath(complex, filter.path);
      if (sub !== undefined) toAtom(filter, sub, `${complex.name}.${sub.name}`);
    }
  }
}
