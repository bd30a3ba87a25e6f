// sortBy for Users: the attributes that map to a column, case-insensitive ones by their foldCase form
// (store/case-fold.ts). Anything else keeps the default order: rowid, which is creation order, stable
// across pages and needs no index of its own.
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
};

export function userOrderBy(sortBy: string | null, descending: boolean): string {
  const key = sortBy?.replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/i, '').toLowerCase();
  const column = key === undefined ? undefined : SORT_COLUMNS[key];
  const direction = descending ? 'DESC' : 'ASC';
  return column ? `${column} ${direction}, rowid ${direction}` : `rowid ${direction}`;
}
