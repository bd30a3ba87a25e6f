// log_retention: how many days provisioning log rows are kept (one row, migration 010).
import type { Database } from 'better-sqlite3';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface LogRetentionRow {
  days: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export class LogRetentionRepository {
  private readonly prepare: Prepare;

  constructor(db: Database) {
    this.prepare = cachedPrepare(db);
  }

  read(): LogRetentionRow {
    return this.prepare(
      'SELECT days, updated_at AS updatedAt, updated_by AS updatedBy FROM log_retention WHERE id = 1',
    ).get() as LogRetentionRow;
  }

  write(days: number, at: string, by: string): void {
    this.prepare('UPDATE log_retention SET days = ?, updated_at = ?, updated_by = ? WHERE id = 1').run(days, at, by);
  }
}
