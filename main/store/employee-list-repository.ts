// Lists of the employees SCIM can see, for the gateway's list engine: keyset pages (continued after or
// before a row's position, employee-page-sql.ts), the position a number of rows further on (how a jump
// to a startIndex skips, in bounded steps), and counts that do not scan a million rows per page.
import type { Database, Statement } from 'better-sqlite3';
import type { EmployeeCondition, EmployeePage, EmployeePageQuery, EmployeePosition, EmployeeSort } from './employee-query';
import { conditionSql } from './employee-query-sql';
import { pageSql } from './employee-page-sql';
import { fromColumns, RENDERABLE, VISIBLE, type Columns, type EmployeeRow, type RenderableRow } from './employees-repository';
import { ROW_COLUMNS } from './employee-columns';
import { cachedPrepare, type Prepare } from './statement-cache';

const ROW_SELECT = `SELECT ${ROW_COLUMNS.map((c) => c.name).join(', ')}`;
const STATS = 'SELECT visible, generation FROM employee_stats';
/** Filters whose count is remembered (until any employee changes); the least recently counted go first. */
const MAX_CACHED_COUNTS = 256;

export class EmployeeListRepository {
  private readonly prepare: Prepare;
  private readonly prepareRaw: Prepare;
  private readonly stats: Statement;
  private readonly counts = new Map<string, { generation: number; count: number }>();

  constructor(private readonly db: Database) {
    this.prepare = cachedPrepare(db);
    this.prepareRaw = cachedPrepare(db, { raw: true });
    this.stats = db.prepare(STATS).raw(true);
  }

  /** Full rows: for answers that project or re-render the resource. */
  page(query: EmployeePageQuery): EmployeePage<EmployeeRow> {
    const rows = this.run(this.prepareRaw, ROW_SELECT, query) as Columns[];
    const keyStart = ROW_COLUMNS.length;
    return this.paged(
      rows,
      (row) => fromColumns(row),
      (row) => ({ keys: row.slice(keyStart) as (string | number)[], id: row[0] as string }),
    );
  }

  /** Only what rendering needs (the read fast path: the stored JSON spliced). */
  pageRenderable(query: EmployeePageQuery): EmployeePage<RenderableRow> {
    const rows = this.run(this.prepareRaw, `SELECT ${RENDERABLE}`, query) as Columns[];
    return this.paged(
      rows,
      (c) => ({
        id: c[0] as string,
        scimResource: c[1] as string | null,
        version: c[2] as number,
        createdAt: c[3] as string,
        updatedAt: c[4] as string,
        userName: c[5] as string,
        externalId: c[6] as string | null,
      }),
      (c) => ({ keys: c.slice(7) as (string | number)[], id: c[0] as string }),
    );
  }

  /**
   * The position of the `rows`-th row after `after` (from the start when null), or null when fewer rows
   * follow. Reads only the keys; how a jump to a startIndex gets there in steps the caller bounds.
   */
  positionAfter(
    filter: EmployeeCondition,
    sort: EmployeeSort | null,
    after: EmployeePosition | null,
    rows: number,
  ): EmployeePosition | null {
    const condition = conditionSql(filter);
    const paging = pageSql(sort, after !== null, false);
    const text = `SELECT id${paging.keyColumns} FROM employees WHERE ${VISIBLE} AND (${condition.sql})${paging.after}
      ORDER BY ${paging.orderBy} LIMIT 1 OFFSET ?`;
    const row = this.prepareRaw(text).get(...condition.params, ...positionParams(after), rows - 1) as Columns | undefined;
    return row === undefined ? null : { keys: row.slice(1) as (string | number)[], id: row[0] as string };
  }

  /**
   * How many employees SCIM can see that match. Every one: a row the triggers of migration 010 keep.
   * A filter: counted once and remembered until any employee is written, in any process (the row's
   * generation). Not remembered inside a transaction, which may yet roll back to an earlier generation.
   */
  count(filter: EmployeeCondition): number {
    const [visible, generation] = this.stats.get() as [number, number];
    if (filter.kind === 'true') return visible;
    const condition = conditionSql(filter);
    const key = `${condition.sql}\u0000${JSON.stringify(condition.params)}`;
    const cached = this.counts.get(key);
    if (cached !== undefined && cached.generation === generation) return cached.count;
    const count = this.prepare(`SELECT count(*) FROM employees WHERE ${VISIBLE} AND (${condition.sql})`)
      .pluck()
      .get(...condition.params) as number;
    if (!this.db.inTransaction) {
      this.counts.delete(key);
      if (this.counts.size >= MAX_CACHED_COUNTS) this.counts.delete(this.counts.keys().next().value as string);
      this.counts.set(key, { generation, count });
    }
    return count;
  }

  private run(prepare: Prepare, select: string, query: EmployeePageQuery): unknown[] {
    const condition = conditionSql(query.filter);
    const backward = query.backward === true && query.after !== null;
    const paging = pageSql(query.sort, query.after !== null, backward);
    const text = `${select}${paging.keyColumns} FROM employees WHERE ${VISIBLE} AND (${condition.sql})${paging.after}
      ORDER BY ${paging.orderBy} LIMIT CAST(? AS INTEGER)`;
    const rows = prepare(text).all(...condition.params, ...positionParams(query.after), query.limit);
    // Read backwards from the position: the nearest rows first, so turned round into the query's order.
    return backward ? rows.reverse() : rows;
  }

  private paged<Row>(
    rows: Columns[],
    build: (row: Columns) => Row,
    position: (row: Columns) => EmployeePosition,
  ): EmployeePage<Row> {
    return { rows: rows.map(build), positions: rows.map(position) };
  }
}

const positionParams = (after: EmployeePosition | null): unknown[] => (after === null ? [] : [...after.keys, after.id]);
