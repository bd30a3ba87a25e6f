// The SQL for one atom over one column. Guards make each condition 0 or 1 even on NULL; strings use
// instr/substr rather than LIKE, so `%`, `_` and backslashes in a value match themselves. Case-
// insensitive attributes compare foldCase forms (store/case-fold.ts): the stored key column when the
// attribute map names one (it is indexed), else the column folded in SQL. The value is folded here.
import { foldCase, foldedSql } from '../../store/case-fold';
import { isAssigned, type Atom } from './scalar-match';
import type { ScalarAttribute } from './scim-schema';
import { FALSE, type SqlFragment } from './sql-fragment';

// Column names come from the attribute map, never from a request; this keeps it that way.
const COLUMN_NAME = /^[a-z_][a-z0-9_]*$/;

function quoted(column: string): string {
  if (!COLUMN_NAME.test(column)) throw new Error(`Invalid column name in the attribute map: ${column}`);
  return `"${column}"`;
}

export function columnCondition(
  attribute: ScalarAttribute,
  column: string,
  atom: Atom,
  foldedColumn?: string,
): SqlFragment {
  const col = quoted(column);
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
  // caseExact columns keep their declared BINARY collation: an explicit COLLATE, even BINARY, stops
  // SQLite from serving `id eq ... or externalId eq ...` with a multi-index OR. Key columns are compared
  // bare too, which is what lets `userName eq` and `emails.value eq` use their index.
  const folded = foldedColumn !== undefined ? quoted(foldedColumn) : `(${foldedSql(col)})`;
  const have = attribute.caseExact ? col : folded;
  const want = attribute.caseExact ? value : foldCase(value);
  switch (op) {
    case 'co':
      return { sql: `(${present} AND instr(${have}, ?) > 0)`, params: [want] };
    case 'sw':
      return { sql: `(${present} AND instr(${have}, ?) = 1)`, params: [want] };
    case 'ew': {
      // Compared as bytes: SQLite's character length() and substr() stop at an embedded NUL. The
      // `<> ''` guard matters here: substr() of an empty BLOB is NULL, which NOT would not flip.
      const suffix = `substr(CAST(${have} AS BLOB), -length(CAST(? AS BLOB)))`;
      return { sql: `(${present} AND ${suffix} = CAST(? AS BLOB))`, params: [want, want] };
    }
    case 'eq':
      return { sql: `(${col} IS NOT NULL AND ${have} = ?)`, params: [want] };
    default:
      // Folded forms in BINARY (UTF-8 byte) order, as the evaluator compares them.
      return { sql: `(${present} AND ${have} ${orderOf(op)} ?)`, params: [want] };
  }
}

type OrderOperator = 'eq' | 'gt' | 'ge' | 'lt' | 'le';
const SQL_ORDER: Readonly<Record<OrderOperator, string>> = { eq: '=', gt: '>', ge: '>=', lt: '<', le: '<=' };

/** Validation refuses co/sw/ew on numbers; reading them as `=` here is only a fallback. */
function orderOf(op: Extract<Atom, { kind: 'compare' }>['op']): string {
  return op in SQL_ORDER ? SQL_ORDER[op as OrderOperator] : '=';
}
