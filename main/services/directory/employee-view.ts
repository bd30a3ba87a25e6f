// An employee row as the console and the user management API show it: catalog fields under their
// catalog keys, where it sits in the organization tree, and what the identity provider owns of it.
import type { EmployeeView } from '../../../preload/employees-contract';
import type { OrganizationView } from '../../../preload/contract';
import type { EmployeeRow } from '../../store/employees-repository';
import { scimOwnedFields, type OwnershipSettings } from '../employees/field-ownership';

export function toEmployeeView(row: EmployeeRow, organizations: ReadonlyMap<string, OrganizationView>, settings: OwnershipSettings): EmployeeView {
  return {
    id: row.id,
    userName: row.userName,
    firstName: row.firstName,
    lastName: row.lastName,
    status: row.active ? 'active' : 'inactive',
    employeeNumber: row.employeeNumber,
    email: row.email,
    workPhone: row.workPhone,
    cellPhone: row.cellPhone,
    addressLine1: row.addressLine1,
    city: row.city,
    state: row.state,
    zipCode: row.zipCode,
    country: row.country,
    organizationId: row.orgId,
    organizationPath: organizations.get(row.orgId)?.path ?? [],
    source: row.source,
    scimOwnedFields: [...scimOwnedFields(row, settings)],
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
