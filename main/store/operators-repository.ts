// operators and operator_privileges: which OS accounts may use the console and what each may do.
// Accounts are looked up by account_key, which the operators service derives (it owns how names compare).
import type { Database } from 'better-sqlite3';
import type { Privilege } from '../../preload/privileges';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface OperatorRow {
  accountKey: string;
  account: string;
  addedAt: string;
  addedBy: string;
  privileges: Privilege[];
}

const SELECT_OPERATORS = `
  SELECT o.account_key AS accountKey, o.account, o.added_at AS addedAt, o.added_by AS addedBy,
         (SELECT json_group_array(privilege) FROM operator_privileges p WHERE p.account_key = o.account_key) AS privileges
  FROM operators o`;

type RawRow = Omit<OperatorRow, 'privileges'> & { privileges: string };
const toRow = (raw: RawRow): OperatorRow => ({ ...raw, privileges: JSON.parse(raw.privileges) as Privilege[] });

export class OperatorsRepository {
  private readonly prepare: Prepare;

  constructor(db: Database) {
    this.prepare = cachedPrepare(db);
  }

  list(): OperatorRow[] {
    return (this.prepare(`${SELECT_OPERATORS} ORDER BY o.account`).all() as RawRow[]).map(toRow);
  }

  byKey(accountKey: string): OperatorRow | undefined {
    const raw = this.prepare(`${SELECT_OPERATORS} WHERE o.account_key = ?`).get(accountKey) as RawRow | undefined;
    return raw && toRow(raw);
  }

  privilegesOf(accountKey: string): Privilege[] {
    return (
      this.prepare('SELECT privilege FROM operator_privileges WHERE account_key = ?').all(accountKey) as Array<{
        privilege: Privilege;
      }>
    ).map((row) => row.privilege);
  }

  /** The accounts holding `privilege`, by name. */
  holders(privilege: Privilege): string[] {
    return (
      this.prepare(
        `SELECT o.account FROM operator_privileges p JOIN operators o ON o.account_key = p.account_key
         WHERE p.privilege = ? ORDER BY o.account`,
      ).all(privilege) as Array<{ account: string }>
    ).map((row) => row.account);
  }

  isEmpty(): boolean {
    return this.prepare('SELECT 1 FROM operators LIMIT 1').get() === undefined;
  }

  insert(row: { accountKey: string; account: string; at: string; by: string }): void {
    this.prepare('INSERT INTO operators (account_key, account, added_at, added_by) VALUES (?, ?, ?, ?)').run(
      row.accountKey,
      row.account,
      row.at,
      row.by,
    );
  }

  /** Returns whether the privilege was newly granted. */
  grant(accountKey: string, privilege: Privilege, at: string, by: string): boolean {
    return (
      this.prepare(
        'INSERT OR IGNORE INTO operator_privileges (account_key, privilege, granted_at, granted_by) VALUES (?, ?, ?, ?)',
      ).run(accountKey, privilege, at, by).changes === 1
    );
  }

  /** Returns whether the account held it. */
  revoke(accountKey: string, privilege: Privilege): boolean {
    return (
      this.prepare('DELETE FROM operator_privileges WHERE account_key = ? AND privilege = ?').run(accountKey, privilege)
        .changes === 1
    );
  }

  /** Removes the operator and (cascade) its privileges; returns whether it existed. */
  remove(accountKey: string): boolean {
    return this.prepare('DELETE FROM operators WHERE account_key = ?').run(accountKey).changes === 1;
  }
}
