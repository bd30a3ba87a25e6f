// An employee row as the console and the user management API show it: every catalog field under its
// catalog key (Status as active/inactive), where it sits in the organization tree, and what the
// identity provider owns of it now; as an object, or as the JSON text of one (an API page).
import type { OrganizationView } from '../../../preload/contract';
import type { EmployeeStatus, EmployeeView } from '../../../preload/employees-contract';
import { CATALOG_FIELDS, fieldProperty, type CatalogField } from '../../../preload/field-catalog';
import type { JsonDirectoryRow, JsonMember } from '../../store/directory-json';
import type { EmployeeRow } from '../employees/employee-query';
import { scimOwnedFields, type OwnershipSettings } from '../employees/field-ownership';

type FieldPropertyOf = ReturnType<typeof fieldProperty>;

/** What a view is made of: the catalog's values and the row's own columns the view shows. */
export type ViewedRow = Pick<
  EmployeeRow,
  FieldPropertyOf | 'id' | 'orgId' | 'source' | 'version' | 'updatedAt' | 'scimDeletedAt'
>;

// Each field's row property worked out once, not per employee shown (a page shows up to 200).
const FIELD_PROPERTIES = CATALOG_FIELDS.map((field) => ({ field, key: field.key, property: fieldProperty(field) }));
const PROPERTY_OF: ReadonlyMap<CatalogField, FieldPropertyOf> = new Map(FIELD_PROPERTIES.map((f) => [f.field, f.property]));

/** fieldProperty(field) without working it out again (a regular expression) for each employee. */
export const propertyOf = <F extends CatalogField>(field: F): ReturnType<typeof fieldProperty<F>> =>
  (PROPERTY_OF.get(field) as ReturnType<typeof fieldProperty<F>> | undefined) ?? fieldProperty(field);

/** A catalog field's value as the directory shows it: text as stored, the boolean Status as a word. */
export function fieldValue(row: Pick<EmployeeRow, FieldPropertyOf>, field: CatalogField): string | null {
  const value = row[propertyOf(field)];
  if (typeof value === 'boolean') return statusOf(value);
  return value;
}

export const statusOf = (active: boolean): EmployeeStatus => (active ? 'active' : 'inactive');

/** Status as the directory shows it, for the view's members below. */
const STATUS_WORDS = { true: statusOf(true), false: statusOf(false) } as const;

/**
 * The view's members read from the row, in the order clients see them: the catalog's fields, then the
 * row's own. The two members worked out per employee, organizationPath and scimOwnedFields, follow
 * them. The one definition of the view: the object below and the JSON text SQLite writes for the user
 * management API's pages (store/directory-json.ts) are both made from it.
 */
export const VIEW_MEMBERS: readonly JsonMember[] = Object.freeze([
  ...FIELD_PROPERTIES.map(({ field, key, property }) =>
    field.kind === 'boolean' ? { key, property, words: STATUS_WORDS } : { key, property },
  ),
  { key: 'id', property: 'id' },
  { key: 'organizationId', property: 'orgId' },
  { key: 'source', property: 'source' },
  { key: 'scimDeletedAt', property: 'scimDeletedAt' },
  { key: 'version', property: 'version' },
  { key: 'updatedAt', property: 'updatedAt' },
]);

/**
 * The view as one object literal, compiled once from VIEW_MEMBERS (keys and properties are quoted
 * program constants). Copying the fields into an object one by one and spreading it into the rest
 * measured about 30 µs per employee (V8 gives such an object slow properties): more than half the CPU
 * time of a 20-employee page.
 */
const buildView = new Function(
  'row',
  'statusOf',
  'organizationPath',
  'scimOwnedFields',
  `return { ${VIEW_MEMBERS.map(({ key, property, words }) =>
    words === undefined
      ? `${JSON.stringify(key)}: row[${JSON.stringify(property)}]`
      : `${JSON.stringify(key)}: statusOf(row[${JSON.stringify(property)}])`,
  ).join(', ')},
    organizationPath,
    scimOwnedFields };`,
) as (
  row: ViewedRow,
  status: typeof statusOf,
  organizationPath: readonly string[],
  scimOwnedFields: EmployeeView['scimOwnedFields'],
) => EmployeeView;

export function toEmployeeView(
  row: ViewedRow,
  organizations: ReadonlyMap<string, OrganizationView>,
  settings: OwnershipSettings,
): EmployeeView {
  return buildView(row, statusOf, organizations.get(row.orgId)?.path ?? [], [...scimOwnedFields(row, settings)]);
}

// The JSON of the members worked out per employee, made once per organization and per ownership list
// (both are the same objects until the organizations or the settings change).
const jsonOf = new WeakMap<object, string>();
const NO_PATH: readonly string[] = Object.freeze([]);
const cachedJson = (value: object): string => {
  let text = jsonOf.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    jsonOf.set(value, text);
  }
  return text;
};

/** toEmployeeView's answer as JSON text, from the row's VIEW_MEMBERS text (pageJsonRows). */
export function employeeViewJson(
  row: JsonDirectoryRow,
  organizations: ReadonlyMap<string, OrganizationView>,
  settings: OwnershipSettings,
): string {
  const path = cachedJson(organizations.get(row.orgId)?.path ?? NO_PATH);
  const owned = cachedJson(scimOwnedFields(row, settings));
  // The members' object without its closing brace, then the two worked out here.
  return `${row.json.slice(0, -1)},"organizationPath":${path},"scimOwnedFields":${owned}}`;
}
