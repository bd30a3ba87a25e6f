// Parameterized SQL fragments with constant folding: a value only ever travels in `params`, and a
// condition known at compile time (`emails[type eq "home"]`) folds to 0 instead of reaching SQLite.
// Every fragment is two-valued (0 or 1, never NULL), so NOT over a NULL column still means "not".

export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export const TRUE: SqlFragment = { sql: '1', params: [] };
export const FALSE: SqlFragment = { sql: '0', params: [] };

export const constant = (value: boolean): SqlFragment => (value ? TRUE : FALSE);

export function and(a: SqlFragment, b: SqlFragment): SqlFragment {
  if (a === FALSE || b === FALSE) return FALSE;
  if (a === TRUE) return b;
  if (b === TRUE) return a;
  return { sql: `(${a.sql} AND ${b.sql})`, params: [...a.params, ...b.params] };
}

export function or(a: SqlFragment, b: SqlFragment): SqlFragment {
  if (a === TRUE || b === TRUE) return TRUE;
  if (a === FALSE) return b;
  if (b === FALSE) return a;
  return { sql: `(${a.sql} OR ${b.sql})`, params: [...a.params, ...b.params] };
}

export function not(a: SqlFragment): SqlFragment {
  if (a === TRUE) return FALSE;
  if (a === FALSE) return TRUE;
  return { sql: `(NOT ${a.sql})`, params: a.params };
}

export function anyOf(fragments: readonly SqlFragment[]): SqlFragment {
  return fragments.reduce(or, FALSE);
}
