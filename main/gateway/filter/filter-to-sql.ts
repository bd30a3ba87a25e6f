// Compiles a filter AST to a parameterized WHERE clause over the employees table, through the
// attribute map: no value is ever written into the SQL text, only bound through `params`.
import { pathText } from './attribute-path';
import type { AttributePath, CompareFilter, Filter, PresentFilter } from './filter-ast';
import { columnCondition } from './column-condition';
import { resolvePath, resolveSubPath, toAtom, validateFilter } from './filter-semantics';
import { matchScalar, type Atom } from './scalar-match';
import type { ComplexAttribute, ResourceSchema, ScalarAttribute, StoredElement } from './scim-schema';
import { and, anyOf, constant, FALSE, not, or, TRUE, type SqlFragment } from './sql-fragment';
import { USER_SCHEMA } from './user-attribute-map';

export interface SqlWhere {
  /** A boolean SQL expression, safe to put in `WHERE (...)`; `0` or `1` when known at compile time. */
  readonly where: string;
  readonly params: unknown[];
}

/** @throws FilterError for a comparison the schema refuses (e.g. `active gt true`). */
export function filterToSql(filter: Filter, schema: ResourceSchema = USER_SCHEMA): SqlWhere {
  validateFilter(filter, schema);
  const fragment = compile(filter, schema);
  return { where: fragment.sql, params: [...fragment.params] };
}

function compile(filter: Filter, schema: ResourceSchema): SqlFragment {
  switch (filter.kind) {
    case 'and':
      return and(compile(filter.left, schema), compile(filter.right, schema));
    case 'or':
      return or(compile(filter.left, schema), compile(filter.right, schema));
    case 'not':
      return not(compile(filter.operand, schema));
    case 'valuePath': {
      const resolved = resolvePath(schema, filter.path, false);
      if (resolved.kind !== 'complex' || resolved.sub !== undefined) return FALSE;
      return someElement(resolved.attribute, (element) => elementFilter(filter.filter, resolved.attribute, element));
    }
    default:
      return compileAttribute(filter, schema);
  }
}

function compileAttribute(filter: CompareFilter | PresentFilter, schema: ResourceSchema): SqlFragment {
  const resolved = resolvePath(schema, filter.path, filter.kind === 'compare');
  if (resolved.kind === 'unknown') return FALSE;
  const shown = pathText(filter.path);
  if (resolved.kind === 'scalar') {
    const { negate, atom } = toAtom(filter, resolved.attribute, shown);
    const { column } = resolved.attribute;
    const condition =
      column === undefined
        ? constant(matchScalar(resolved.attribute, atom, undefined))
        : columnCondition(resolved.attribute, column, atom, resolved.attribute.foldedColumn);
    return negate ? not(condition) : condition;
  }
  const { attribute, sub } = resolved;
  const bracket = withinBracket(filter.path, attribute);
  if (sub === undefined) return someElement(attribute, bracket);
  // Negation wraps the whole path: `emails[type eq "work"].value ne "x"` holds when no such email is "x".
  const { negate, atom } = toAtom(filter, sub, shown);
  const condition = someElement(attribute, (element) => and(bracket(element), subCondition(sub, element, atom)));
  return negate ? not(condition) : condition;
}

function withinBracket(path: AttributePath, complex: ComplexAttribute<string>): (element: StoredElement) => SqlFragment {
  const { valueFilter } = path;
  return valueFilter === undefined ? () => TRUE : (element) => elementFilter(valueFilter, complex, element);
}

/** A stored element exists when one of its columns is assigned; the row's other elements are absent. */
function someElement(complex: ComplexAttribute<string>, condition: (element: StoredElement) => SqlFragment): SqlFragment {
  return anyOf(
    (complex.elements ?? []).map((element) => {
      const exists = anyOf(
        Object.entries(element.columns).map(([name, column]) =>
          columnCondition(subAttribute(complex, name), column, { kind: 'present' }),
        ),
      );
      return and(exists, condition(element));
    }),
  );
}

function elementFilter(filter: Filter, complex: ComplexAttribute<string>, element: StoredElement): SqlFragment {
  switch (filter.kind) {
    case 'and':
      return and(elementFilter(filter.left, complex, element), elementFilter(filter.right, complex, element));
    case 'or':
      return or(elementFilter(filter.left, complex, element), elementFilter(filter.right, complex, element));
    case 'not':
      return not(elementFilter(filter.operand, complex, element));
    case 'valuePath':
      return FALSE; // the parser never nests value filters
    default: {
      const sub = resolveSubPath(complex, filter.path);
      if (sub === undefined) return FALSE;
      const { negate, atom } = toAtom(filter, sub, `${complex.name}.${sub.name}`);
      const condition = subCondition(sub, element, atom);
      return negate ? not(condition) : condition;
    }
  }
}

/** A sub-attribute is a column, a constant of the element (its `type`), or never assigned. */
function subCondition(sub: ScalarAttribute, element: StoredElement, atom: Atom): SqlFragment {
  const column = element.columns[sub.name];
  if (column !== undefined) return columnCondition(sub, column, atom, element.foldedColumns?.[sub.name]);
  return constant(matchScalar(sub, atom, element.constants?.[sub.name]));
}

function subAttribute(complex: ComplexAttribute<string>, name: string): ScalarAttribute {
  const sub = complex.subAttributes.find((s) => s.name === name);
  if (sub === undefined) throw new Error(`Attribute map: ${complex.name} stores "${name}" but does not declare it`);
  return sub;
}
