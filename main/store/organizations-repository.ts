// The organizations table: rows in, rows out.
import type { Database } from 'better-sqlite3';
import { foldCase } from './case-fold';
import { StampedCache, type ChangeStamp } from './change-stamp';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface OrganizationRow {
  id: string;
  name: string;
  parentId: string | null;
}

export class OrganizationsRepository {
  private readonly prepare: Prepare;
  private readonly everything: StampedCache<readonly OrganizationRow[]>;

  constructor(db: Database, changes: ChangeStamp) {
    this.prepare = cachedPrepare(db);
    this.everything = new StampedCache(changes, 1);
  }

  /**
   * Every organization. The directory shows each employee's organization path, so this is read on
   * every employee answer: cached until the database changes (employee writes do not count), frozen,
   * and the same array until then, so callers can key what they derive from it by identity.
   */
  all(): readonly OrganizationRow[] {
    return this.everything.get(
      'all',
      () => this.prepare('SELECT id, name, parent_id AS parentId FROM organizations').all() as OrganizationRow[],
    );
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

  /** How many organizations sit directly under `id`. */
  childCount(id: string): number {
    return this.prepare('SELECT count(*) FROM organizations WHERE parent_id = ?').pluck().get(id) as number;
  }

  rename(id: string, name: string): void {
    this.prepare('UPDATE organizations SET name = ?, name_key = ? WHERE id = ?').run(name, foldCase(name), id);
  }

  reparent(id: string, parentId: string): void {
    this.prepare('UPDATE organizations SET parent_id = ? WHERE id = ?').run(parentId, id);
  }

  /** The caller has checked that nothing refers to it (employees, the settings, sub-organizations). */
  delete(id: string): void {
    this.prepare('DELETE FROM organizations WHERE id = ?').run(id);
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
