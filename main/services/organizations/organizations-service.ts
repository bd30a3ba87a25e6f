// Organizations: the tree under the enterprise root, and creating a child organization.
import { randomUUID } from 'node:crypto';
import type { OrganizationView } from '../../../preload/contract';
import type { Store } from '../../store/store';
import type { Actor, Clock } from '../context';
import { conflictError, notFoundError } from '../errors';
import { organizationPathText, toTree } from './organization-tree';

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

  /** `input` is already shape-checked by the contract (name trimmed, 1..100 characters). */
  create(input: CreateOrganization, actor: Actor): OrganizationView {
    const id = randomUUID();
    this.store.transaction(() => {
      if (!this.store.organizations.byId(input.parentId)) {
        throw notFoundError('parentId', 'The parent organization does not exist (it may have been removed).');
      }
      if (this.store.organizations.siblingNamed(input.parentId, input.name)) {
        throw conflictError(`An organization named "${input.name}" already exists there.`, 'name');
      }
      const at = this.clock.now().toISOString();
      // The parent's path as it reads today, for people: an id says nothing once read in the audit log.
      const parent = organizationPathText(this.store.organizations.all(), input.parentId);
      this.store.organizations.insert({ id, name: input.name, parentId: input.parentId }, at);
      this.store.audit.append({
        at,
        actor: actor.name,
        action: 'organization.create',
        target: id,
        details: { name: input.name, parentId: input.parentId, parent },
      });
    });
    const created = this.list().find((org) => org.id === id);
    if (!created) throw new Error(`organization ${id} vanished after insert`);
    return created;
  }
}
