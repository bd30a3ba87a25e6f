// The User attributes a filter can name and the employee field behind each: the one User schema
// definition (scim/user-schema-definition.ts) for names, types and caseExact, with storage from the
// catalog's filterable fields (preload/field-catalog.ts) plus the attributes every employee has (id,
// externalId, displayName, meta). An attribute the definition has but no field holds is marked
// `filterable: false`: a filter naming it is refused. Names of fields, never of columns: the store maps those.
import { CATALOG_FIELDS, fieldProperty, type CatalogField, type ScimPath } from '../../../preload/field-catalog';
import type { EmployeeField } from '../../services/employees/employee-query';
import type { AttributeDefinition } from '../scim/schema-definition';
import { USER_DEFINITION } from '../scim/user-schema-definition';
import type { ResourceSchema, ScalarAttribute, SchemaAttribute, SchemaPart, StoredElement } from './scim-schema';

type Element = { constants?: Record<string, string>; fields: Record<string, EmployeeField> };

// The employee columns every employee has, outside the catalog (core schema only).
const EMPLOYEE_SCALARS: ReadonlyMap<string, EmployeeField> = new Map<string, EmployeeField>([
  ['id', 'id'],
  ['externalId', 'externalId'],
  ['displayName', 'displayName'],
]);
const EMPLOYEE_ELEMENTS: ReadonlyMap<string, readonly Element[]> = new Map([
  ['meta', [{ fields: { created: 'createdAt', lastModified: 'updatedAt' } as Record<string, EmployeeField> }]],
]);

const filterableFields = CATALOG_FIELDS.filter((f) => f.filterable);
const pathOf = (field: CatalogField): ScimPath => field.scim;

/**
 * The stored elements of a complex attribute: one per `type` its catalog fields name (one work email,
 * a work and a mobile phone, a work address). `type` is a constant of each element, so
 * `emails[type eq "home"]` can match no row.
 */
function elementsOf(schemaId: string | undefined, name: string): Element[] {
  const elements: Element[] = [...(schemaId === undefined ? (EMPLOYEE_ELEMENTS.get(name) ?? []) : [])];
  for (const field of filterableFields) {
    const path = pathOf(field);
    if (path.schema !== schemaId || path.attribute !== name || path.subAttribute === undefined) continue;
    let element = elements.find((e) => e.constants?.type === path.type);
    if (element === undefined) {
      element = { ...(path.type === undefined ? {} : { constants: { type: path.type } }), fields: {} };
      elements.push(element);
    }
    element.fields[path.subAttribute] = fieldProperty(field);
  }
  return elements;
}

function scalarField(schemaId: string | undefined, name: string): EmployeeField | undefined {
  const stored = schemaId === undefined ? EMPLOYEE_SCALARS.get(name) : undefined;
  if (stored !== undefined) return stored;
  const field = filterableFields.find((f) => pathOf(f).schema === schemaId && pathOf(f).attribute === name);
  return field === undefined || pathOf(field).subAttribute !== undefined ? undefined : fieldProperty(field);
}

function filterAttribute(schemaId: string | undefined, definition: AttributeDefinition): SchemaAttribute<EmployeeField> {
  const { name, type, caseExact, multiValued } = definition;
  if (type !== 'complex') {
    const field = scalarField(schemaId, name);
    return { name, type, caseExact, ...(multiValued ? { multiValued } : {}), ...(field ? { field } : { filterable: false }) };
  }
  const elements = elementsOf(schemaId, name);
  const held = (sub: string) => elements.some((e) => Object.hasOwn(e.fields, sub) || Object.hasOwn(e.constants ?? {}, sub));
  const subAttributes = (definition.subAttributes ?? []).map(
    (sub): ScalarAttribute<never> => ({
      name: sub.name,
      type: sub.type === 'complex' ? 'string' : sub.type,
      caseExact: sub.caseExact,
      ...(held(sub.name) ? {} : { filterable: false }),
    }),
  );
  return {
    name,
    type: 'complex',
    multiValued,
    subAttributes,
    elements: elements as StoredElement<EmployeeField>[],
    ...(elements.length > 0 ? {} : { filterable: false }),
  };
}

function part(id: string, schemaId: string | undefined, attributes: readonly AttributeDefinition[]): SchemaPart<EmployeeField> {
  return { id, attributes: attributes.map((a) => filterAttribute(schemaId, a)) };
}

export const USER_SCHEMA: ResourceSchema<EmployeeField> = {
  core: part(USER_DEFINITION.core.id, undefined, [...USER_DEFINITION.common, ...USER_DEFINITION.core.attributes]),
  extensions: USER_DEFINITION.extensions.map((extension) => part(extension.id, extension.id, extension.attributes)),
};
