// SQL for keyset pages of employees: a page continues after (or before) a row's position by comparing
// the sort keys (employee-query-sql.ts sortKeysSql) instead of skipping rows with OFFSET, so a page deep
// in a million rows costs what the first does when the order is an index's (creation order, id,
// userName). Texts depend only on the query's shape; values are bound.
import type { EmployeeSort } from './employee-query';
import { sortKeysSql } from './employee-query-sql';

/** The rowid of the row a position names; the subquery runs once per statement. */
const ROWID_OF = '(SELECT rowid FROM employees WHERE id = ?)';

export interface PageSql {
  /** Selected after the row's columns: the sort keys other than rowid, as `_k0`, `_k1`, ... */
  readonly keyColumns: string;
  readonly keyCount: number;
  /** `AND ...` restricting to the rows after (or before) the position; '' without one. */
  readonly after: string;
  readonly orderBy: string;
}

export function pageSql(sort: EmployeeSort | null, hasPosition: boolean, backward: boolean): PageSql {
  const { keys, direction } = sortKeysSql(sort);
  const ascending = (direction === 'ASC') !== backward;
  const valueKeys = keys.slice(0, -1);
  const keyColumns = valueKeys.map((key, i) => `, ${key} AS _k${i}`).join('');
  let after = '';
  if (hasPosition) {
    const op = ascending ? '>' : '<';
    // A row value, which SQLite compares left to right and serves from the order's index when there is one.
    after =
      valueKeys.length === 0
        ? ` AND rowid ${op} ${ROWID_OF}`
        : ` AND (${keys.join(', ')}) ${op} (${valueKeys.map(() => '?').join(', ')}, ${ROWID_OF})`;
  }
  const order = ascending ? 'ASC' : 'DESC';
  return { keyColumns, keyCount: valueKeys.length, after, orderBy: keys.map((key) => `${key} ${order}`).join(', ') };
}

/** Whether an index gives the order, so a page after a position reads only its own rows (else a sort of every match). */
export function orderedByIndex(sort: EmployeeSort | null): boolean {
  if (sort === null) return true;
  return sort.field === 'id' || (sort.field === 'userName' && sort.folded);
}
