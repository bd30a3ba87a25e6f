// Compiles a filter AST to an employee condition (services' EmployeeCondition) through the attribute
// map: a description over employee fields that the store turns into its query. Nothing here is SQL.
import type { EmployeeCondition, EmployeeField } from '../../services/employees/employee-query';
import { pathText } from './attribute-path';
import { and, anyOf, constant, FALSE, not, or, TRUE } from './condition-builder';
import type { AttributePath, CompareFilter, Filter, PresentFilter } from './filter-ast';
import { fieldCondition } from './field-condition';
import { resolvePath, resolveSubPath, toAtom, validateFilter } from './filter-semantics';
import { matchScalar, type Atom } from './scalar-match';
import type { ComplexAttribute, ResourceSchema, ScalarAttribute, StoredElement } from './scim-schema';
import { USER_SCHEMA } from './user-attribute-map';

type Schema = ResourceSchema<EmployeeField>;

/** @throws FilterError for a comparison the schema refuses (e.g. `active gt true`). */
export function filterToQuery(filter: Filter, schema: Schema = USER_SCHEMA): EmployeeCondition {
  validateFilter(filter, schema);
  return compile(filter, schema);
}

function compile(filter: Filter, schema: Schema): EmployeeCondition {
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

function compileAttribute(filter: CompareFilter | PresentFilter, schema: Schema): EmployeeCondition {
  const resolved = resolvePath(schema, filter.path, filter.kind === 'compare');
  if (resolved.kind === 'unknown') return FALSE;
  const shown = pathText(filter.path);
  if (resolved.kind === 'scalar') {
    const { negate, atom } = toAtom(filter, resolved.attribute, shown);
    const { field } = resolved.attribute;
    const condition =
      field === undefined
        ? constant(matchScalar(resolved.attribute, atom, undefined))
        : fieldCondition(resolved.attribute, field, atom);
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

function withinBracket(
  path: AttributePath,
  complex: ComplexAttribute<EmployeeField>,
): (element: StoredElement<EmployeeField>) => EmployeeCondition {
  const { valueFilter } = path;
  return valueFilter === undefined ? () => TRUE : (element) => elementFilter(valueFilter, complex, element);
}

/** A stored element exists when one of its fields is assigned; the row's other elements are absent. */
function someElement(
  complex: ComplexAttribute<EmployeeField>,
  condition: (element: StoredElement<EmployeeField>) => EmployeeCondition,
): EmployeeCondition {
  return anyOf(
    (complex.elements ?? []).map((element) => {
      const exists = anyOf(
        Object.entries(element.fields).map(([name, field]) =>
          fieldCondition(subAttribute(complex, name), field, { kind: 'present' }),
        ),
      );
      return and(exists, condition(element));
    }),
  );
}

function elementFilter(
  filter: Filter,
  complex: ComplexAttribute<EmployeeField>,
  element: StoredElement<EmployeeField>,
): EmployeeCondition {
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

/** A sub-attribute is a field, a constant of the element (its `type`), or never assigned. */
function subCondition(sub: ScalarAttribute, element: StoredElement<EmployeeField>, atom: Atom): EmployeeCondition {
  const field = element.fields[sub.name];
  if (field !== undefined) return fieldCondition(sub, field, atom);
  return constant(matchScalar(sub, atom, element.constants?.[sub.name]));
}

function subAttribute(complex: ComplexAttribute<EmployeeField>, name: string): ScalarAttribute {
  const sub = complex.subAttributes.find((s) => s.name === name);
  if (sub === undefined) throw new Error(`Attribute map: ${complex.name} stores "${name}" but does not declare it`);
  return sub;
}
