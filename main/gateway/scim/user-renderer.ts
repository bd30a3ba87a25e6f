// Builds the User resource the gateway returns: the resource as the identity provider last wrote it
// (so it reads back what it sent), or, for an employee SCIM never wrote, one built from its columns.
import type { EmployeeRow } from '../../services/employees/employee-query';
import { etagOf } from './etag';
import { ENTERPRISE_USER_URN, USER_URN } from './scim-urns';
import type { ScimObject } from './user-sanitizer';

/** The stored resource as a new object (parsed or built on each call: the caller may change it). */
export function storedUser(row: EmployeeRow): ScimObject {
  return row.scimResource !== null ? (JSON.parse(row.scimResource) as ScimObject) : userFromColumns(row);
}

/** The columns rendering needs; the others only for an employee SCIM never wrote. */
export type RenderableUser = Pick<EmployeeRow, 'id' | 'scimResource' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * The same resource as renderUser, as JSON text, without parsing the stored resource and serializing
 * it again (the largest cost of a read once the row is fetched). The stored text is a JSON object
 * that never holds `id` or `meta`: the sanitizer drops both before anything is stored.
 */
export function renderUserJson(row: RenderableUser, baseUrl: string, columns: () => EmployeeRow): string {
  const stored = row.scimResource ?? JSON.stringify(userFromColumns(columns()));
  const inner = stored.slice(1, -1).trim();
  const meta = JSON.stringify(metaOf(row, baseUrl));
  return `{${inner}${inner === '' ? '' : ','}"id":${JSON.stringify(row.id)},"meta":${meta}}`;
}

function metaOf(row: RenderableUser, baseUrl: string) {
  return {
    resourceType: 'User',
    created: row.createdAt,
    lastModified: row.updatedAt,
    version: etagOf(row.version),
    location: `${baseUrl}/Users/${row.id}`,
  };
}

export function renderUser(row: EmployeeRow, baseUrl: string): ScimObject {
  return {
    ...storedUser(row),
    id: row.id,
    meta: metaOf(row, baseUrl),
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
