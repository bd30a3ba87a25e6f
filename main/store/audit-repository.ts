// audit_log: who changed settings or tokens, when, and what changed. Append only.
import type { Database } from 'better-sqlite3';
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

export class AuditRepository {
  private readonly prepare: Prepare;

  constructor(db: Database) {
    this.prepare = cachedPrepare(db);
  }

  append(entry: AuditEntry): void {
    this.prepare('INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)')
      .run(entry.at, entry.actor, entry.action, entry.target, JSON.stringify(entry.details));
  }

  newestFirst(limit: number): AuditRecord[] {
    const rows = this.prepare('SELECT id, at, actor, action, target, details FROM audit_log ORDER BY id DESC LIMIT ?')
      .all(limit) as Array<Omit<AuditRecord, 'details'> & { details: string }>;
    return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
  }
}
