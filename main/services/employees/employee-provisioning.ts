// Employees as the identity provider sees them: create, replace and delete from a SCIM User resource,
// writing only the fields SCIM owns (the fixed three plus those selected in the settings). A field SCIM
// does not own keeps its WFO value; the resource itself is stored as written. One transaction each.
import {
  CATALOG_FIELDS,
  FIXED_FIELDS,
  SELECTABLE_FIELDS,
  fieldProperty,
  type CatalogField,
  type CatalogFieldKey,
  type CatalogValues,
  type FieldProperty,
} from '../../../preload/field-catalog';
import type {
  EmployeeCondition,
  EmployeePage,
  EmployeePageQuery,
  EmployeePosition,
  EmployeeQuery,
  EmployeeRow,
  EmployeeSort,
  EmployeeWritable,
  RenderableRow,
} from './employee-query';
import type { Store } from '../../store/store';
import { UniqueViolation } from '../../store/store-errors';
import type { Clock } from '../context';
import { ServiceError, conflictError, notFoundError } from '../errors';
import { checkScimUserFields, checkUnicodeText } from './employee-rules';
import { scimOwnedFields, type OwnershipSettings } from './field-ownership';
import { readScimUserFields, type ScimResource, type ScimUserFields } from './scim-user-fields';
import { timeOrderedId } from './time-ordered-id';
import type { FieldChanges } from '../../../preload/contract';

export type { FieldChanges };

/** The caller's condition on the version read in the transaction (If-Match / If-None-Match); false is a conflict. */
export type VersionCheck = (version: number) => boolean;

export interface ProvisioningResult {
  employee: EmployeeRow;
  changes: FieldChanges;
}

/** A catalog field SCIM owns: where its value sits in ScimUserFields and on the employee row. */
interface OwnedField {
  readonly key: CatalogFieldKey;
  readonly property: FieldProperty;
}
const asOwned = (field: CatalogField): OwnedField => ({ key: field.key, property: fieldProperty(field) });
const ALWAYS_OWNED: readonly OwnedField[] = FIXED_FIELDS.map(asOwned);
const SELECTABLE: readonly OwnedField[] = SELECTABLE_FIELDS.map(asOwned);
/** A new employee's catalog fields before the owned ones are filled in: empty, and active. */
const BLANK_VALUES = Object.freeze(
  Object.fromEntries(
    CATALOG_FIELDS.map((field) => [fieldProperty(field), field.kind === 'boolean' ? true : null]),
  ) as unknown as CatalogValues,
);
const STALE = 'The user is not at the version the request asks for.';

export class EmployeeProvisioningService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** An employee SCIM can see (not deleted over SCIM). */
  get(id: string): EmployeeRow | undefined {
    return this.store.employees.visibleById(id);
  }

  /** What a read renders, without the other columns (the gateway's read fast path). */
  renderable(id: string): RenderableRow | undefined {
    return this.store.employees.renderableById(id);
  }

  /** A page of the employees SCIM can see, as the query (built by the gateway's filter compiler) asks. */
  list(query: EmployeeQuery): EmployeeRow[] {
    return this.store.employees.query(query);
  }

  /** As list(), with only what rendering needs. */
  listRenderable(query: EmployeeQuery): RenderableRow[] {
    return this.store.employees.queryRenderable(query);
  }

  /** Exact; every visible employee is one row read, a filter is counted once per change of the table. */
  count(filter: EmployeeCondition): number {
    return this.store.employeeLists.count(filter);
  }

  /** A keyset page: continued after (or before) a position, never skipping rows (the gateway's list engine). */
  page(query: EmployeePageQuery): EmployeePage<EmployeeRow> {
    return this.store.employeeLists.page(query);
  }

  pageRenderable(query: EmployeePageQuery): EmployeePage<RenderableRow> {
    return this.store.employeeLists.pageRenderable(query);
  }

  /** Where the `rows`-th row after `after` sits, or null past the end (a jump to a startIndex, in steps). */
  positionAfter(filter: EmployeeCondition, sort: EmployeeSort | null, after: EmployeePosition | null, rows: number) {
    return this.store.employeeLists.positionAfter(filter, sort, after, rows);
  }

  create(resource: ScimResource): ProvisioningResult {
    const { fields, scimResource } = checkedWrite(resource);
    return this.store.transaction(() => {
      const settings = this.store.settings.read();
      if (!settings.newUserOrganizationId) {
        throw new ServiceError('unavailable', 'No Organization for New Users is configured.');
      }
      // No look-up first: the unique index refuses a taken userName (insertUnique says so), also one
      // created by another process a moment ago.
      const owned = ownedFields(settings);
      const at = this.clock.now().toISOString();
      const employee: EmployeeRow = {
        id: timeOrderedId(),
        ...BLANK_VALUES,
        ...pickOwned(fields, owned),
        userName: fields.values.userName!,
        externalId: fields.externalId,
        displayName: fields.displayName,
        orgId: settings.newUserOrganizationId,
        source: 'scim',
        scimResource,
        version: 1,
        createdAt: at,
        updatedAt: at,
        scimDeletedAt: null,
      };
      this.insertUnique(employee);
      return { employee, changes: diff(null, employee, owned) };
    });
  }

  /**
   * PUT, and PATCH after the patch was applied to the stored resource. PATCH passes the row it patched
   * (`known`) instead of reading it again: the update's version guard refuses it if it went stale.
   */
  replace(id: string, resource: ScimResource, acceptsVersion?: VersionCheck, known?: EmployeeRow): ProvisioningResult {
    const { fields, scimResource } = checkedWrite(resource);
    return this.store.transaction(() => {
      const existing = known ?? this.visibleOrThrow(id);
      // An unchanged userName is held by this user itself (the unique index allows no other holder).
      if (fields.values.userName !== existing.userName) this.assertUserNameFree(fields.values.userName!, id);
      // Preconditions come last (RFC 7232 section 5): a request that fails otherwise says so, not 412.
      if (acceptsVersion && !acceptsVersion(existing.version)) throw conflictError(STALE, 'version');
      const owned = ownedFields(this.store.settings.read());
      const next: EmployeeWritable = {
        ...existing,
        ...pickOwned(fields, owned),
        userName: fields.values.userName!,
        externalId: fields.externalId,
        displayName: fields.displayName,
        scimResource,
        updatedAt: this.clock.now().toISOString(),
      };
      // A local employee the identity provider writes (it matched it by userName) is taken over: SCIM manages it from now on.
      const takesOver = existing.source === 'local';
      if (takesOver) this.store.employees.markScimManaged(id);
      if (writesNothing(existing, next)) {
        // What the identity provider sent is what is stored (Okta PUTs every user on each sync): no write,
        // no new version or lastModified. A row handed in by PATCH must still be the current one.
        if (known && !this.store.employees.isAtVersion(id, existing.version)) throw conflictError(STALE, 'version');
        return { employee: takesOver ? { ...existing, source: 'scim' } : existing, changes: {} };
      }
      if (!this.store.employees.update(id, existing.version, next, existing)) throw conflictError(STALE, 'version');
      // A group lists each member's display (its displayName, else its userName): those groups changed too.
      if (next.userName !== existing.userName || next.displayName !== existing.displayName) {
        this.store.groups.touchGroupsOf(id, next.updatedAt);
      }
      // The row as just written (the update matched this version), without reading it back.
      const employee: EmployeeRow = { ...existing, ...next, id, version: existing.version + 1, source: 'scim' };
      return { employee, changes: diff(existing, next, owned) };
    });
  }

  /**
   * Hides the user from SCIM and takes it out of its groups; deactivates the employee while Status is
   * SCIM-owned. History stays.
   */
  delete(id: string, acceptsVersion?: VersionCheck): ProvisioningResult {
    return this.store.transaction(() => {
      const existing = this.visibleOrThrow(id);
      if (acceptsVersion && !acceptsVersion(existing.version)) throw conflictError(STALE, 'version');
      const statusOwned = scimOwnedFields(WRITTEN_BY_SCIM, this.store.settings.read()).includes('status');
      const at = this.clock.now().toISOString();
      if (!this.store.employees.markScimDeleted(id, existing.version, at, statusOwned)) throw conflictError(STALE, 'version');
      // The groups it was in now list one member fewer, so their versions must change too.
      this.store.groups.dropMember(id, at);
      const changes: FieldChanges = statusOwned && existing.active ? { status: { old: true, new: false } } : {};
      return { employee: this.store.employees.byId(id)!, changes };
    });
  }

  private visibleOrThrow(id: string): EmployeeRow {
    const existing = this.store.employees.visibleById(id);
    if (!existing) throw notFoundError('id', `User ${id} not found.`);
    return existing;
  }

  private assertUserNameFree(userName: string, ownId: string | null): void {
    const holder = this.store.employees.visibleByUserName(userName);
    if (holder && holder.id !== ownId) throw conflictError(`userName '${userName}' is already in use.`, 'userName');
  }

  private insertUnique(employee: EmployeeRow): void {
    try {
      this.store.employees.insert(employee);
    } catch (error) {
      // The unique index also catches a create racing in another process.
      if (error instanceof UniqueViolation && error.key === 'userName') {
        throw conflictError(`userName '${employee.userName}' is already in use.`, 'userName');
      }
      throw error;
    }
  }
}

/** Whom a SCIM write is about: an employee the identity provider manages (it creates or takes it over). */
const WRITTEN_BY_SCIM = { source: 'scim', scimDeletedAt: null } as const;
// scimOwnedFields returns the same frozen array until the settings change: mapped once per selection.
const ownedByAnswer = new WeakMap<readonly CatalogFieldKey[], readonly OwnedField[]>();

/** The fields a SCIM write sets: what field-ownership.ts says the identity provider owns now. */
function ownedFields(settings: OwnershipSettings): readonly OwnedField[] {
  const keys = scimOwnedFields(WRITTEN_BY_SCIM, settings);
  let owned = ownedByAnswer.get(keys);
  if (!owned) {
    const wanted = new Set<string>(keys);
    owned = [...ALWAYS_OWNED, ...SELECTABLE].filter((field) => wanted.has(field.key));
    ownedByAnswer.set(keys, owned);
  }
  return owned;
}

function pickOwned(fields: ScimUserFields, owned: readonly OwnedField[]): Partial<CatalogValues> {
  const picked: Partial<Record<FieldProperty, unknown>> = {};
  for (const field of owned) picked[field.property] = fields.values[field.key];
  return picked as Partial<CatalogValues>;
}

/** The columns a replace writes, except updatedAt: all equal means the write would change nothing. */
const WRITTEN: readonly (keyof EmployeeWritable)[] = [
  'externalId',
  'displayName',
  'scimResource',
  ...ALWAYS_OWNED.map((f) => f.property),
  ...SELECTABLE.map((f) => f.property),
];

function writesNothing(existing: EmployeeRow, next: EmployeeWritable): boolean {
  return WRITTEN.every((column) => existing[column] === next[column]);
}

/** The owned fields that changed, by catalog key (Activity shows them with the catalog's labels). */
function diff(before: EmployeeRow | null, after: EmployeeWritable, owned: readonly OwnedField[]): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of owned) {
    const old = before ? before[field.property] : null;
    if (old !== after[field.property]) changes[field.key] = { old, new: after[field.property] };
  }
  return changes;
}

/** What a create or replace writes, refused (400) before any transaction when a rule fails. */
function checkedWrite(resource: ScimResource): { fields: ScimUserFields; scimResource: string } {
  const fields = readScimUserFields(resource);
  checkScimUserFields(fields);
  const scimResource = JSON.stringify(resource);
  checkUnicodeText(resource, scimResource);
  return { fields, scimResource };
}
