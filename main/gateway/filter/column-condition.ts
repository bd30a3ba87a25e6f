// The SQL for one atom over one column. Guards make each condition 0 or 1 even on NULL; strings use
// instr/substr rather than LIKE, so `%`, `_` and backslashes in a value match themselves. Case-
// insensitive attributes compare lower() forms: SQLite's lower() folds ASCII only, as NOCASE does.
import { isAssigned, type Atom } from './scalar-match';
import type { ScalarAttribute } from './scim-schema';
import { FALSE, type SqlFragment } from './sql-fragment';

// Column names come from the attribute map, never from a request; this keeps it that way.
const COLUMN_NAME = /^[a-z_][a-z0-9_]*$/;

export function columnCondition(attribute: ScalarAttribute, column: string, atom: Atom): SqlFragment {
  if (!COLUMN_NAME.test(column)) throw new Error(`Invalid column name in the attribute map: ${column}`);
  const col = `"${column}"`;
  const isText = attribute.type !== 'boolean' && attribute.type !== 'integer' && attribute.type !== 'decimal';
  const present = isText ? `${col} IS NOT NULL AND ${col} <> ''` : `${col} IS NOT NULL`;
  if (atom.kind === 'present') return { sql: `(${present})`, params: [] };
  const { op, value } = atom;
  if (typeof value === 'boolean') return { sql: `(${col} IS NOT NULL AND ${col} = ?)`, params: [value ? 1 : 0] };
  if (typeof value === 'number') return { sql: `(${col} IS NOT NULL AND ${col} ${orderOf(op)} ?)`, params: [value] };
  // An empty string is unassigned, so it equals nothing, and every assigned value contains it.
  if (!isAssigned(value)) {
    if (op === 'eq' || op === 'lt' || op === 'le') return FALSE;
    return { sql: `(${present})`, params: [] };
  }
  const have = attribute.caseExact ? col : `lower(${col})`;
  const want = attribute.caseExact ? '?' : 'lower(?)';
  switch (op) {
    case 'co':
      return { sql: `(${present} AND instr(${have}, ${want}) > 0)`, params: [value] };
    case 'sw':
      return { sql: `(${present} AND instr(${have}, ${want}) = 1)`, params: [value] };
    case 'ew': {
      // Compared as bytes: SQLite's character length() and substr() stop at an embedded NUL. The
      // `<> ''` guard matters here: substr() of an empty BLOB is NULL, which NOT would not flip.
      const wantBytes = `CAST(${want} AS BLOB)`;
      const suffix = `substr(CAST(${have} AS BLOB), -length(${wantBytes}))`;
      return { sql: `(${present} AND ${suffix} = ${wantBytes})`, params: [value, value] };
    }
    case 'eq':
      // caseExact columns keep their declared BINARY collation: an explicit COLLATE, even BINARY, stops
      // SQLite from serving `id eq ... or externalId eq ...` with a multi-index OR.
      if (attribute.caseExact) return { sql: `(${col} IS NOT NULL AND ${col} = ?)`, params: [value] };
      // COLLATE NOCASE is what lets SQLite use the NOCASE indexes; the lower() check then drops what
      // NOCASE alone lets through (it stops comparing at an embedded NUL).
      return {
        sql: `(${col} IS NOT NULL AND ${col} = ? COLLATE NOCASE AND ${have} = ${want})`,
        params: [value, value],
      };
    default:
      // ASCII-only lower() then BINARY order is NOCASE's order, without NOCASE's NUL quirk.
      return { sql: `(${present} AND ${have} ${orderOf(op)} ${want})`, params: [value] };
  }
}

type OrderOperator = 'eq' | 'gt' | 'ge' | 'lt' | 'le';
const SQL_ORDER: Readonly<Record<OrderOperator, string>> = { eq: '=', gt: '>', ge: '>=', lt: '<', le: '<=' };

/** Validation refuses co/sw/ew on numbers; reading them as `=` here is only a fallback. */
function orderOf(op: Extract<Atom, { kind: 'compare' }>['op']): string {
  return op in SQL_ORDER ? SQL_ORDER[op as OrderOperator] : '=';
}
