// Test support: a real Store in a temp dir (the real migrations, so the real indexes), employees
// written through its repository, conditions run through the store's own SQL; and the SCIM User a
// gateway would render from each row (for the in-memory evaluator to judge).
import type { EmployeeCondition } from '../../../../main/services/employees/employee-query';
import { conditionSql } from '../../../../main/store/employee-query-sql';
import { Store } from '../../../../main/store/store';
import { CORE_USER_URN, ENTERPRISE_USER_URN } from '../../../../preload/field-catalog';
import { makeTempDir } from '../../../fixtures/temp-dir';

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

export function employee(fields: Partial<EmployeeRow> & Pick<EmployeeRow, 'id' | 'user_name'>): EmployeeRow {
  return {
    external_id: null,
    first_name: null,
    last_name: null,
    display_name: null,
    employee_number: null,
    email: null,
    work_phone: null,
    cell_phone: null,
    address_line1: null,
    city: null,
    state: null,
    zip_code: null,
    country: null,
    active: 1,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    ...fields,
  };
}

export class EmployeesDb {
  readonly store: Store;
  private readonly dir = makeTempDir('scim-filter-');
  private readonly orgId: string;

  constructor() {
    this.store = Store.open(this.dir.path);
    this.orgId = this.store.organizations.all()[0]!.id;
  }

  replaceAll(rows: readonly EmployeeRow[]): void {
    this.store.transaction(() => {
      this.store.db.exec('DELETE FROM employees');
      for (const row of rows) {
        this.store.employees.insert({
          id: row.id,
          userName: row.user_name,
          externalId: row.external_id,
          firstName: row.first_name,
          lastName: row.last_name,
          displayName: row.display_name,
          employeeNumber: row.employee_number,
          email: row.email,
          workPhone: row.work_phone,
          cellPhone: row.cell_phone,
          addressLine1: row.address_line1,
          city: row.city,
          state: row.state,
          zipCode: row.zip_code,
          country: row.country,
          active: row.active === 1,
          orgId: this.orgId,
          source: 'scim',
          scimResource: null,
          version: 1,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          scimDeletedAt: null,
        });
      }
    });
  }

  /** Ids matching, sorted so result sets compare as sets; the WHERE clause of the repository's lists. */
  ids(condition: EmployeeCondition): string[] {
    const { sql, params } = conditionSql(condition);
    const rows = this.store.db
      .prepare(`SELECT id FROM employees WHERE scim_deleted_at IS NULL AND (${sql})`)
      .pluck()
      .all(...params);
    return (rows as string[]).sort();
  }

  plan(condition: EmployeeCondition): string {
    const { sql, params } = conditionSql(condition);
    const rows = this.store.db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM employees WHERE scim_deleted_at IS NULL AND (${sql})`)
      .all(...params) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  }

  close(): void {
    this.store.close();
    this.dir.remove();
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
    schemas: [CORE_USER_URN],
    id: row.id,
    externalId: row.external_id,
    userName: row.user_name,
    name: { givenName: row.first_name, familyName: row.last_name },
    displayName: row.display_name,
    active: row.active === 1,
    emails: assigned(row.email) ? [{ type: 'work', value: row.email }] : [],
    phoneNumbers: phones,
    addresses: Object.values(address).some(assigned) ? [{ type: 'work', ...address }] : [],
    [ENTERPRISE_USER_URN]: { employeeNumber: row.employee_number },
    meta: { resourceType: 'User', created: row.created_at, lastModified: row.updated_at },
  };
}
