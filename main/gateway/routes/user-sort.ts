// sortBy for Users: the attributes that map to a column, case-insensitive ones by their foldCase form
// (store/case-fold.ts). Anything else keeps the default order, whatever sortOrder says: rowid, which
// is creation order, stable across pages and needs no index of its own.
import { foldedSql } from '../../store/case-fold';

const SORT_COLUMNS: Record<string, string> = {
  id: 'id',
  externalid: 'external_id',
  username: 'user_name_key',
  displayname: foldedSql('display_name'),
  'name.givenname': foldedSql('first_name'),
  'name.familyname': foldedSql('last_name'),
  emails: 'email_key',
  'emails.value': 'email_key',
  'meta.created': 'created_at',
  'meta.lastmodified': 'updated_at',
  employeenumber: foldedSql('employee_number'),
};
// Either schema's URN may prefix the name: `urn:...:core:2.0:User:userName`, `urn:...:enterprise:2.0:User:employeeNumber`.
const SCHEMA_PREFIX = /^urn:ietf:params:scim:schemas:(?:core|extension:enterprise):2\.0:user:/i;

export function userOrderBy(sortBy: string | null, descending: boolean): string {
  const key = sortBy?.replace(SCHEMA_PREFIX, '').toLowerCase();
  const column = key === undefined ? undefined : SORT_COLUMNS[key];
  // sortOrder orders by sortBy (RFC 7644 section 3.4.2.3); alone, it leaves the default order.
  if (!column) return 'rowid ASC';
  const direction = descending ? 'DESC' : 'ASC';
  return `${column} ${direction}, rowid ${direction}`;
}
