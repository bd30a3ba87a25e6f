// The organizations table: rows in, rows out.
import type { Database } from 'better-sqlite3';
import { foldCase } from './case-fold';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface OrganizationRow {
  id: string;
  name: string;
  parentId: string | null;
}

export class OrganizationsRepository {
  private readonly prepare: Prepare;

  constructor(db: Database) {
    this.prepare = cachedPrepare(db);
  }

  all(): OrganizationRow[] {
    return this.prepare('SELECT id, name, parent_id AS parentId FROM organizations').all() as OrganizationRow[];
  }

  byId(id: string): OrganizationRow | undefined {
    return this.prepare('SELECT id, name, parent_id AS parentId FROM organizations WHERE id = ?').get(id) as
      | OrganizationRow
      | undefined;
  }

  /** Case-insensitive, by foldCase. */
  siblingNamed(parentId: string, name: string): OrganizationRow | undefined {
    return this.prepare('SELECT id, name, parent_id AS parentId FROM organizations WHERE parent_id = ? AND name_key = ?').get(
      parentId,
      foldCase(name),
    ) as OrganizationRow | undefined;
  }

  insert(row: OrganizationRow, createdAt: string): void {
    this.prepare('INSERT INTO organizations (id, name, name_key, parent_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
      row.id,
      row.name,
      foldCase(row.name),
      row.parentId,
      createdAt,
    );
  }
}
