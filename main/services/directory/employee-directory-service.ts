// The employee directory: who was provisioned and who was added locally, as the console's Employees
// view and the user management API see them. Reads pages and single employees; edits the fields WFO
// still owns (a change to a SCIM-owned field is refused whole, naming every such field); moves
// employees between organizations; adds local employees. Every change is one transaction with an
// audit row per employee naming the actor and the old and new values.
import type { AuditPage } from '../../../preload/audit-contract';
import type { FieldChanges, OrganizationView } from '../../../preload/contract';
import {
  employeeChanges,
  type EmployeeChanges,
  type EmployeeCreateInput,
  type EmployeeFieldKey,
  type EmployeeFilterValue,
  type EmployeeListOrder,
  type EmployeeListQuery,
  type EmployeePage,
  type EmployeeStatus,
  type EmployeeView,
} from '../../../preload/employees-contract';
import type { ExportFormat } from '../../../preload/export-formats';
import { CATALOG_FIELDS, catalogFieldLabel, fieldProperty, type SharedFieldKey } from '../../../preload/field-catalog';
import { countOf, namesPreview } from '../../../preload/count-words';
import { organizationSubtree } from '../../../preload/organization-subtree';
import { tooManyToSelect } from '../../../preload/employee-fields';
import type { DirectoryRow, EmployeeRow, EmployeeWritable } from '../employees/employee-query';
import type { DirectoryFilter, DirectoryOrder, DirectoryPosition } from '../../store/employee-directory-repository';
import type { Store } from '../../store/store';
import type { Actor, Clock } from '../context';
import { ServiceError, conflictError, notFoundError, validationError } from '../errors';
import { checkPersonName, checkUnicodeText, checkUserName } from '../employees/employee-rules';
import { scimOwnedFields } from '../employees/field-ownership';
import { timeOrderedId } from '../employees/time-ordered-id';
import { organizationsById } from '../organizations/organization-tree';
import { newestFirstPage } from '../audit/audit-service';
import { countedRows } from '../export/counted-rows';
import { decodeCursor, encodeCursor } from './directory-cursor';
import { employeeCsvChunks, employeeJsonChunks } from './employee-export';
import { CursorSeal } from '../paging/cursor-seal';
import {
  VIEW_MEMBERS,
  employeeViewJson,
  fieldValue,
  propertyOf,
  statusOf,
  toEmployeeView,
  type ViewedRow,
} from './employee-view';

/** The contract's order (the table's column and direction) as the store reads pages in it. */
const directoryOrderOf = ({ sort, descending }: EmployeeListOrder): DirectoryOrder => ({ by: sort, descending });

/** The caller's condition on the version read in the transaction (If-Match); false is a conflict. */
export type VersionCheck = (version: number) => boolean;

const STALE = 'The employee was changed by someone else since it was read. Reload it to see the current values.';
/** The Awaiting placement filter alone: the nav item's count. */
const AWAITING_PLACEMENT: EmployeeFilterValue = Object.freeze({
  search: '',
  organizationId: null,
  source: null,
  status: null,
  awaitingPlacement: true,
  scimDeleted: null,
});

export class EmployeeDirectoryService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly cursors: CursorSeal = new CursorSeal(clock),
  ) {}

  list(query: EmployeeListQuery): EmployeePage {
    const { page, filter } = this.pageOf(query);
    return { ...page, total: this.store.directory.count(filter) };
  }

  /** One page without the total: the user management API's answer (counting a search scans every row). */
  page(query: EmployeeListQuery): Omit<EmployeePage, 'total'> {
    return this.pageOf(query).page;
  }

  /**
   * page() as the JSON text the user management API sends: the same members in the same order, each
   * employee's written by SQLite (store/directory-json.ts says what that saves).
   */
  pageJson(query: EmployeeListQuery): string {
    const { rows, organizations, nextCursor } = this.rowsOf(query, (filter, after, limit, order) =>
      this.store.directory.pageJsonRows(filter, after, limit, VIEW_MEMBERS, order),
    );
    const settings = this.store.settings.read();
    const items = rows.map((row) => employeeViewJson(row, organizations, settings));
    return `{"items":[${items.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
  }

  /**
   * Every employee the filter selects, in its order (the table's; by userName when it names none), as
   * export text chunks (employee-export.ts); `counter` (when given) counts the employees written. The
   * filter is checked now, so an unknown organization is refused before a byte is written; the rows are
   * read as the chunks are taken.
   */
  exportChunks(
    filter: EmployeeFilterValue & Partial<EmployeeListOrder>,
    format: ExportFormat,
    counter?: { rows: number },
  ): Iterable<string> {
    const organizations = this.organizationsById();
    const order = directoryOrderOf({ sort: filter.sort ?? 'userName', descending: filter.descending ?? false });
    const rows = this.store.directory.each(this.filterFor(filter, organizations), order);
    // One reading of the settings for the whole file: every row's scimOwnedFields under the same rule.
    const settings = this.store.settings.read();
    const views = countedRows(
      (function* () {
        for (const row of rows) yield toEmployeeView(row, organizations, settings);
      })(),
      counter,
    );
    return format === 'csv' ? employeeCsvChunks(views) : employeeJsonChunks(views);
  }

  private pageOf(query: EmployeeListQuery): { page: Omit<EmployeePage, 'total'>; filter: DirectoryFilter } {
    const { rows, organizations, nextCursor, filter } = this.rowsOf(query, (filter, after, limit, order) =>
      this.store.directory.pageRows(filter, after, limit, order),
    );
    const settings = this.store.settings.read();
    const items = rows.map((row) => toEmployeeView(row, organizations, settings));
    return { page: { items, nextCursor }, filter };
  }

  /** A page's rows and the cursor to the next page (null when none follows). */
  private rowsOf<R extends DirectoryPosition>(
    query: EmployeeListQuery,
    read: (filter: DirectoryFilter, after: DirectoryPosition | null, limit: number, order: DirectoryOrder) => R[],
  ): { rows: R[]; organizations: ReadonlyMap<string, OrganizationView>; filter: DirectoryFilter; nextCursor: string | null } {
    const organizations = this.organizationsById();
    const filter = this.filterFor(query, organizations);
    const order = directoryOrderOf(query);
    const after = query.cursor === null ? null : decodeCursor(this.cursors, query.cursor, order);
    // One row more than the page tells whether another page follows.
    const rows = read(filter, after, query.limit + 1, order);
    const more = rows.length > query.limit;
    if (more) rows.length = query.limit;
    const last = rows.at(-1);
    const nextCursor = more && last ? encodeCursor(this.cursors, { userName: last.userName, id: last.id }, order) : null;
    return { rows, organizations, filter, nextCursor };
  }

  get(id: string): EmployeeView {
    const row = this.store.employees.directoryRowById(id);
    if (!row) throw notFoundError('id', `Employee ${id} not found.`);
    return this.view(row);
  }

  /**
   * The employee's changes made in WFO (audit rows about it: edits, moves, its creation), newest first;
   * `nextBeforeId` continues to older ones. The identity provider's requests are in the Activity log.
   */
  history(id: string, beforeId: number | null, limit: number): AuditPage {
    this.existing(id);
    return newestFirstPage((rows) => this.store.audit.employeeHistory(id, beforeId, rows), limit);
  }

  /**
   * Every employee `filter` selects (id and userName, in directory order), for "select all" before a
   * selection's action; more than `max` is refused whole, saying how many match, as no action takes more.
   */
  matching(filter: EmployeeFilterValue, max: number): Array<{ id: string; userName: string }> {
    const employees = this.store.directory.idsAndUserNames(this.filterFor(filter, this.organizationsById()), max + 1);
    if (employees.length <= max) return employees;
    throw new ServiceError('validation', tooManyToSelect(`More than ${max.toLocaleString('en-US')}`, max));
  }

  /** SCIM-managed employees still in the Organization for New Users: the administrator's to-do list. */
  awaitingPlacementCount(): number {
    return this.store.directory.count(this.filterFor(AWAITING_PLACEMENT, this.organizationsById()));
  }

  /**
   * Sets the fields in `changes` (and moves the employee when `organizationId` is among them). A change
   * to any field the identity provider owns refuses the whole edit with `scim_owned`, naming them all.
   * `onRead` is shown the employee as the transaction read it, before any check (a caller's log names
   * the employee also when the edit is refused, and compares with what the edit started from).
   */
  update(
    id: string,
    changes: EmployeeChanges,
    actor: Actor,
    acceptsVersion: VersionCheck,
    onRead?: (before: EmployeeView) => void,
  ): EmployeeView {
    const requested = Object.entries(changes)
      .filter(([, value]) => value !== undefined)
      .map(([key]) => key);
    return this.store.transaction(() => {
      const existing = this.existing(id);
      onRead?.(this.view(existing));
      const owned = scimOwnedFields(existing, this.store.settings.read());
      const refused = requested.filter((key) => owned.includes(key as EmployeeFieldKey));
      if (refused.length > 0) throw scimOwnedError(refused);
      const next = this.applyChanges(existing, changes);
      if (changes.organizationId !== undefined) this.organizationOrThrow(changes.organizationId, 'organizationId');
      // Preconditions come last: a bad value says so rather than "stale" (RFC 9110 section 13.2.2).
      if (!acceptsVersion(existing.version)) throw conflictError(STALE, 'version');
      const at = this.clock.now().toISOString();
      const diff = fieldDiff(existing, next);
      const edits = Object.keys(diff).length > 0;
      const target = changes.organizationId;
      const moves = target !== undefined && target !== existing.orgId;
      if (!edits && !moves) return this.view(existing);
      // Only a changed userName can collide (and an unchanged one is not judged again by today's rules).
      if (edits && next.userName !== existing.userName) this.checkUserNameFree(next.userName, id);
      if (moves) diff.organization = { old: this.pathOf(existing.orgId), new: this.pathOf(target) };
      // The audit row first, so the employee's write names it as the newest of its history (a refusal
      // below rolls it back with the rest).
      const head = this.store.audit.insertIntoEmployeeHistory({
        at,
        actor: actor.name,
        action: 'employee.update',
        target: id,
        details: { userName: existing.userName, changes: diff },
      });
      // An edit and a move in one request are one change: the employee takes one new version (ETag).
      const version = existing.version + 1;
      if (edits && !this.store.employees.update(id, existing.version, { ...next, updatedAt: at }, existing, head))
        throw conflictError(STALE, 'version');
      if (moves && !this.store.directory.move(id, edits ? version : existing.version, target, at, version, head))
        throw conflictError(STALE, 'version');
      // The row as just written, without reading it back.
      return this.view({ ...existing, ...next, orgId: moves ? target : existing.orgId, version, updatedAt: at });
    });
  }

  /** Moves every employee in `ids` to the organization, or none of them (an unknown id refuses all). */
  move(ids: readonly string[], organizationId: string, actor: Actor): { moved: number } {
    return this.store.transaction(() => {
      this.organizationOrThrow(organizationId, 'organizationId');
      const at = this.clock.now().toISOString();
      let moved = 0;
      for (const id of new Set(ids)) {
        const existing = this.existing(id);
        if (existing.orgId === organizationId) continue;
        this.moveInTransaction(existing, organizationId, at, actor);
        moved += 1;
      }
      return { moved };
    });
  }

  /**
   * Status for many employees in one transaction, or for none: when the identity provider owns Status
   * for any of them, the whole change is refused with `scim_owned`, naming them. Each change is an edit
   * of its own (a new version, an audit row in the employee's history); one already so is left alone.
   */
  setStatus(ids: readonly string[], status: EmployeeStatus, actor: Actor): { changed: number } {
    return this.store.transaction(() => {
      const employees = this.selectedWfoOwning(ids, 'status');
      let changed = 0;
      for (const employee of employees) {
        if (statusOf(employee.active) === status) continue;
        this.update(employee.id, { status }, actor, () => true);
        changed += 1;
      }
      return { changed };
    });
  }

  /**
   * "Set field": one shared field (an office's address) set to `value` for every employee in `ids`,
   * all of them or none; blank clears it. A value WFO refuses (half of a surrogate pair; the contract
   * refuses one too long) is refused naming the field, and nothing is changed. Each employee changed
   * gets its own version and audit row; one already holding the value is left as it is.
   */
  setField(ids: readonly string[], field: SharedFieldKey, value: string, actor: Actor): { changed: number } {
    return this.store.transaction(() => {
      const employees = this.selectedWfoOwning(ids, field);
      let changed = 0;
      for (const employee of employees) {
        if (this.update(employee.id, { [field]: value }, actor, () => true).version !== employee.version) changed += 1;
      }
      return { changed };
    });
  }

  /**
   * The employees `ids` name (each once), when WFO owns `field` for every one of them; else refused
   * whole, naming those the identity provider owns it for.
   */
  private selectedWfoOwning(ids: readonly string[], field: EmployeeFieldKey): EmployeeRow[] {
    const settings = this.store.settings.read();
    const employees = [...new Set(ids)].map((id) => this.existing(id));
    const owned = employees.filter((employee) => scimOwnedFields(employee, settings).includes(field));
    if (owned.length === 0) return employees;
    const names = namesPreview(owned.map((employee) => employee.userName));
    throw new ServiceError(
      'scim_owned',
      `${catalogFieldLabel(field)} is managed by your identity provider for ${countOf(owned.length, 'selected employee')} (${names}): change it there. Nothing was changed.`,
      field,
      [field],
    );
  }

  /** A local employee: WFO owns every field of it. */
  createLocal(input: EmployeeCreateInput, actor: Actor): EmployeeView {
    const userName = input.userName.normalize('NFC');
    checkUserName(userName);
    const firstName = blankToNull(input.firstName ?? null);
    const lastName = blankToNull(input.lastName ?? null);
    checkPersonName(firstName, 'firstName');
    checkPersonName(lastName, 'lastName');
    const email = blankToNull(input.email ?? null);
    checkEmail(email);
    checkUnicodeText({ userName, firstName, lastName, email });
    return this.store.transaction(() => {
      this.organizationOrThrow(input.organizationId, 'organizationId');
      this.checkUserNameFree(userName, null);
      const at = this.clock.now().toISOString();
      const row: EmployeeRow = {
        ...BLANK_CATALOG_VALUES,
        userName,
        firstName,
        lastName,
        email,
        id: timeOrderedId(),
        externalId: null,
        displayName: null,
        orgId: input.organizationId,
        source: 'local',
        scimResource: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
        scimDeletedAt: null,
      };
      this.store.employees.insert(row);
      const details = { userName, changes: fieldDiff(null, row), organization: this.pathOf(row.orgId) };
      this.store.audit.appendToEmployeeHistory({ at, actor: actor.name, action: 'employee.create', target: row.id, details });
      return this.view(row);
    });
  }

  /**
   * Throws what update() would refuse of `changes` as values (too long, not an email, not a name),
   * writing nothing: the placements import's preview (placement-import.ts). Ownership is the caller's.
   */
  checkChanges(existing: DirectoryRow, changes: EmployeeChanges): void {
    const parsed = employeeChanges.safeParse(changes);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? 'changes');
      throw validationError(field, `${field} ${issue.message}.`);
    }
    this.applyChanges(existing, parsed.data);
  }

  /** For CSV placements (placement-import.ts): an employee's move, audited, inside the caller's transaction. */
  moveInTransaction(employee: DirectoryRow, organizationId: string, at: string, actor: Actor): void {
    const changes = { organization: { old: this.pathOf(employee.orgId), new: this.pathOf(organizationId) } };
    // The audit row first: the move's write names it as the newest of the employee's history.
    const head = this.store.audit.insertIntoEmployeeHistory({
      at,
      actor: actor.name,
      action: 'employee.move',
      target: employee.id,
      details: { userName: employee.userName, changes },
    });
    const { id, version } = employee;
    if (!this.store.directory.move(id, version, organizationId, at, version + 1, head)) throw conflictError(STALE, 'version');
  }

  /** `existing` with `changes` applied, each value checked as WFO takes it (throws naming the field). */
  private applyChanges<R extends DirectoryRow>(existing: R, changes: EmployeeChanges): R {
    const next: R = { ...existing };
    for (const field of CATALOG_FIELDS) {
      // biome-ignore lint/plugin: the key is a catalog key, a program constant (the plugin matches another `changes` in this file).
      const raw = changes[field.key];
      if (raw === undefined) continue;
      if (field.kind === 'boolean') {
        next[propertyOf(field)] = raw === 'active';
        continue;
      }
      let value = blankToNull(raw);
      if (field.key === 'userName') {
        value = value === null ? null : value.normalize('NFC');
        checkUserName(value);
      }
      if (field.key === 'firstName' || field.key === 'lastName') checkPersonName(value, field.key);
      if (field.key === 'email') checkEmail(value);
      (next as unknown as Record<string, string | null>)[propertyOf(field)] = value;
    }
    checkUnicodeText(changes as Record<string, unknown>);
    return next;
  }

  private checkUserNameFree(userName: string, ownId: string | null): void {
    const holder = this.store.employees.visibleByUserName(userName);
    if (holder && holder.id !== ownId) throw conflictError(`The userName '${userName}' is already in use.`, 'userName');
  }

  private filterFor(query: EmployeeFilterValue, organizations: ReadonlyMap<string, OrganizationView>): DirectoryFilter {
    let organizationIds: string[] | null = null;
    if (query.organizationId !== null) {
      if (!organizations.has(query.organizationId)) throw notFoundError('organizationId', 'That organization does not exist.');
      organizationIds = [...organizationSubtree(organizations.values(), query.organizationId)];
    }
    if (query.awaitingPlacement) {
      const newUsers = this.store.settings.read().newUserOrganizationId;
      // No Organization for New Users: nobody can be waiting in it; and no local employee ever waits.
      organizationIds = newUsers === null || query.source === 'local' ? [] : intersect(organizationIds, [newUsers]);
    }
    return {
      search: query.search,
      organizationIds,
      source: query.source,
      active: query.status === null ? null : query.status === 'active',
      scimDeleted: query.scimDeleted,
      // Someone the identity provider deleted is not waiting to be placed: they have left.
      scimManagedOnly: query.awaitingPlacement,
    };
  }

  private existing(id: string): EmployeeRow {
    const row = this.store.employees.byId(id);
    if (!row) throw notFoundError('id', `Employee ${id} not found.`);
    return row;
  }

  private view(row: ViewedRow): EmployeeView {
    return toEmployeeView(row, this.organizationsById(), this.store.settings.read());
  }

  /** The organization tree by id, built once per version of the organizations (the rows are cached). */
  private organizationsById(): ReadonlyMap<string, OrganizationView> {
    return organizationsById(this.store.organizations.all());
  }

  private organizationOrThrow(id: string, field: string): void {
    if (!this.store.organizations.byId(id))
      throw notFoundError(field, 'That organization does not exist (it may have been removed).');
  }

  private pathOf(organizationId: string): string {
    return this.organizationsById().get(organizationId)?.path.join('/') ?? organizationId;
  }
}

const intersect = (a: string[] | null, b: string[]): string[] => (a === null ? b : b.filter((id) => a.includes(id)));

const blankToNull = (value: string | null): string | null => (value === null || value.trim() === '' ? null : value.trim());

// The shape of an address, not its deliverability: something, an @, a dot somewhere after it.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function checkEmail(value: string | null): void {
  if (value !== null && !EMAIL.test(value)) throw validationError('email', 'email must look like name@example.com.');
}

/** A new employee's catalog fields before any is filled in: text empty, Status active. */
const BLANK_CATALOG_VALUES = Object.freeze(
  Object.fromEntries(CATALOG_FIELDS.map((field) => [fieldProperty(field), field.kind === 'boolean' ? true : null])),
) as unknown as Omit<
  EmployeeRow,
  | 'id'
  | 'externalId'
  | 'displayName'
  | 'orgId'
  | 'source'
  | 'scimResource'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'scimDeletedAt'
>;

/** Catalog fields that differ between two versions of an employee, as `{ old, new }` in the directory's terms. */
function fieldDiff(before: EmployeeWritable | null, after: EmployeeWritable): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of CATALOG_FIELDS) {
    const old = before === null ? null : fieldValue(before, field);
    const value = fieldValue(after, field);
    if (old !== value) changes[field.key] = { old, new: value };
  }
  return changes;
}

export function scimOwnedError(fields: readonly string[]): ServiceError {
  return new ServiceError(
    'scim_owned',
    `Managed by your identity provider: ${fields.join(', ')} ${fields.length === 1 ? 'is' : 'are'} read-only here. Change ${fields.length === 1 ? 'it' : 'them'} in the identity provider.`,
    fields[0],
    fields,
  );
}
