// What a logged gateway request did, in the words of the Activity filters: one operation per row,
// decided once when the row is written (main stores it in provisioning_log.operation) and labelled here
// for the view and the export. Also how a list request reads: a search, with its filter. Pure.

export const ACTIVITY_OPERATIONS = ['create', 'update', 'deactivate', 'delete', 'read', 'refused'] as const;
export type ActivityOperation = (typeof ACTIVITY_OPERATIONS)[number];

export const ACTIVITY_OPERATION_LABELS: ReadonlyMap<ActivityOperation, string> = new Map([
  ['create', 'Create'],
  ['update', 'Update'],
  ['deactivate', 'Deactivate'],
  ['delete', 'Delete'],
  ['read', 'Read or search'],
  ['refused', 'Refused'],
]);

/** Statuses of a caller turned away before anything was done: authentication, scope, rate limit. */
export const REFUSED_STATUSES: readonly number[] = [401, 403, 429];

export const ACTIVITY_OUTCOMES = ['success', 'failure'] as const;
export type ActivityOutcome = (typeof ACTIVITY_OUTCOMES)[number];

/**
 * The operation of a request as it was answered. A refusal is its own operation (nothing was read or
 * written); a write that set Status to inactive is a deactivation, whatever its method.
 */
export function operationOf(request: {
  method: string;
  status: number;
  changes: Record<string, { old: unknown; new: unknown }> | null;
}): ActivityOperation {
  if (REFUSED_STATUSES.includes(request.status)) return 'refused';
  switch (request.method.toUpperCase()) {
    case 'POST':
      return 'create';
    case 'PUT':
    case 'PATCH':
      return request.changes?.status?.new === false ? 'deactivate' : 'update';
    case 'DELETE':
      return 'delete';
    default:
      return 'read';
  }
}

/** Resource types the gateway logs, as the filter offers them (`Employee` is the user management API). */
export const ACTIVITY_RESOURCE_TYPES: ReadonlyMap<string, string> = new Map([
  ['User', 'SCIM users'],
  ['Group', 'SCIM groups'],
  ['Employee', 'User management API'],
  ['Organization', 'Organizations (user management API)'],
]);

/** Resource types whose resources are employees: a SCIM User and the user management API's Employee. */
const EMPLOYEE_RESOURCE_TYPES: ReadonlySet<string> = new Set(['User', 'Employee']);

/** The employee a logged request is about (its id), or null when it is about none: a group, a list, a refused create. */
export function employeeIdOf(entry: { resourceType: string | null; resourceId: string | null }): string | null {
  return entry.resourceType !== null && EMPLOYEE_RESOURCE_TYPES.has(entry.resourceType) ? entry.resourceId : null;
}

/** The filter of a list request (SCIM `filter`, the user management API's `search`), or null when it is not a list. */
export function searchOf(entry: {
  method: string;
  path: string;
  resourceId: string | null;
  resourceType: string | null;
}): { filter: string | null } | null {
  if (entry.method.toUpperCase() !== 'GET' || entry.resourceId !== null || entry.resourceType === null) return null;
  const question = entry.path.indexOf('?');
  const pathname = question === -1 ? entry.path : entry.path.slice(0, question);
  if (!/\/(Users|Groups|employees|organizations)\/?$/.test(pathname)) return null;
  const params = new URLSearchParams(question === -1 ? '' : entry.path.slice(question + 1));
  const filter = params.get('filter') ?? params.get('search');
  return { filter: filter === null || filter.trim() === '' ? null : filter };
}

const RESOURCE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['User', 'user'],
  ['Group', 'group'],
  ['Employee', 'employee (user management API)'],
  ['Organization', 'organization (user management API)'],
]);

/**
 * One line saying what a request asked: "Search users: userName eq "ann"", "Create group Sales",
 * "Deactivate user ann@example.com", "Refused: PATCH user". Shared by the Activity table and the export.
 */
export function describeRequest(entry: {
  method: string;
  path: string;
  resourceType: string | null;
  resourceId: string | null;
  userName: string | null;
  operation: ActivityOperation;
}): string {
  const noun = entry.resourceType === null ? 'request' : (RESOURCE_NOUNS.get(entry.resourceType) ?? entry.resourceType);
  if (entry.operation === 'refused') return `Refused: ${entry.method.toUpperCase()} ${noun}`;
  const search = searchOf(entry);
  if (search) {
    const plural = noun.endsWith(')') ? noun.replace(' (', 's (') : `${noun}s`;
    return search.filter === null ? `List ${plural}` : `Search ${plural}: ${search.filter}`;
  }
  const verb = entry.operation === 'read' ? 'Read' : (ACTIVITY_OPERATION_LABELS.get(entry.operation) ?? entry.operation);
  return entry.userName === null ? `${verb} ${noun}` : `${verb} ${noun} ${entry.userName}`;
}
