// The employees table: WFO employees, provisioned over SCIM or local. Rows in, rows out. The column
// lists come from employee-columns.ts (generated from the field catalog); lists are asked for as an
// EmployeeQuery, which employee-query-sql.ts turns into SQL.
import type { Database, RunResult } from 'better-sqlite3';
import { foldCase } from './case-fold';
import type { ChangeStamp } from './change-stamp';
import type { DirectorySearchIndex } from './directory-search-index';
import {
  DIRECTORY_COLUMNS,
  INDEXED_COLUMNS,
  KEY_COLUMNS,
  ROW_COLUMNS,
  UPDATED_COLUMNS,
  rowBuilder,
  type Column,
  type DirectoryRow,
  type EmployeeRow,
} from './employee-columns';
import type { EmployeeCondition, EmployeeQuery } from './employee-query';
import { conditionSql, orderBySql } from './employee-query-sql';
import { cachedPrepare, type Prepare } from './statement-cache';
import { translateDriverError } from './store-errors';

export type { DirectoryRow, EmployeeRow } from './employee-columns';

export type RenderableRow = Pick<
  EmployeeRow,
  'id' | 'scimResource' | 'version' | 'createdAt' | 'updatedAt' | 'userName' | 'externalId'
>;

/** The indexed columns an update may change. */
type IndexedValues = Pick<EmployeeRow, 'userName' | 'externalId' | 'email' | 'firstName' | 'lastName'>;
const INDEXED_PROPERTIES = INDEXED_COLUMNS.map((c) => c.property as keyof IndexedValues);

/** The columns a SCIM write may set (never id, org, source, created_at). */
export type EmployeeWritable = Omit<EmployeeRow, 'id' | 'orgId' | 'source' | 'version' | 'createdAt' | 'scimDeletedAt'>;

// Rows come back as arrays (better-sqlite3's raw mode) and are built by rowBuilder (employee-columns.ts).
const SELECT = `SELECT ${ROW_COLUMNS.map((c) => c.name).join(', ')} FROM employees`;

export type Columns = unknown[];
export const fromColumns = rowBuilder<EmployeeRow>(ROW_COLUMNS);
const fromDirectoryColumns = rowBuilder<DirectoryRow>(DIRECTORY_COLUMNS);
const DIRECTORY_BY_ID = `SELECT ${DIRECTORY_COLUMNS.map((c) => c.name).join(', ')} FROM employees WHERE id = ?`;

export const VISIBLE = 'scim_deleted_at IS NULL';
export const RENDERABLE = `id, scim_resource AS scimResource, version, created_at AS createdAt, updated_at AS updatedAt,
  user_name AS userName, external_id AS externalId`;

/**
 * What follows the folded userName in the key of an employee SCIM deleted (migration 016): the identity
 * provider cannot see it, so a key equal to the name would refuse its create of that name with no user
 * to be found under it; a search by the start of the name still finds it.
 */
const DELETED_KEY_SUFFIX = 'char(0) || id';

// The statements of the per-request paths, built once (see statement-cache.ts).
const VISIBLE_BY_ID = `${SELECT} WHERE id = ? AND ${VISIBLE}`;
const RENDERABLE_BY_ID = `SELECT ${RENDERABLE} FROM employees WHERE id = ? AND ${VISIBLE}`;
const BY_ID = `${SELECT} WHERE id = ?`;
const VISIBLE_BY_USER_NAME = `${SELECT} WHERE user_name_key = ? AND ${VISIBLE}`;

// INSERT: every column, then the key columns. Positional parameters, as in update(): binding 23 named
// ones cost a lookup each per create.
const INSERTED_KEYS = ROW_COLUMNS.flatMap((c) => {
  const key = KEY_COLUMNS.get(c.name);
  return key ? [{ key: key.key, property: c.property }] : [];
});
const INSERT = `INSERT INTO employees (${[...ROW_COLUMNS.map((c) => c.name), ...INSERTED_KEYS.map((k) => k.key)].join(', ')})
  VALUES (${[...ROW_COLUMNS, ...INSERTED_KEYS].map(() => '?').join(', ')})`;

// Every UPDATE form ends with the same columns and the version guard; the two differ in the indexed ones.
const UPDATE_TAIL = `${UPDATED_COLUMNS.map((c) => `${c.name} = ?`).join(', ')},
  updated_at = ?, version = version + 1, history_head = ifnull(?, history_head)
  WHERE id = ? AND version = ?`;
// A kept userName keeps its key: the one migration 004 gave a clashing older name has the id appended.
// A row SCIM deleted keeps a key no exact lookup equals, whatever its name becomes in WFO (DELETED_KEY_SUFFIX).
const INDEXED_SET = INDEXED_COLUMNS.map((c) => {
  const key = KEY_COLUMNS.get(c.name);
  if (key === undefined) return `${c.name} = ?`;
  if (key.keptWithValue) {
    return `${key.key} = CASE WHEN scim_deleted_at IS NOT NULL THEN ? || ${DELETED_KEY_SUFFIX} WHEN ${c.name} = ? THEN ${key.key} ELSE ? END, ${c.name} = ?`;
  }
  return `${c.name} = ?, ${key.key} = ?`;
}).join(', ');
const UPDATE_ALL = `UPDATE employees SET ${INDEXED_SET}, ${UPDATE_TAIL}`;
const UPDATE_KEEPING_INDEXED = `UPDATE employees SET ${UPDATE_TAIL}`;

/** A column's value as SQLite stores it. */
const stored = (column: Column, value: unknown): unknown => (column.boolean ? (value ? 1 : 0) : value);

export class EmployeesRepository {
  private readonly prepare: Prepare;
  /** For full rows: arrays built into EmployeeRow by fromColumns. */
  private readonly prepareRaw: Prepare;

  /**
   * Employee writes do not move the change stamp: no stamped cache reads this table. A write that sets
   * a searched key tells `searchIndex`, which indexes it when idle (its trigger queued the row).
   */
  constructor(
    db: Database,
    private readonly changes?: ChangeStamp,
    private readonly searchIndex?: DirectorySearchIndex,
  ) {
    this.prepare = cachedPrepare(db);
    this.prepareRaw = cachedPrepare(db, { raw: true });
  }

  /** An employee SCIM can see (not deleted over SCIM). */
  visibleById(id: string): EmployeeRow | undefined {
    return this.row(VISIBLE_BY_ID, id);
  }

  /** What a read renders, without the 18 other columns (measured: half the cost of the row fetch). */
  renderableById(id: string): RenderableRow | undefined {
    return this.prepare(RENDERABLE_BY_ID).get(id) as RenderableRow | undefined;
  }

  byId(id: string): EmployeeRow | undefined {
    return this.row(BY_ID, id);
  }

  /** An employee as the directory shows it (SCIM-deleted ones too). */
  directoryRowById(id: string): DirectoryRow | undefined {
    const columns = this.prepareRaw(DIRECTORY_BY_ID).get(id) as Columns | undefined;
    return columns && fromDirectoryColumns(columns);
  }

  /** Case-insensitive, by foldCase: the holder of `userName` in any case. */
  visibleByUserName(userName: string): EmployeeRow | undefined {
    return this.row(VISIBLE_BY_USER_NAME, foldCase(userName));
  }

  /**
   * One page of the employees SCIM can see. The LIMIT is bound through CAST: the SQLite in
   * better-sqlite3 12 (3.53) reads a bare `LIMIT ?`'s bound value while planning, so every new binding
   * expired the statement and each call re-prepared it (measured: about 30 µs of a 40 µs
   * filter-by-userName lookup at 100,000 employees).
   */
  query(query: EmployeeQuery): EmployeeRow[] {
    const { sql, params } = conditionSql(query.filter);
    const text = `${SELECT} WHERE ${VISIBLE} AND (${sql}) ORDER BY ${orderBySql(query.sort)} LIMIT CAST(? AS INTEGER) OFFSET ?`;
    return (this.prepareRaw(text).all(...params, query.limit, query.offset) as Columns[]).map(fromColumns);
  }

  /** As query(), with only the columns rendering needs (see renderableById). */
  queryRenderable(query: EmployeeQuery): RenderableRow[] {
    const { sql, params } = conditionSql(query.filter);
    const text = `SELECT ${RENDERABLE} FROM employees WHERE ${VISIBLE} AND (${sql})
      ORDER BY ${orderBySql(query.sort)} LIMIT CAST(? AS INTEGER) OFFSET ?`;
    return this.prepare(text).all(...params, query.limit, query.offset) as RenderableRow[];
  }

  count(filter: EmployeeCondition): number {
    const { sql, params } = conditionSql(filter);
    return this.prepare(`SELECT count(*) FROM employees WHERE ${VISIBLE} AND (${sql})`)
      .pluck()
      .get(...params) as number;
  }

  private row(sql: string, key: string): EmployeeRow | undefined {
    const columns = this.prepareRaw(sql).get(key) as Columns | undefined;
    return columns && fromColumns(columns);
  }

  /** Whether the row is still at `version` (a check that needs no write). */
  isAtVersion(id: string, version: number): boolean {
    return this.prepare('SELECT 1 FROM employees WHERE id = ? AND version = ?').get(id, version) !== undefined;
  }

  /** @throws UniqueViolation when the userName is taken (also by another process a moment ago). */
  insert(row: EmployeeRow): void {
    const values: unknown[] = [];
    for (const column of ROW_COLUMNS) values.push(stored(column, row[column.property]));
    for (const { property } of INSERTED_KEYS) values.push(foldedOrNull(row[property] as string | null));
    try {
      this.prepare(INSERT).run(...values);
    } catch (error) {
      throw translateDriverError(error);
    }
    this.changes?.exclude(1 * KEYED_EMPLOYEE_ROW_CHANGES);
    this.searchIndex?.catchUpWhenIdle();
  }

  /**
   * Writes the row if it is still at `expectedVersion`; returns false when it was not. Given `before`
   * (the row as read in the same transaction), an update that keeps the indexed columns (userName,
   * externalId, email, first and last name) leaves them out: SQLite rewrites the index entries of every column in the SET list,
   * changed or not (measured: about 40 µs of a PATCH at 100,000 employees).
   */
  update(
    id: string,
    expectedVersion: number,
    values: EmployeeWritable,
    before?: IndexedValues,
    /** The change's audit row (AuditRepository.insertIntoEmployeeHistory): the row names it as its newest. */
    historyHead: number | null = null,
  ): boolean {
    const keepsIndexed = before !== undefined && INDEXED_PROPERTIES.every((property) => before[property] === values[property]);
    // Positional parameters: binding by name costs a property lookup per parameter on every call.
    const params: unknown[] = [];
    if (!keepsIndexed) {
      for (const column of INDEXED_COLUMNS) {
        const value = values[column.property as keyof IndexedValues];
        const key = KEY_COLUMNS.get(column.name);
        if (key === undefined) params.push(value);
        else if (key.keptWithValue) params.push(foldedOrNull(value), value, foldedOrNull(value), value);
        else params.push(value, foldedOrNull(value));
      }
    }
    for (const column of UPDATED_COLUMNS) params.push(stored(column, values[column.property as keyof EmployeeWritable]));
    params.push(values.updatedAt, historyHead, id, expectedVersion);
    let result: RunResult;
    try {
      result = this.prepare(keepsIndexed ? UPDATE_KEEPING_INDEXED : UPDATE_ALL).run(...params);
    } catch (error) {
      throw translateDriverError(error);
    }
    this.changes?.exclude(result.changes * (keepsIndexed ? EMPLOYEE_ROW_CHANGES : KEYED_EMPLOYEE_ROW_CHANGES));
    if (!keepsIndexed && result.changes > 0) this.searchIndex?.catchUpWhenIdle();
    return result.changes === 1;
  }

  /** The identity provider took over a local employee (matched it by userName and wrote it): SCIM manages it now. */
  markScimManaged(id: string): void {
    const result = this.prepare("UPDATE employees SET source = 'scim' WHERE id = ? AND source = 'local'").run(id);
    this.changes?.exclude(result.changes * EMPLOYEE_ROW_CHANGES);
  }

  markScimDeleted(id: string, expectedVersion: number, at: string, deactivate: boolean): boolean {
    const result = this.prepare(
      // The name is free again; the key still finds the row by its start (DELETED_KEY_SUFFIX).
      `UPDATE employees SET scim_deleted_at = @at, updated_at = @at, version = version + 1,
        user_name_key = user_name_key || ${DELETED_KEY_SUFFIX},
        active = CASE WHEN @deactivate THEN 0 ELSE active END
       WHERE id = @id AND version = @expectedVersion AND scim_deleted_at IS NULL`,
    ).run({ id, expectedVersion, at, deactivate: deactivate ? 1 : 0 });
    this.changes?.exclude(result.changes * KEYED_EMPLOYEE_ROW_CHANGES);
    if (result.changes > 0) this.searchIndex?.catchUpWhenIdle();
    return result.changes === 1;
  }
}

/**
 * Row changes per employee row written: the row, and employee_stats by its trigger (migration 010), which
 * total_changes() counts too.
 */
export const EMPLOYEE_ROW_CHANGES = 2;
/**
 * The same for a write that names a searched key (an insert, UPDATE_ALL, a SCIM delete's key): the
 * search queue's row as well (migration 018's triggers, unconditional so the count is fixed).
 */
export const KEYED_EMPLOYEE_ROW_CHANGES = 3;

const foldedOrNull = (value: string | null): string | null => (value === null ? null : foldCase(value));
