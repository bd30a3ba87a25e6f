// What a group write changed, as the provisioning log records it: the name and externalId as old and
// new, and the members added and removed by userName (at most MEMBER_NAMES_LOGGED each, then a count),
// so Activity can say "Members added: ann, bob" without the log growing with a group's size.
import type { FieldChanges } from '../../../preload/contract';

type Member = { id: string; userName: string };

export const MEMBER_NAMES_LOGGED = 50;

/** The first MEMBER_NAMES_LOGGED names, then "and N more" (`total` counts them all). */
export function loggedNames(shown: readonly string[], total: number): string[] {
  const first = shown.slice(0, MEMBER_NAMES_LOGGED);
  const rest = total - first.length;
  return rest > 0 ? [...first, `and ${rest} more`] : first;
}

function names(members: readonly Member[]): string[] {
  return loggedNames(
    members.slice(0, MEMBER_NAMES_LOGGED).map((member) => member.userName),
    members.length,
  );
}

export function groupChanges(
  before: { displayName: string | null; externalId: string | null; members: readonly Member[] },
  after: { displayName: string; externalId: string | null; members: readonly Member[] },
): FieldChanges {
  const changes: FieldChanges = {};
  if (before.displayName !== after.displayName) changes.displayName = { old: before.displayName, new: after.displayName };
  if (before.externalId !== after.externalId) changes.externalId = { old: before.externalId, new: after.externalId };
  const had = new Set(before.members.map((member) => member.id));
  const has = new Set(after.members.map((member) => member.id));
  const added = after.members.filter((member) => !had.has(member.id));
  const removed = before.members.filter((member) => !has.has(member.id));
  if (added.length > 0) changes.membersAdded = { old: null, new: names(added) };
  if (removed.length > 0) changes.membersRemoved = { old: names(removed), new: null };
  return changes;
}
