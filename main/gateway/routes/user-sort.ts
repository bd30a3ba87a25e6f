// sortBy for Users: the attributes that map to a column. Anything else keeps the default order:
// rowid, which is creation order, stable across pages and needs no index of its own.
const SORT_COLUMNS: Record<string, string> = {
  id: 'id',
  externalid: 'external_id',
  username: 'user_name COLLATE NOCASE',
  displayname: 'display_name COLLATE NOCASE',
  'name.givenname': 'first_name COLLATE NOCASE',
  'name.familyname': 'last_name COLLATE NOCASE',
  emails: 'email COLLATE NOCASE',
  'emails.value': 'email COLLATE NOCASE',
  'meta.created': 'created_at',
  'meta.lastmodified': 'updated_at',
};

export function userOrderBy(sortBy: string | null, descending: boolean): string {
  const key = sortBy?.replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/i, '').toLowerCase();
  const column = key === undefined ? undefined : SORT_COLUMNS[key];
  const direction = descending ? 'DESC' : 'ASC';
  return column ? `${column} ${direction}, rowid ${direction}` : `rowid ${direction}`;
}
