// Turns an employee query (employee-query.ts) into SQLite text and positional parameters. Values only
// ever travel as parameters; the text depends only on the query's shape, so the statement cache (which
// keys by text) prepares each shape once. Column names come from the catalog-generated column table.
import { foldCase, foldedSql } from './case-fold';
import { COLUMN_BY_PROPERTY, KEY_COLUMNS, type Column } from './employee-columns';
import type { CompareOp, EmployeeCondition, EmployeeField, EmployeeSort } from './employee-query';

export interface SqlCondition {
  /** A boolean SQL expression, safe to put in `WHERE (...)`; `0` or `1` for the constants. */
  readonly sql: string;
  readonly params: unknown[];
}

export function conditionSql(condition: EmployeeCondition): SqlCondition {
  const params: unknown[] = [];
  const sql = render(condition, params);
  return { sql, params };
}

function render(condition: EmployeeCondition, params: unknown[]): string {
  switch (condition.kind) {
    case 'true':
      return '1';
    case 'false':
      return '0';
    case 'and':
    case 'or': {
      const left = render(condition.left, params);
      return `(${left} ${condition.kind === 'and' ? 'AND' : 'OR'} ${render(condition.right, params)})`;
    }
    case 'not':
      return `(NOT ${render(condition.operand, params)})`;
    case 'present':
      return `(${present(columnOf(condition.field))})`;
    case 'compare':
      return compare(condition, params);
  }
}

// Guards make each condition 0 or 1 even on NULL. Strings use instr/substr rather than LIKE, so `%`,
// `_` and backslashes in a value match themselves.
function present(column: Column): string {
  const col = quoted(column.name);
  return column.text ? `${col} IS NOT NULL AND ${col} <> ''` : `${col} IS NOT NULL`;
}

function compare(condition: Extract<EmployeeCondition, { kind: 'compare' }>, params: unknown[]): string {
  const column = columnOf(condition.field);
  const col = quoted(column.name);
  const { op, value } = condition;
  if (typeof value === 'boolean') {
    params.push(value ? 1 : 0);
    return `(${col} IS NOT NULL AND ${col} = ?)`;
  }
  if (typeof value === 'number') {
    params.push(value);
    return `(${col} IS NOT NULL AND ${col} ${orderOf(op)} ?)`;
  }
  // Case-sensitive columns keep their declared BINARY collation: an explicit COLLATE, even BINARY, stops
  // SQLite from serving `id eq ... or externalId eq ...` with a multi-index OR. Key columns are compared
  // bare too, which is what lets `userName eq` and `emails.value eq` use their index.
  const keyColumn = KEY_COLUMNS.get(column.name)?.key;
  const have = !condition.folded ? col : keyColumn !== undefined ? quoted(keyColumn) : `(${foldedSql(col)})`;
  const want = condition.folded ? foldCase(value) : value;
  const guard = present(column);
  switch (op) {
    case 'co':
      params.push(want);
      return `(${guard} AND instr(${have}, ?) > 0)`;
    case 'sw':
      params.push(want);
      return `(${guard} AND instr(${have}, ?) = 1)`;
    case 'ew':
      // Compared as bytes: SQLite's character length() and substr() stop at an embedded NUL. The
      // `<> ''` guard matters here: substr() of an empty BLOB is NULL, which NOT would not flip.
      params.push(want, want);
      return `(${guard} AND substr(CAST(${have} AS BLOB), -length(CAST(? AS BLOB))) = CAST(? AS BLOB))`;
    case 'eq':
      params.push(want);
      return `(${col} IS NOT NULL AND ${have} = ?)`;
    default:
      // Folded forms in BINARY (UTF-8 byte) order, as the gateway's evaluator compares them.
      params.push(want);
      return `(${guard} AND ${have} ${orderOf(op)} ?)`;
  }
}

/**
 * The sort keys of a row, in ORDER BY order, each never NULL so a page can continue after a row by
 * comparing them (keyset paging, employee-page-sql.ts), ending with rowid. A row without a value sorts
 * last ascending and first descending (RFC 7644 section 3.4.2.3), where SQLite would put NULL first; an
 * empty text counts as no value (RFC 7643 section 2.5), and rows without one tie, in creation order.
 * No sort at all is creation order: rowid, stable across pages.
 */
export function sortKeysSql(sort: EmployeeSort | null): { keys: string[]; direction: 'ASC' | 'DESC' } {
  if (sort === null) return { keys: ['rowid'], direction: 'ASC' };
  const column = columnOf(sort.field);
  const keyColumn = KEY_COLUMNS.get(column.name)?.key;
  const sql = !sort.folded || !column.text ? column.name : (keyColumn ?? foldedSql(column.name));
  const direction = sort.descending ? 'DESC' : 'ASC';
  if (column.required) return { keys: [sql, 'rowid'], direction };
  const value = `coalesce(${sql}, '')`;
  return { keys: [`${value} = ''`, value, 'rowid'], direction };
}

/** ORDER BY for sortBy (see sortKeysSql); `reversed` walks the same order backwards. */
export function orderBySql(sort: EmployeeSort | null, reversed = false): string {
  const { keys, direction } = sortKeysSql(sort);
  const actual = reversed ? (direction === 'ASC' ? 'DESC' : 'ASC') : direction;
  return keys.map((key) => `${key} ${actual}`).join(', ');
}

function columnOf(field: EmployeeField): Column {
  const column = COLUMN_BY_PROPERTY.get(field);
  if (column === undefined) throw new Error(`Employee query names an unknown field: ${field}`);
  return column;
}

const quoted = (name: string) => `"${name}"`;

const SQL_ORDER: Readonly<Partial<Record<CompareOp, string>>> = { eq: '=', gt: '>', ge: '>=', lt: '<', le: '<=' };

function orderOf(op: CompareOp): string {
  return SQL_ORDER[op] ?? '=';
}
