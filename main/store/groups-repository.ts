// scim_groups and scim_group_members: groups the identity provider pushes, with user members.
import type { Database } from 'better-sqlite3';
import { foldCase } from './case-fold';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface GroupRow {
  id: string;
  displayName: string;
  externalId: string | null;
  scimResource: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT id, display_name AS displayName, external_id AS externalId, scim_resource AS scimResource,
  version, created_at AS createdAt, updated_at AS updatedAt FROM scim_groups`;
// Per-request lookups, built once (see statement-cache.ts).
const VISIBLE_BY_ID = `${SELECT} WHERE id = ? AND scim_deleted_at IS NULL`;
const VISIBLE_BY_DISPLAY_NAME = `${SELECT} WHERE display_name_key = ? AND scim_deleted_at IS NULL`;

// In member-id order: the primary key's order, so a group of 100,000 members is walked without a sort
// (ids are time-ordered, so members come in the order their users were created; SCIM sets no order).
const MEMBERS_IN_ORDER = `SELECT e.id, e.user_name, e.display_name
  FROM scim_group_members m JOIN employees e ON e.id = m.employee_id
 WHERE m.group_id = ? AND e.scim_deleted_at IS NULL ORDER BY m.employee_id`;
const SOME_MEMBERS = 'SELECT employee_id FROM scim_group_members WHERE group_id = ? LIMIT CAST(? AS INTEGER)';

export class GroupsRepository {
  private readonly prepare: Prepare;

  constructor(db: Database) {
    this.prepare = cachedPrepare(db);
  }

  visibleById(id: string): GroupRow | undefined {
    return this.prepare(VISIBLE_BY_ID).get(id) as GroupRow | undefined;
  }

  /** Case-insensitive, by foldCase. */
  visibleByDisplayName(displayName: string): GroupRow | undefined {
    return this.prepare(VISIBLE_BY_DISPLAY_NAME).get(foldCase(displayName)) as GroupRow | undefined;
  }

  allVisible(): GroupRow[] {
    return this.prepare(`${SELECT} WHERE scim_deleted_at IS NULL ORDER BY created_at, id`).all() as GroupRow[];
  }

  insert(row: GroupRow): void {
    this.prepare(
      `INSERT INTO scim_groups (id, display_name, display_name_key, external_id, scim_resource, version, created_at,
        updated_at)
       VALUES (@id, @displayName, @displayNameKey, @externalId, @scimResource, @version, @createdAt, @updatedAt)`,
    ).run({ ...row, displayNameKey: foldCase(row.displayName) });
  }

  update(row: Omit<GroupRow, 'createdAt' | 'version'>, expectedVersion: number): boolean {
    return (
      this.prepare(
        // A kept name keeps its key (see the employees' UPDATE_ALL).
        `UPDATE scim_groups SET
          display_name_key = CASE display_name WHEN @displayName THEN display_name_key ELSE @displayNameKey END,
          display_name = @displayName, external_id = @externalId, scim_resource = @scimResource,
          updated_at = @updatedAt, version = version + 1 WHERE id = @id AND version = @expectedVersion`,
      ).run({ ...row, displayNameKey: foldCase(row.displayName), expectedVersion }).changes === 1
    );
  }

  markDeleted(id: string, at: string): void {
    // A NULL key frees the name (migration 004).
    this.prepare(
      'UPDATE scim_groups SET scim_deleted_at = ?, updated_at = ?, version = version + 1, display_name_key = NULL WHERE id = ?',
    ).run(at, at, id);
    this.prepare('DELETE FROM scim_group_members WHERE group_id = ?').run(id);
  }

  /** Takes an employee out of every group; each group it left gets a new version: its members changed. */
  dropMember(employeeId: string, at: string): void {
    this.touchGroupsOf(employeeId, at);
    this.prepare('DELETE FROM scim_group_members WHERE employee_id = ?').run(employeeId);
  }

  /** A new version and lastModified for every group the employee is in (how a group shows it changed). */
  touchGroupsOf(employeeId: string, at: string): void {
    this.prepare(
      `UPDATE scim_groups SET version = version + 1, updated_at = ?
        WHERE scim_deleted_at IS NULL AND id IN (SELECT group_id FROM scim_group_members WHERE employee_id = ?)`,
    ).run(at, employeeId);
  }

  members(groupId: string): Array<{ id: string; userName: string; displayName: string | null }> {
    return this.prepare(
      `SELECT e.id, e.user_name AS userName, e.display_name AS displayName
         FROM scim_group_members m JOIN employees e ON e.id = m.employee_id
        WHERE m.group_id = ? AND e.scim_deleted_at IS NULL ORDER BY m.employee_id`,
    ).all(groupId) as Array<{ id: string; userName: string; displayName: string | null }>;
  }

  /** The members as [id, userName, displayName] rows, one at a time: a group of 100,000 is never an array of objects. */
  eachMember(groupId: string): IterableIterator<[string, string, string | null]> {
    return this.prepare(MEMBERS_IN_ORDER).raw(true).iterate(groupId) as IterableIterator<[string, string, string | null]>;
  }

  /** At most `limit` member ids: whether a group is small enough to answer whole, without counting a large one. */
  someMemberIds(groupId: string, limit: number): string[] {
    return this.prepare(SOME_MEMBERS).pluck().all(groupId, limit) as string[];
  }

  /** Adds a member; false when it was already in. */
  addMember(groupId: string, employeeId: string): boolean {
    return (
      this.prepare('INSERT OR IGNORE INTO scim_group_members (group_id, employee_id) VALUES (?, ?)').run(groupId, employeeId)
        .changes === 1
    );
  }

  /** Removes a member; false when it was not in. */
  removeMember(groupId: string, employeeId: string): boolean {
    return (
      this.prepare('DELETE FROM scim_group_members WHERE group_id = ? AND employee_id = ?').run(groupId, employeeId).changes === 1
    );
  }

  removeAllMembers(groupId: string): number {
    return this.prepare('DELETE FROM scim_group_members WHERE group_id = ?').run(groupId).changes;
  }

  /** The userNames of the given employees, in the given order (a primary-key probe each). */
  userNames(employeeIds: readonly string[]): string[] {
    const userName = this.prepare('SELECT user_name FROM employees WHERE id = ?').pluck();
    return employeeIds.map((id) => (userName.get(id) as string | undefined) ?? id);
  }

  /** The ids among `employeeIds` that are not users SCIM can see (a primary-key probe each). */
  unknownUsers(employeeIds: readonly string[]): string[] {
    const known = this.prepare('SELECT 1 FROM employees WHERE id = ? AND scim_deleted_at IS NULL').pluck();
    return employeeIds.filter((id) => known.get(id) === undefined);
  }

  /** A new version and lastModified for a group whose members changed, if still at `expectedVersion`. */
  touch(groupId: string, expectedVersion: number, at: string): boolean {
    return (
      this.prepare('UPDATE scim_groups SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?').run(
        at,
        groupId,
        expectedVersion,
      ).changes === 1
    );
  }

  setMembers(groupId: string, employeeIds: readonly string[]): void {
    this.prepare('DELETE FROM scim_group_members WHERE group_id = ?').run(groupId);
    const insert = this.prepare('INSERT OR IGNORE INTO scim_group_members (group_id, employee_id) VALUES (?, ?)');
    for (const employeeId of employeeIds) insert.run(groupId, employeeId);
  }

  groupsOf(employeeId: string): Array<{ id: string; displayName: string }> {
    return this.prepare(
      `SELECT g.id, g.display_name AS displayName FROM scim_group_members m JOIN scim_groups g ON g.id = m.group_id
        WHERE m.employee_id = ? AND g.scim_deleted_at IS NULL ORDER BY g.display_name`,
    ).all(employeeId) as Array<{ id: string; displayName: string }>;
  }
}
