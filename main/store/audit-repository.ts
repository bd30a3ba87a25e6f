// audit_log: who changed what (settings, tokens, keys, employees, organizations, operators), when, and
// the old and new values. Append only. Read newest first in keyset pages by id, filtered.
import type { Database } from 'better-sqlite3';
import type { ChangeStamp } from './change-stamp';
import { EMPLOYEE_ROW_CHANGES } from './employees-repository';
import { conditionsOf, type SqlValue } from './sql-conditions';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  id: number;
}

/** Every member narrows; null leaves it open. `since`/`until` are ISO instants as `at` holds them. */
export interface AuditFilter {
  since: string | null;
  until: string | null;
  actor: string | null;
  action: string | null;
}

type RawAuditRow = Omit<AuditRecord, 'details'> & { details: string };
const parseRow = (row: RawAuditRow): AuditRecord => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> });

/** One SQL text per combination of filters (at most 16), so the (actor, id) and (action, id) indexes serve. */
function pageSql(filter: AuditFilter): { sql: string; params: SqlValue[] } {
  const { conditions, params } = conditionsOf([
    ['at >= ?', filter.since],
    ['at < ?', filter.until],
    ['actor = ?', filter.actor],
    ['action = ?', filter.action],
  ]);
  const sql = `SELECT id, at, actor, action, target, details FROM audit_log WHERE ${['id < ?', ...conditions].join(' AND ')}
    ORDER BY id DESC LIMIT CAST(? AS INTEGER)`;
  return { sql, params };
}

export class AuditRepository {
  private readonly prepare: Prepare;

  constructor(
    db: Database,
    private readonly changes?: ChangeStamp,
  ) {
    this.prepare = cachedPrepare(db);
  }

  append(entry: AuditEntry): void {
    const result = this.prepare('INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)').run(
      entry.at,
      entry.actor,
      entry.action,
      entry.target,
      JSON.stringify(entry.details),
    );
    // No stamped cache reads the audit log: an employee edit's audit row must not make the settings,
    // organization and token caches reload on the next request.
    this.changes?.exclude(result.changes);
  }

  /**
   * An audit row about an employee, linked into its history (migration 015): the row names the one
   * before it and the employee's row names it as the newest. In the transaction that writes the change.
   */
  appendToEmployeeHistory(entry: AuditEntry & { target: string }): void {
    const id = this.insertIntoEmployeeHistory(entry);
    const head = this.prepare('UPDATE employees SET history_head = ? WHERE id = ?').run(id, entry.target);
    // Neither table is read by a stamped cache (append, above).
    this.changes?.exclude(head.changes * EMPLOYEE_ROW_CHANGES);
  }

  /**
   * The audit row alone, naming the one before it; its id, for the write of the employee's row in the
   * same transaction to name as the newest (EmployeesRepository.update, EmployeeDirectoryRepository.move):
   * one write of the row instead of two, about 10 µs of an edit at 100,000 employees.
   */
  insertIntoEmployeeHistory(entry: AuditEntry & { target: string }): number {
    const row = this.prepare(
      `INSERT INTO audit_log (at, actor, action, target, details, previous_id)
       VALUES (?, ?, ?, ?, ?, (SELECT history_head FROM employees WHERE id = ?))`,
    ).run(entry.at, entry.actor, entry.action, entry.target, JSON.stringify(entry.details), entry.target);
    this.changes?.exclude(row.changes);
    return Number(row.lastInsertRowid);
  }

  /**
   * An employee's audit rows, newest first: from its newest, or from the one before `beforeId`, along
   * the chain appendToEmployeeHistory keeps (one lookup by rowid a row).
   */
  employeeHistory(employeeId: string, beforeId: number | null, limit: number): AuditRecord[] {
    const rows = this.prepare(
      `WITH RECURSIVE chain(id, n) AS (
         SELECT CASE WHEN @before IS NULL THEN (SELECT history_head FROM employees WHERE id = @employee)
                ELSE (SELECT previous_id FROM audit_log WHERE id = @before AND target = @employee) END, 1
         UNION ALL
         SELECT audit_log.previous_id, chain.n + 1 FROM audit_log JOIN chain ON audit_log.id = chain.id
         WHERE chain.n < @limit)
       SELECT audit_log.id, at, actor, action, target, details FROM chain JOIN audit_log ON audit_log.id = chain.id
       ORDER BY audit_log.id DESC`,
    ).all({ before: beforeId, employee: employeeId, limit }) as RawAuditRow[];
    return rows.map(parseRow);
  }

  newestFirst(limit: number): AuditRecord[] {
    const rows = this.prepare('SELECT id, at, actor, action, target, details FROM audit_log ORDER BY id DESC LIMIT ?').all(
      limit,
    ) as Array<Omit<AuditRecord, 'details'> & { details: string }>;
    return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
  }

  /** Rows older than `beforeId` (null: from the newest), newest first. */
  page(filter: AuditFilter, beforeId: number | null, limit: number): AuditRecord[] {
    const { sql, params } = pageSql(filter);
    const rows = this.prepare(sql).all(beforeId ?? Number.MAX_SAFE_INTEGER, ...params, limit) as RawAuditRow[];
    return rows.map(parseRow);
  }

  /**
   * Every matching row, newest first, read a page at a time: an export of a million rows holds one
   * page in memory, and no read transaction stays open between pages (writers are not held up).
   */
  *each(filter: AuditFilter, pageSize = 1000): Generator<AuditRecord> {
    let beforeId: number | null = null;
    for (;;) {
      const rows = this.page(filter, beforeId, pageSize);
      yield* rows;
      if (rows.length < pageSize) return;
      beforeId = rows.at(-1)!.id;
    }
  }

  /** The accounts and actions that occur, for the Audit view's filters. */
  distinctActors(): string[] {
    return (this.prepare('SELECT DISTINCT actor FROM audit_log ORDER BY actor').all() as Array<{ actor: string }>).map(
      (r) => r.actor,
    );
  }

  distinctActions(): string[] {
    return (this.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').all() as Array<{ action: string }>).map(
      (r) => r.action,
    );
  }
}
