// The net effect of a member-only PATCH, step by step: a member added then removed in the same request
// (or removed by a clear and added back) changed nothing. Only the first names are looked up for the
// log, so a PATCH that clears 100,000 members reads 50 userNames, not 100,000.
import type { FieldChanges } from '../../../preload/contract';
import { loggedNames, MEMBER_NAMES_LOGGED } from './group-changes';

export class MembershipDelta {
  private readonly addedIds = new Set<string>();
  private readonly removedIds = new Set<string>();

  added(id: string): void {
    if (!this.removedIds.delete(id)) this.addedIds.add(id);
  }

  removed(id: string): void {
    if (!this.addedIds.delete(id)) this.removedIds.add(id);
  }

  isEmpty(): boolean {
    return this.addedIds.size === 0 && this.removedIds.size === 0;
  }

  /** As the provisioning log records them; `userNames` maps ids to names in order. */
  changes(userNames: (ids: readonly string[]) => string[]): FieldChanges {
    const changes: FieldChanges = {};
    const named = (ids: Set<string>) => loggedNames(userNames(first(ids, MEMBER_NAMES_LOGGED)), ids.size);
    if (this.addedIds.size > 0) changes.membersAdded = { old: null, new: named(this.addedIds) };
    if (this.removedIds.size > 0) changes.membersRemoved = { old: named(this.removedIds), new: null };
    return changes;
  }
}

function first(ids: Set<string>, count: number): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (out.length === count) break;
    out.push(id);
  }
  return out;
}
