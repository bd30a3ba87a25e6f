// Organizations: the tree under the enterprise root, and changing it: creating a child organization,
// renaming one, moving one under another parent, and deleting one nothing is in. Each change is
// audited with the paths as people read them.
import { randomUUID } from 'node:crypto';
import type { OrganizationView } from '../../../preload/contract';
import { countOf } from '../../../preload/count-words';
import { organizationSubtree } from '../../../preload/organization-subtree';
import type { Store } from '../../store/store';
import type { Actor, Clock } from '../context';
import { conflictError, notFoundError, validationError } from '../errors';
import { organizationPathText, organizationsById, toTree } from './organization-tree';

export interface CreateOrganization {
  name: string;
  parentId: string;
}

export class OrganizationsService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  list(): OrganizationView[] {
    return toTree(this.store.organizations.all());
  }

  exists(id: string): boolean {
    return this.store.organizations.byId(id) !== undefined;
  }

  /**
   * Employees in each organization and below it, as the Employees view's organization filter selects
   * them (an organization's headcount); organizations without any are left out.
   */
  employeeCounts(): Record<string, number> {
    const parentOf = new Map(this.store.organizations.all().map((row) => [row.id, row.parentId]));
    const totals: Record<string, number> = {};
    for (const { orgId, employees } of this.store.directory.countsByOrganization()) {
      for (let at: string | null | undefined = orgId; at != null; at = parentOf.get(at))
        totals[at] = (totals[at] ?? 0) + employees;
    }
    return totals;
  }

  /** `input` is already shape-checked by the contract (name trimmed, 1..100 characters). */
  create(input: CreateOrganization, actor: Actor): OrganizationView {
    const id = randomUUID();
    this.store.transaction(() => {
      this.parentOrThrow(input.parentId);
      this.checkNameFree(input.parentId, input.name, null);
      const at = this.clock.now().toISOString();
      // The parent's path as it reads today, for people: an id says nothing once read in the audit log.
      const parent = this.pathOf(input.parentId);
      this.store.organizations.insert({ id, name: input.name, parentId: input.parentId }, at);
      this.audit(at, actor, 'organization.create', id, { name: input.name, parentId: input.parentId, parent });
    });
    return this.viewOf(id);
  }

  /** A new name, unique among its siblings (ignoring case); the enterprise root may be renamed too. */
  rename(input: { id: string; name: string }, actor: Actor): OrganizationView {
    this.store.transaction(() => {
      const org = this.existing(input.id);
      if (org.name === input.name) return;
      if (org.parentId !== null) this.checkNameFree(org.parentId, input.name, org.id);
      const at = this.clock.now().toISOString();
      this.store.organizations.rename(org.id, input.name);
      this.audit(at, actor, 'organization.rename', org.id, {
        name: input.name,
        organization: this.pathOf(org.id),
        changes: { name: { old: org.name, new: input.name } },
      });
    });
    return this.viewOf(input.id);
  }

  /** Under another parent, with everything below it; never under itself or one of its own sub-organizations. */
  move(input: { id: string; parentId: string }, actor: Actor): OrganizationView {
    this.store.transaction(() => {
      const org = this.existing(input.id);
      if (org.parentId === null) throw validationError('id', 'The enterprise root cannot be moved.');
      this.parentOrThrow(input.parentId);
      if (org.parentId === input.parentId) return;
      if (organizationSubtree(this.store.organizations.all(), org.id).has(input.parentId)) {
        throw validationError('parentId', 'An organization cannot move under itself or one of its own sub-organizations.');
      }
      this.checkNameFree(input.parentId, org.name, org.id);
      const at = this.clock.now().toISOString();
      const before = this.pathOf(org.parentId);
      this.store.organizations.reparent(org.id, input.parentId);
      this.audit(at, actor, 'organization.move', org.id, {
        name: org.name,
        changes: { parent: { old: before, new: this.pathOf(input.parentId) } },
      });
    });
    return this.viewOf(input.id);
  }

  /**
   * Only an organization nothing is in: no employee (someone the identity provider deleted still counts:
   * WFO keeps them), no sub-organization, and not the Organization for New Users.
   */
  delete(input: { id: string }, actor: Actor): void {
    this.store.transaction(() => {
      const org = this.existing(input.id);
      if (org.parentId === null) throw validationError('id', 'The enterprise root cannot be deleted.');
      if (this.store.settings.read().newUserOrganizationId === org.id) {
        throw conflictError('It is the Organization for New Users: choose another one in Provisioning Settings first.', 'id');
      }
      const children = this.store.organizations.childCount(org.id);
      if (children > 0) {
        throw conflictError(`It has ${countOf(children, 'sub-organization')}: move or delete them first.`, 'id');
      }
      const employees = this.store.directory.count({
        search: '',
        organizationIds: [org.id],
        source: null,
        active: null,
        scimManagedOnly: false,
        scimDeleted: null,
      });
      if (employees > 0) {
        throw conflictError(`${countOf(employees, 'employee')} ${employees === 1 ? 'is' : 'are'} in it: move them first.`, 'id');
      }
      const at = this.clock.now().toISOString();
      const parent = this.pathOf(org.parentId);
      this.store.organizations.delete(org.id);
      this.audit(at, actor, 'organization.delete', org.id, { name: org.name, parent });
    });
  }

  private existing(id: string) {
    const org = this.store.organizations.byId(id);
    if (!org) throw notFoundError('id', 'That organization does not exist (it may have been removed).');
    return org;
  }

  private parentOrThrow(parentId: string): void {
    if (!this.store.organizations.byId(parentId)) {
      throw notFoundError('parentId', 'The parent organization does not exist (it may have been removed).');
    }
  }

  /** Case-insensitive, by foldCase: "sales" and "Sales" under one parent would be one name to people. */
  private checkNameFree(parentId: string, name: string, ownId: string | null): void {
    const holder = this.store.organizations.siblingNamed(parentId, name);
    if (holder && holder.id !== ownId) throw conflictError(`An organization named "${name}" already exists there.`, 'name');
  }

  private pathOf(id: string): string | null {
    return organizationPathText(this.store.organizations.all(), id);
  }

  private viewOf(id: string): OrganizationView {
    const view = organizationsById(this.store.organizations.all()).get(id);
    if (!view) throw new Error(`organization ${id} vanished after it was written`);
    return view;
  }

  private audit(at: string, actor: Actor, action: string, target: string, details: Record<string, unknown>): void {
    this.store.audit.append({ at, actor: actor.name, action, target, details });
  }
}
