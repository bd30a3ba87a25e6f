// Builds the User resource the gateway returns: the resource as the identity provider last wrote it
// (so it reads back what it sent), or, for an employee SCIM never wrote, one built from its columns.
import { CATALOG_FIELDS, fieldProperty, type ScimPath } from '../../../preload/field-catalog';
import type { EmployeeRow } from '../../services/employees/employee-query';
import { etagOf } from './etag';
import { USER_URN } from './scim-urns';
import { isObject, type ScimObject } from './user-sanitizer';

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

/**
 * The User of an employee SCIM never wrote (a local one, so an identity provider can match it by
 * userName), built from the catalog: each field with a value goes where its SCIM path says. A typed
 * element (the work email, phones, the work address) is created on its first field; one whose path
 * lets the primary element stand in for it is marked primary, as the employee has no other.
 */
function userFromColumns(row: EmployeeRow): ScimObject {
  const user: ScimObject = { schemas: [USER_URN] };
  for (const field of CATALOG_FIELDS) {
    const value = row[fieldProperty(field)];
    if (value === null || value === '') continue;
    const path: ScimPath = field.scim;
    let container = user;
    if (path.schema !== undefined) {
      if (!isObject(user[path.schema])) {
        user[path.schema] = {};
        user.schemas = [USER_URN, path.schema];
      }
      container = user[path.schema] as ScimObject;
    }
    if (path.subAttribute === undefined) {
      container[path.attribute] = value;
    } else if (path.type === undefined) {
      container[path.attribute] = { ...(container[path.attribute] as ScimObject | undefined), [path.subAttribute]: value };
    } else {
      container[path.attribute] ??= [];
      const elements = container[path.attribute] as ScimObject[];
      let element = elements.find((candidate) => candidate.type === path.type);
      if (element === undefined) {
        element = { type: path.type, ...(path.primaryFallback ? { primary: true } : {}) };
        elements.push(element);
      }
      element[path.subAttribute] = value;
    }
  }
  if (row.externalId) user.externalId = row.externalId;
  if (row.displayName) user.displayName = row.displayName;
  return user;
}
