// sortBy for Users: the sortable catalog fields (preload/field-catalog.ts) and the attributes every
// employee has, by their SCIM names, as an employee sort the store orders by (case-insensitive ones by
// their foldCase form; a user without a value last ascending, first descending). Anything else keeps
// the default order, creation order, whatever sortOrder says.
import { CATALOG_FIELDS, fieldProperty, type CatalogField } from '../../../preload/field-catalog';
import type { EmployeeField, EmployeeSort } from '../../services/employees/employee-query';

interface SortKey {
  readonly field: EmployeeField;
  readonly folded: boolean;
}

/** The names sortBy may give a catalog field: `name.givenName`; `emails.value` and `emails` alike. */
function sortNames(field: CatalogField): string[] {
  const { attribute, subAttribute, type } = field.scim as CatalogField['scim'] & { subAttribute?: string; type?: string };
  if (subAttribute === undefined) return [attribute];
  const path = `${attribute}.${subAttribute}`;
  return type !== undefined && subAttribute === 'value' ? [attribute, path] : [path];
}

// A Map keyed by lower-cased name: sortBy is request text, and a plain object would answer
// `constructor` with a function.
const SORT_KEYS: ReadonlyMap<string, SortKey> = new Map([
  ['id', { field: 'id', folded: false }],
  ['externalid', { field: 'externalId', folded: false }],
  ['displayname', { field: 'displayName', folded: true }],
  ['meta.created', { field: 'createdAt', folded: false }],
  ['meta.lastmodified', { field: 'updatedAt', folded: false }],
  ...CATALOG_FIELDS.filter((f) => f.sortable).flatMap((field) =>
    sortNames(field).map((name): [string, SortKey] => [
      name.toLowerCase(),
      { field: fieldProperty(field), folded: !field.caseExact },
    ]),
  ),
]);
// Either schema's URN may prefix the name: `urn:...:core:2.0:User:userName`, `urn:...:enterprise:2.0:User:employeeNumber`.
const SCHEMA_PREFIX = /^urn:ietf:params:scim:schemas:(?:core|extension:enterprise):2\.0:user:/i;

/** null: the default order (sortOrder alone orders nothing, RFC 7644 section 3.4.2.3). */
export function userSort(sortBy: string | null, descending: boolean): EmployeeSort | null {
  const key = sortBy === null ? undefined : SORT_KEYS.get(sortBy.replace(SCHEMA_PREFIX, '').toLowerCase());
  return key === undefined ? null : { ...key, descending };
}
