// An employee row as the console and the user management API show it: every catalog field under its
// catalog key (Status as active/inactive), where it sits in the organization tree, and what the
// identity provider owns of it now.
import type { OrganizationView } from '../../../preload/contract';
import type { EmployeeStatus, EmployeeView } from '../../../preload/employees-contract';
import { CATALOG_FIELDS, fieldProperty, type CatalogField } from '../../../preload/field-catalog';
import type { EmployeeRow } from '../employees/employee-query';
import { scimOwnedFields, type OwnershipSettings } from '../employees/field-ownership';

/** A catalog field's value as the directory shows it: text as stored, the boolean Status as a word. */
export function fieldValue(row: Pick<EmployeeRow, FieldPropertyOf>, field: CatalogField): string | null {
  const value = row[fieldProperty(field)];
  if (typeof value === 'boolean') return statusOf(value);
  return value;
}
type FieldPropertyOf = ReturnType<typeof fieldProperty>;

// Each field's row property worked out once, not per employee shown (a page shows up to 200).
const FIELD_PROPERTIES = CATALOG_FIELDS.map((field) => ({ key: field.key, property: fieldProperty(field) }));

export const statusOf = (active: boolean): EmployeeStatus => (active ? 'active' : 'inactive');

export function toEmployeeView(
  row: EmployeeRow,
  organizations: ReadonlyMap<string, OrganizationView>,
  settings: OwnershipSettings,
): EmployeeView {
  const fields: Record<string, string | null> = {};
  for (const { key, property } of FIELD_PROPERTIES) {
    const value = row[property];
    fields[key] = typeof value === 'boolean' ? statusOf(value) : value;
  }
  return {
    ...(fields as Omit<
      EmployeeView,
      'id' | 'organizationId' | 'organizationPath' | 'source' | 'scimOwnedFields' | 'version' | 'updatedAt'
    >),
    id: row.id,
    organizationId: row.orgId,
    organizationPath: organizations.get(row.orgId)?.path ?? [],
    source: row.source,
    scimOwnedFields: [...scimOwnedFields(row, settings)],
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
