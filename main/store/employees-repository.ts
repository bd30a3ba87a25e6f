// The employees table: WFO employees, provisioned over SCIM or local. Rows in, rows out; filters arrive
// as parameterized SQL from the gateway's filter compiler.
import type { Database } from 'better-sqlite3';
import { foldCase } from './case-fold';
import type { ChangeStamp } from './change-stamp';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface EmployeeRow {
  id: string;
  userName: string;
  externalId: string | null;
  firstName: string | null;
  lastName: string | null;
  displayName: string | null;
  employeeNumber: string | null;
  email: string | null;
  workPhone: string | null;
  cellPhone: string | null;
  addressLine1: string | null;
  city: string | null;
  state: string | null;
  zipCode: string | null;
  country: string | null;
  active: boolean;
  orgId: string;
  source: 'scim' | 'local';
  scimResource: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  scimDeletedAt: string | null;
}

export type RenderableRow = Pick<EmployeeRow, 'id' | 'scimResource' | 'version' | 'createdAt' | 'updatedAt' | 'userName' | 'externalId'>;

/** The indexed columns an update may change. */
type IndexedValues = Pick<EmployeeRow, 'userName' | 'externalId' | 'email'>;

/** The columns a SCIM write may set (never id, org, source, created_at). */
export type EmployeeWritable = Omit<EmployeeRow, 'id' | 'orgId' | 'source' | 'version' | 'createdAt' | 'scimDeletedAt'>;

// Rows come back as arrays (better-sqlite3's raw mode) and are built here as one object literal:
// the driver's own row objects set each column by name (measured: about 5 of 13 us per row fetch).
// The column order of SELECT and of fromColumns must match.
const SELECT = `SELECT id, user_name, external_id, first_name, last_name, display_name, employee_number, email,
  work_phone, cell_phone, address_line1, city, state, zip_code, country, active, org_id, source, scim_resource,
  version, created_at, updated_at, scim_deleted_at FROM employees`;

type Columns = unknown[];
function fromColumns(c: Columns): EmployeeRow {
  return {
    id: c[0] as string,
    userName: c[1] as string,
    externalId: c[2] as string | null,
    firstName: c[3] as string | null,
    lastName: c[4] as string | null,
    displayName: c[5] as string | null,
    employeeNumber: c[6] as string | null,
    email: c[7] as string | null,
    workPhone: c[8] as string | null,
    cellPhone: c[9] as string | null,
    addressLine1: c[10] as string | null,
    city: c[11] as string | null,
    state: c[12] as string | null,
    zipCode: c[13] as string | null,
    country: c[14] as string | null,
    active: c[15] === 1,
    orgId: c[16] as string,
    source: c[17] as EmployeeRow['source'],
    scimResource: c[18] as string | null,
    version: c[19] as number,
    createdAt: c[20] as string,
    updatedAt: c[21] as string,
    scimDeletedAt: c[22] as string | null,
  };
}

const VISIBLE = 'scim_deleted_at IS NULL';
const RENDERABLE = `id, scim_resource AS scimResource, version, created_at AS createdAt, updated_at AS updatedAt,
  user_name AS userName, external_id AS externalId`;

// The statements of the per-request paths, built once (see statement-cache.ts).
const VISIBLE_BY_ID = `${SELECT} WHERE id = ? AND ${VISIBLE}`;
const RENDERABLE_BY_ID = `SELECT ${RENDERABLE} FROM employees WHERE id = ? AND ${VISIBLE}`;
const BY_ID = `${SELECT} WHERE id = ?`;
const VISIBLE_BY_USER_NAME = `${SELECT} WHERE user_name_key = ? AND ${VISIBLE}`;
// Every UPDATE form ends with the same columns and the version guard; the two differ in the indexed ones.
const UPDATE_TAIL = `first_name = ?, last_name = ?, display_name = ?, employee_number = ?, work_phone = ?, cell_phone = ?,
  address_line1 = ?, city = ?, state = ?, zip_code = ?, country = ?, active = ?, scim_resource = ?,
  updated_at = ?, version = version + 1
  WHERE id = ? AND version = ?`;
// A kept userName keeps its key: the one migration 004 gave a clashing older name has the id appended.
const UPDATE_ALL = `UPDATE employees SET user_name_key = CASE user_name WHEN ? THEN user_name_key ELSE ? END,
  user_name = ?, external_id = ?, email = ?, email_key = ?, ${UPDATE_TAIL}`;
const UPDATE_KEEPING_INDEXED = `UPDATE employees SET ${UPDATE_TAIL}`;

export interface EmployeeQuery {
  where: string;
  params: readonly unknown[];
  orderBy: string;
  limit: number;
  offset: number;
}

export class EmployeesRepository {
  private readonly prepare: Prepare;
  /** For full rows: arrays built into EmployeeRow by fromColumns. */
  private readonly prepareRaw: Prepare;

  /** Employee writes do not move the change stamp: no stamped cache reads this table. */
  constructor(
    db: Database,
    private readonly changes?: ChangeStamp,
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

  /** Case-insensitive, by foldCase: the holder of `userName` in any case. */
  visibleByUserName(userName: string): EmployeeRow | undefined {
    return this.row(VISIBLE_BY_USER_NAME, foldCase(userName));
  }

  /**
   * `where` and `orderBy` come from the filter compiler and a fixed column list, never from input text.
   * The LIMIT is bound through CAST: the SQLite in better-sqlite3 12 (3.53) reads a bare `LIMIT ?`'s
   * bound value while planning, so every new binding expired the statement and each call re-prepared
   * it (measured: about 30 µs of a 40 µs filter-by-userName lookup at 100,000 employees).
   */
  query(query: EmployeeQuery): EmployeeRow[] {
    const sql = `${SELECT} WHERE ${VISIBLE} AND (${query.where}) ORDER BY ${query.orderBy} LIMIT CAST(? AS INTEGER) OFFSET ?`;
    return (this.prepareRaw(sql).all(...query.params, query.limit, query.offset) as Columns[]).map(fromColumns);
  }

  /** As query(), with only the columns rendering needs (see renderableById). */
  queryRenderable(query: EmployeeQuery): RenderableRow[] {
    const sql = `SELECT ${RENDERABLE} FROM employees WHERE ${VISIBLE} AND (${query.where})
      ORDER BY ${query.orderBy} LIMIT CAST(? AS INTEGER) OFFSET ?`;
    return this.prepare(sql).all(...query.params, query.limit, query.offset) as RenderableRow[];
  }

  count(where: string, params: readonly unknown[]): number {
    return this.prepare(`SELECT count(*) FROM employees WHERE ${VISIBLE} AND (${where})`).pluck().get(...params) as number;
  }

  private row(sql: string, key: string): EmployeeRow | undefined {
    const columns = this.prepareRaw(sql).get(key) as Columns | undefined;
    return columns && fromColumns(columns);
  }

  /** Whether the row is still at `version` (a check that needs no write). */
  isAtVersion(id: string, version: number): boolean {
    return this.prepare('SELECT 1 FROM employees WHERE id = ? AND version = ?').get(id, version) !== undefined;
  }

  insert(row: EmployeeRow): void {
    // Positional parameters, as in update(): binding 23 named ones cost a lookup each per create.
    this.prepare(
      `INSERT INTO employees (id, user_name, user_name_key, external_id, first_name, last_name, display_name,
        employee_number, email, email_key, work_phone, cell_phone, address_line1, city, state, zip_code, country,
        active, org_id, source, scim_resource, version, created_at, updated_at, scim_deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      row.id, row.userName, foldCase(row.userName), row.externalId, row.firstName, row.lastName, row.displayName,
      row.employeeNumber, row.email, foldedOrNull(row.email), row.workPhone, row.cellPhone, row.addressLine1, row.city,
      row.state, row.zipCode, row.country, row.active ? 1 : 0, row.orgId, row.source, row.scimResource, row.version,
      row.createdAt, row.updatedAt, row.scimDeletedAt,
    );
    this.changes?.exclude(1);
  }

  /**
   * Writes the row if it is still at `expectedVersion`; returns false when it was not. Given `before`
   * (the row as read in the same transaction), an update that keeps userName, externalId and email
   * leaves their columns out: SQLite rewrites the index entries of every column in the SET list,
   * changed or not (measured: about 40 µs of a PATCH at 100,000 employees).
   */
  update(id: string, expectedVersion: number, values: EmployeeWritable, before?: IndexedValues): boolean {
    const keepsIndexed =
      before !== undefined &&
      before.userName === values.userName &&
      before.externalId === values.externalId &&
      before.email === values.email;
    // Positional parameters: binding by name costs a property lookup per parameter on every call.
    const result = this.prepare(keepsIndexed ? UPDATE_KEEPING_INDEXED : UPDATE_ALL).run(
      ...(keepsIndexed
        ? []
        : [
            values.userName, foldCase(values.userName), values.userName, values.externalId,
            values.email, foldedOrNull(values.email),
          ]),
      values.firstName, values.lastName, values.displayName, values.employeeNumber, values.workPhone, values.cellPhone,
      values.addressLine1, values.city, values.state, values.zipCode, values.country, values.active ? 1 : 0,
      values.scimResource, values.updatedAt, id, expectedVersion,
    );
    this.changes?.exclude(result.changes);
    return result.changes === 1;
  }

  markScimDeleted(id: string, expectedVersion: number, at: string, deactivate: boolean): boolean {
    const result = this.prepare(
      // A NULL key frees the name (migration 004).
      `UPDATE employees SET scim_deleted_at = @at, updated_at = @at, version = version + 1, user_name_key = NULL,
        active = CASE WHEN @deactivate THEN 0 ELSE active END
       WHERE id = @id AND version = @expectedVersion AND scim_deleted_at IS NULL`,
    ).run({ id, expectedVersion, at, deactivate: deactivate ? 1 : 0 });
    this.changes?.exclude(result.changes);
    return result.changes === 1;
  }
}

const foldedOrNull = (value: string | null): string | null => (value === null ? null : foldCase(value));
