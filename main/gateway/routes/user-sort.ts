// sortBy for Users: the attributes that map to a column, case-insensitive ones by their foldCase form
// (store/case-fold.ts). A user without a value sorts last when ascending and first when descending
// (RFC 7644 section 3.4.2.3), where SQLite would put NULL first. Anything else keeps the default
// order, whatever sortOrder says: rowid, which is creation order, stable across pages.
import { foldedSql } from '../../store/case-fold';

interface SortColumn {
  readonly sql: string;
  /** Whether a visible user can lack the value (userName, id and the timestamps never do). */
  readonly optional: boolean;
}

const required = (sql: string): SortColumn => ({ sql, optional: false });
const optional = (sql: string): SortColumn => ({ sql, optional: true });

// A Map: sortBy is request text, and a plain object would answer `constructor` with a function.
const SORT_COLUMNS: ReadonlyMap<string, SortColumn> = new Map(Object.entries({
  id: required('id'),
  externalid: optional('external_id'),
  username: required('user_name_key'),
  displayname: optional(foldedSql('display_name')),
  'name.givenname': optional(foldedSql('first_name')),
  'name.familyname': optional(foldedSql('last_name')),
  emails: optional('email_key'),
  'emails.value': optional('email_key'),
  'meta.created': required('created_at'),
  'meta.lastmodified': required('updated_at'),
  employeenumber: optional(foldedSql('employee_number')),
}));
// Either schema's URN may prefix the name: `urn:...:core:2.0:User:userName`, `urn:...:enterprise:2.0:User:employeeNumber`.
const SCHEMA_PREFIX = /^urn:ietf:params:scim:schemas:(?:core|extension:enterprise):2\.0:user:/i;

export function userOrderBy(sortBy: string | null, descending: boolean): string {
  const key = sortBy?.replace(SCHEMA_PREFIX, '').toLowerCase();
  const column = key === undefined ? undefined : SORT_COLUMNS.get(key);
  // sortOrder orders by sortBy (RFC 7644 section 3.4.2.3); alone, it leaves the default order.
  if (!column) return 'rowid ASC';
  const direction = descending ? 'DESC' : 'ASC';
  // An empty text is unassigned too (RFC 7643 section 2.5), though the services store it as NULL.
  const missingLast = column.optional ? `coalesce(${column.sql}, '') = '' ${direction}, ` : '';
  return `${missingLast}${column.sql} ${direction}, rowid ${direction}`;
}
