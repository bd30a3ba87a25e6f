// Test support: a real SQLite file holding the employees table exactly as the brief gives it, and the
// SCIM User a gateway would render from each row (for the in-memory evaluator to judge).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlWhere } from '../../../../main/gateway/filter/filter-to-sql';
import { foldCase, registerCaseFold } from '../../../../main/store/case-fold';

export const EMPLOYEES_DDL = `
CREATE TABLE employees (
  id TEXT PRIMARY KEY, user_name TEXT NOT NULL, user_name_key TEXT NOT NULL, external_id TEXT, first_name TEXT, last_name TEXT,
  display_name TEXT, employee_number TEXT, email TEXT, email_key TEXT, work_phone TEXT, cell_phone TEXT,
  address_line1 TEXT, city TEXT, state TEXT, zip_code TEXT, country TEXT,
  active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  scim_deleted_at TEXT);
CREATE UNIQUE INDEX employees_user_name_key ON employees (user_name_key);
CREATE INDEX employees_external_id ON employees (external_id);
CREATE INDEX employees_email_key ON employees (email_key);
`;

export interface EmployeeRow {
  id: string;
  user_name: string;
  external_id: string | null;
  first_name: string | null;
  last_name: string | null;
  display_name: string | null;
  employee_number: string | null;
  email: string | null;
  work_phone: string | null;
  cell_phone: string | null;
  address_line1: string | null;
  city: string | null;
  state: string | null;
  zip_code: string | null;
  country: string | null;
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

const COLUMNS: readonly (keyof EmployeeRow)[] = [
  'id', 'user_name', 'external_id', 'first_name', 'last_name', 'display_name', 'employee_number', 'email',
  'work_phone', 'cell_phone', 'address_line1', 'city', 'state', 'zip_code', 'country', 'active', 'created_at',
  'updated_at',
];

export function employee(fields: Partial<EmployeeRow> & Pick<EmployeeRow, 'id' | 'user_name'>): EmployeeRow {
  return {
    external_id: null, first_name: null, last_name: null, display_name: null, employee_number: null,
    email: null, work_phone: null, cell_phone: null, address_line1: null, city: null, state: null,
    zip_code: null, country: null, active: 1, created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z',
    ...fields,
  };
}

export class EmployeesDb {
  readonly db: Database.Database;
  private readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'scim-filter-'));
    this.db = new Database(join(this.dir, 'employees.db'));
    registerCaseFold(this.db);
    this.db.exec(EMPLOYEES_DDL);
  }

  replaceAll(rows: readonly EmployeeRow[]): void {
    // The keys as the employees repository writes them.
    const insert = this.db.prepare(
      `INSERT INTO employees (${COLUMNS.join(', ')}, user_name_key, email_key)
       VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')}, @user_name_key, @email_key)`,
    );
    this.db.transaction(() => {
      this.db.exec('DELETE FROM employees');
      for (const row of rows) {
        insert.run({ ...row, user_name_key: foldCase(row.user_name), email_key: row.email === null ? null : foldCase(row.email) });
      }
    })();
  }

  /** Ids matching, sorted so result sets compare as sets. */
  ids({ where, params }: SqlWhere): string[] {
    const rows = this.db.prepare(`SELECT id FROM employees WHERE ${where}`).all(...params) as { id: string }[];
    return rows.map((r) => r.id).sort();
  }

  plan({ where, params }: SqlWhere): string {
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM employees WHERE ${where}`).all(...params) as {
      detail: string;
    }[];
    return rows.map((r) => r.detail).join('\n');
  }

  close(): void {
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const assigned = (value: string | null): value is string => value !== null && value !== '';

/**
 * The User resource for a row. Multi-valued elements are rendered only when one of their stored values
 * is assigned: a row without email has no emails element, not `{ type: "work", value: null }`.
 */
export function toUserResource(row: EmployeeRow): Record<string, unknown> {
  const phones = [
    ...(assigned(row.work_phone) ? [{ type: 'work', value: row.work_phone }] : []),
    ...(assigned(row.cell_phone) ? [{ type: 'mobile', value: row.cell_phone }] : []),
  ];
  const address = {
    streetAddress: row.address_line1,
    locality: row.city,
    region: row.state,
    postalCode: row.zip_code,
    country: row.country,
  };
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: row.id,
    externalId: row.external_id,
    userName: row.user_name,
    name: { givenName: row.first_name, familyName: row.last_name },
    displayName: row.display_name,
    active: row.active === 1,
    emails: assigned(row.email) ? [{ type: 'work', value: row.email }] : [],
    phoneNumbers: phones,
    addresses: Object.values(address).some(assigned) ? [{ type: 'work', ...address }] : [],
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: row.employee_number },
    meta: { resourceType: 'User', created: row.created_at, lastModified: row.updated_at },
  };
}
