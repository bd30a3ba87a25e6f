// Builds the User resource the gateway returns: the resource as the identity provider last wrote it
// (so it reads back what it sent), or, for an employee SCIM never wrote, one built from its columns.
import type { EmployeeRow } from '../../store/employees-repository';
import { etagOf } from './etag';
import { ENTERPRISE_USER_URN, USER_URN } from './scim-urns';
import type { ScimObject } from './user-sanitizer';

export function storedUser(row: EmployeeRow): ScimObject {
  return row.scimResource !== null ? (JSON.parse(row.scimResource) as ScimObject) : userFromColumns(row);
}

export function renderUser(row: EmployeeRow, baseUrl: string): ScimObject {
  return {
    ...storedUser(row),
    id: row.id,
    meta: {
      resourceType: 'User',
      created: row.createdAt,
      lastModified: row.updatedAt,
      version: etagOf(row.version),
      location: `${baseUrl}/Users/${row.id}`,
    },
  };
}

function userFromColumns(row: EmployeeRow): ScimObject {
  const user: ScimObject = { schemas: [USER_URN], userName: row.userName, active: row.active };
  if (row.externalId) user.externalId = row.externalId;
  if (row.displayName) user.displayName = row.displayName;
  if (row.firstName || row.lastName) {
    user.name = { ...(row.firstName ? { givenName: row.firstName } : {}), ...(row.lastName ? { familyName: row.lastName } : {}) };
  }
  if (row.email) user.emails = [{ type: 'work', value: row.email, primary: true }];
  const phones = [
    ...(row.workPhone ? [{ type: 'work', value: row.workPhone }] : []),
    ...(row.cellPhone ? [{ type: 'mobile', value: row.cellPhone }] : []),
  ];
  if (phones.length > 0) user.phoneNumbers = phones;
  const address = {
    ...(row.addressLine1 ? { streetAddress: row.addressLine1 } : {}),
    ...(row.city ? { locality: row.city } : {}),
    ...(row.state ? { region: row.state } : {}),
    ...(row.zipCode ? { postalCode: row.zipCode } : {}),
    ...(row.country ? { country: row.country } : {}),
  };
  if (Object.keys(address).length > 0) user.addresses = [{ type: 'work', ...address }];
  if (row.employeeNumber) {
    user[ENTERPRISE_USER_URN] = { employeeNumber: row.employeeNumber };
    user.schemas = [USER_URN, ENTERPRISE_USER_URN];
  }
  return user;
}
