// SCIM groups: stored as the identity provider wrote them, with their user members. They carry no WFO
// meaning yet; they exist so group push from Entra ID and Okta succeeds and reads back what it sent.
import { isDeepStrictEqual } from 'node:util';
import type { GroupRow } from '../../store/groups-repository';

export type { GroupRow };
import type { Store } from '../../store/store';
import type { Clock } from '../context';
import { conflictError, notFoundError, validationError } from '../errors';
import type { VersionCheck } from '../employees/employee-provisioning';
import { checkUnicodeText } from '../employees/employee-rules';
import { scimText, type ScimResource } from '../employees/scim-user-fields';
import { timeOrderedId } from '../employees/time-ordered-id';
import type { FieldChanges } from '../../../preload/contract';
import { groupChanges } from './group-changes';
import { MembershipDelta } from './membership-delta';

export interface GroupWithMembers {
  group: GroupRow;
  members: Array<{ id: string; userName: string; displayName: string | null }>;
}

/** A write's result, with what it changed for the provisioning log. */
export interface GroupWritten extends GroupWithMembers {
  changes: FieldChanges;
}

const STALE = 'The group is not at the version the request asks for.';

/** One step of a PATCH that only changes members, applied in order (a replace is a clear, then an add). */
export type MemberAction =
  | { readonly kind: 'add'; readonly ids: readonly string[] }
  | { readonly kind: 'remove'; readonly ids: readonly string[] }
  | { readonly kind: 'clear' };

export class GroupProvisioningService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  get(id: string): GroupWithMembers | undefined {
    const group = this.store.groups.visibleById(id);
    return group && { group, members: this.store.groups.members(id) };
  }

  /** The group without its members (a group of 100,000 members is read only when its members are shown). */
  group(id: string): GroupRow | undefined {
    return this.store.groups.visibleById(id);
  }

  /** The members as [id, userName, displayName], one at a time. */
  eachMember(id: string): IterableIterator<[string, string, string | null]> {
    return this.store.groups.eachMember(id);
  }

  /** At most `limit` member ids (is the group small?). */
  someMemberIds(id: string, limit: number): string[] {
    return this.store.groups.someMemberIds(id, limit);
  }

  /**
   * A PATCH that only adds and removes members: costs what it changes, whatever the group's size. Added
   * users must exist (400 otherwise, nothing written); adding a member or removing a non-member changes
   * nothing, and a PATCH that changes nothing keeps the version (as replace() does).
   */
  changeMembers(
    id: string,
    actions: readonly MemberAction[],
    acceptsVersion?: VersionCheck,
  ): { group: GroupRow; changed: boolean; changes: FieldChanges } {
    return this.store.transaction(() => {
      const existing = this.store.groups.visibleById(id);
      if (!existing) throw notFoundError('id', `Group ${id} not found.`);
      const added = [...new Set(actions.flatMap((action) => (action.kind === 'add' ? action.ids : [])))];
      const unknown = this.store.groups.unknownUsers(added)[0];
      if (unknown !== undefined) throw validationError('members', `Member '${unknown}' is not a known user.`);
      if (acceptsVersion && !acceptsVersion(existing.version)) throw conflictError(STALE, 'version');
      const net = new MembershipDelta();
      for (const action of actions) {
        if (action.kind === 'add') {
          for (const member of action.ids) if (this.store.groups.addMember(id, member)) net.added(member);
        } else if (action.kind === 'remove') {
          for (const member of action.ids) if (this.store.groups.removeMember(id, member)) net.removed(member);
        } else {
          // A clear reads the ids it removes: its cost is what it changes. A clear followed by adds of the
          // same members (Okta's replace) nets out to nothing.
          for (const member of this.store.groups.someMemberIds(id, -1)) net.removed(member);
          this.store.groups.removeAllMembers(id);
        }
      }
      if (net.isEmpty()) return { group: existing, changed: false, changes: {} };
      const at = this.clock.now().toISOString();
      if (!this.store.groups.touch(id, existing.version, at)) throw conflictError(STALE, 'version');
      return {
        group: { ...existing, version: existing.version + 1, updatedAt: at },
        changed: true,
        changes: net.changes((ids) => this.store.groups.userNames(ids)),
      };
    });
  }

  all(): GroupRow[] {
    return this.store.groups.allVisible();
  }

  members(id: string) {
    return this.store.groups.members(id);
  }

  create(resource: ScimResource): GroupWritten {
    const { displayName, memberIds } = this.check(resource);
    return this.store.transaction(() => {
      this.assertNameFree(displayName, null);
      this.assertMembersExist(memberIds);
      const at = this.clock.now().toISOString();
      const id = timeOrderedId();
      const row: GroupRow = {
        id,
        displayName,
        externalId: scimText(resource.externalId),
        scimResource: JSON.stringify(withoutMembers(resource)),
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      this.store.groups.insert(row);
      this.store.groups.setMembers(id, memberIds);
      const created = this.get(id)!;
      return {
        ...created,
        changes: groupChanges(
          { displayName: null, externalId: null, members: [] },
          { ...created.group, members: created.members },
        ),
      };
    });
  }

  replace(id: string, resource: ScimResource, acceptsVersion?: VersionCheck): GroupWritten {
    const { displayName, memberIds } = this.check(resource);
    return this.store.transaction(() => {
      const existing = this.store.groups.visibleById(id);
      if (!existing) throw notFoundError('id', `Group ${id} not found.`);
      this.assertNameFree(displayName, id);
      this.assertMembersExist(memberIds);
      // Preconditions come last (RFC 7232 section 5): a request that fails otherwise says so, not 412.
      if (acceptsVersion && !acceptsVersion(existing.version)) throw conflictError(STALE, 'version');
      const externalId = scimText(resource.externalId);
      const scimResource = JSON.stringify(withoutMembers(resource));
      const members = this.store.groups.members(id);
      if (writesNothing(existing, { displayName, externalId, scimResource }, members, memberIds)) {
        // Okta's Push Groups re-sends every group: what is stored already gets no new version or lastModified.
        return { group: existing, members, changes: {} };
      }
      const updated = this.store.groups.update(
        { id, displayName, externalId, scimResource, updatedAt: this.clock.now().toISOString() },
        existing.version,
      );
      if (!updated) throw conflictError(STALE, 'version');
      this.store.groups.setMembers(id, memberIds);
      const replaced = this.get(id)!;
      return {
        ...replaced,
        changes: groupChanges({ ...existing, members }, { ...replaced.group, members: replaced.members }),
      };
    });
  }

  delete(id: string, acceptsVersion?: VersionCheck): void {
    this.store.transaction(() => {
      const existing = this.store.groups.visibleById(id);
      if (!existing) throw notFoundError('id', `Group ${id} not found.`);
      if (acceptsVersion && !acceptsVersion(existing.version)) throw conflictError(STALE, 'version');
      this.store.groups.markDeleted(id, this.clock.now().toISOString());
    });
  }

  private check(resource: ScimResource): { displayName: string; memberIds: string[] } {
    const displayName = scimText(resource.displayName);
    if (displayName === null) throw validationError('displayName', 'displayName is required.');
    checkUnicodeText(resource); // groups are few: the walk, without a first scan of the JSON
    const members = resource.members ?? [];
    if (!Array.isArray(members)) throw validationError('members', 'members must be a list.');
    const memberIds = members.map((member) => {
      const value = (member as { value?: unknown } | null)?.value;
      if (typeof value !== 'string' || value === '')
        throw validationError('members', 'Every member needs a value (the user id).');
      return value;
    });
    return { displayName, memberIds: [...new Set(memberIds)] };
  }

  private assertNameFree(displayName: string, ownId: string | null): void {
    const holder = this.store.groups.visibleByDisplayName(displayName);
    if (holder && holder.id !== ownId) throw conflictError(`A group named '${displayName}' already exists.`, 'displayName');
  }

  private assertMembersExist(memberIds: readonly string[]): void {
    const unknown = memberIds.find((memberId) => !this.store.employees.visibleById(memberId));
    if (unknown) throw validationError('members', `Member '${unknown}' is not a known user.`);
  }
}

/** Same columns (the stored resource compared as JSON, not as text) and the same set of members. */
function writesNothing(
  existing: GroupRow,
  next: Pick<GroupRow, 'displayName' | 'externalId' | 'scimResource'>,
  members: ReadonlyArray<{ id: string }>,
  memberIds: readonly string[],
): boolean {
  if (existing.displayName !== next.displayName || existing.externalId !== next.externalId) return false;
  // Both lists hold no duplicates (primary key; check() dedupes), so equal sizes and inclusion mean equal sets.
  const wanted = new Set(memberIds);
  if (members.length !== wanted.size || !members.every((member) => wanted.has(member.id))) return false;
  return (
    existing.scimResource === next.scimResource ||
    isDeepStrictEqual(JSON.parse(existing.scimResource), JSON.parse(next.scimResource))
  );
}

/** Members live in their own table, so the stored resource holds everything else. */
function withoutMembers(resource: ScimResource): ScimResource {
  const { members: _members, ...rest } = resource;
  return rest;
}
