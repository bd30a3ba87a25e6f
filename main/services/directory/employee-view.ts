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

export const statusOf = (active: boolean): EmployeeStatus => (active ? 'active' : 'inactive');

export function toEmployeeView(
  row: EmployeeRow,
  organizations: ReadonlyMap<string, OrganizationView>,
  settings: OwnershipSettings,
): EmployeeView {
  const fields = Object.fromEntries(CATALOG_FIELDS.map((field) => [field.key, fieldValue(row, field)]));
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
