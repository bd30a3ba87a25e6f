// The SCIM User attributes a filter can reach and the employee field behind each: the catalog's
// filterable fields (preload/field-catalog.ts), grouped by their SCIM path, plus the attributes every
// employee has (id, externalId, displayName, meta). Types and caseExact follow RFC 7643 section 4.1 and
// the enterprise extension (4.3); names of fields, never of columns: the store maps those.
import { CATALOG_FIELDS, CORE_USER_URN, fieldProperty, type CatalogField } from '../../../preload/field-catalog';
import type { EmployeeField } from '../../services/employees/employee-query';
import type { ComplexAttribute, ResourceSchema, ScalarAttribute, SchemaAttribute, StoredElement } from './scim-schema';

const text = (name: string, caseExact = false): ScalarAttribute<never> => ({ name, type: 'string', caseExact });
const dateTime = (name: string): ScalarAttribute<never> => ({ name, type: 'dateTime', caseExact: true });

interface Building {
  readonly name: string;
  readonly multiValued: boolean;
  readonly subAttributes: ScalarAttribute<never>[];
  readonly elements: { constants?: Record<string, string>; fields: Record<string, EmployeeField> }[];
}

/**
 * One part (core or an extension) from the catalog fields under it. Only the rows' stored elements are
 * listed (one work email, a work and a mobile phone, a work address): `type` is a constant of each
 * element, so `emails[type eq "home"]` can match no row.
 */
function catalogAttributes(fields: readonly CatalogField[]): SchemaAttribute<EmployeeField>[] {
  const attributes: (ScalarAttribute<EmployeeField> | Building)[] = [];
  for (const field of fields) {
    const { attribute, subAttribute, type } = field.scim as CatalogField['scim'] & { subAttribute?: string; type?: string };
    const property = fieldProperty(field);
    if (subAttribute === undefined) {
      attributes.push({
        name: attribute,
        type: field.kind === 'boolean' ? 'boolean' : 'string',
        caseExact: field.caseExact,
        field: property,
      });
      continue;
    }
    let complex = attributes.find((a): a is Building => 'elements' in a && a.name === attribute);
    if (!complex) {
      complex = { name: attribute, multiValued: type !== undefined, subAttributes: [], elements: [] };
      attributes.push(complex);
    }
    if (!complex.subAttributes.some((s) => s.name === subAttribute))
      complex.subAttributes.push(text(subAttribute, field.caseExact));
    const constants = type === undefined ? undefined : { type };
    let element = complex.elements.find((e) => e.constants?.type === constants?.type);
    if (!element) {
      element = { ...(constants ? { constants } : {}), fields: {} };
      complex.elements.push(element);
    }
    element.fields[subAttribute] = property;
  }
  return attributes.map((a) => {
    if (!('elements' in a)) return a;
    const subAttributes = a.multiValued ? [...a.subAttributes, text('type')] : a.subAttributes;
    const complex: ComplexAttribute<EmployeeField> = {
      name: a.name,
      type: 'complex',
      multiValued: a.multiValued,
      subAttributes,
      elements: a.elements as StoredElement<EmployeeField>[],
    };
    return complex;
  });
}

const filterable = CATALOG_FIELDS.filter((f) => f.filterable);
const schemaOf = (field: CatalogField): string | undefined => (field.scim as { schema?: string }).schema;
const extensionIds = [...new Set(filterable.map(schemaOf).filter((id): id is string => id !== undefined))];

export const USER_SCHEMA: ResourceSchema<EmployeeField> = {
  core: {
    id: CORE_USER_URN,
    attributes: [
      { name: 'id', type: 'string', caseExact: true, field: 'id' },
      { name: 'externalId', type: 'string', caseExact: true, field: 'externalId' },
      { name: 'displayName', type: 'string', caseExact: false, field: 'displayName' },
      ...catalogAttributes(filterable.filter((f) => schemaOf(f) === undefined)),
      {
        name: 'meta',
        type: 'complex',
        multiValued: false,
        subAttributes: [dateTime('created'), dateTime('lastModified')],
        elements: [{ fields: { created: 'createdAt', lastModified: 'updatedAt' } }],
      },
    ],
  },
  extensions: extensionIds.map((id) => ({ id, attributes: catalogAttributes(filterable.filter((f) => schemaOf(f) === id)) })),
};
