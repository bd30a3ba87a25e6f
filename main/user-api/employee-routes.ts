// /api/v1/employees: list (search, filters, order, cursor), read one (with its ETag), merge-patch it
// (If-Match honoured), create a local employee, and DELETE, which WFO does not offer (see deleteEmployee).
import {
  EMPLOYEE_FIELD_KEYS,
  employeeCreateInput,
  employeeListInput,
  type EmployeeFieldKey,
  type EmployeeView,
} from '../../preload/employees-contract';
import { API_BASE_PATH, type ApiAnswer, type ApiRequest } from './api-types';
import { employeeEtag, ifMatchCondition } from './etag';
import { mergePatchChanges } from './merge-patch';
import { ProblemError } from './problem';
import { JSON_TYPE, MERGE_PATCH_TYPE, readBody } from './request-body';
import { parseOrProblem, unknownQueryParameter } from './validation';
import type { FieldChanges } from '../../preload/contract';

export const EMPLOYEES_PATH = `${API_BASE_PATH}/employees`;
const FLAGS = new Set(['awaitingPlacement', 'scimDeleted', 'descending']);
const LIST_PARAMETERS = new Set(['search', 'organizationId', 'source', 'status', ...FLAGS, 'sort', 'limit', 'cursor']);
/** Parameters where an empty value means "the default" (a form that sends every field). */
const OPTIONAL_FILTERS = new Set(['organizationId', 'source', 'status', ...FLAGS, 'sort', 'cursor']);

export function listEmployees({ query, services }: ApiRequest): ApiAnswer {
  // A Map: the names are request text (checked against LIST_PARAMETERS before anything else).
  const input = new Map<string, unknown>();
  const seen = new Set<string>();
  for (const [name, value] of query) {
    if (!LIST_PARAMETERS.has(name)) throw unknownQueryParameter(name);
    if (seen.has(name)) throw new ProblemError('validation', `Give ${name} at most once.`, [name]);
    seen.add(name);
    if (OPTIONAL_FILTERS.has(name) && value === '') continue;
    input.set(name, name === 'limit' ? limitOf(value) : FLAGS.has(name) ? flagOf(value) : value);
  }
  return { status: 200, json: services.directory.pageJson(parseOrProblem(employeeListInput, Object.fromEntries(input))) };
}

export function getEmployee({ id, services, log }: ApiRequest): ApiAnswer {
  const employee = services.directory.get(id!);
  noteEmployee(log, employee);
  return { status: 200, body: employee, headers: { ETag: employeeEtag(employee.version) } };
}

export async function patchEmployee({ id, raw, services, actor, log }: ApiRequest): Promise<ApiAnswer> {
  const condition = ifMatchCondition(raw.headers['if-match']);
  const changes = mergePatchChanges(await readBody(raw, MERGE_PATCH_TYPE));
  let before: EmployeeView | null = null;
  const after = services.directory.update(id!, changes, actor, condition, (read) => {
    before = read;
    noteEmployee(log, read);
  });
  log.changes = changed(before, after);
  return { status: 200, body: after, headers: { ETag: employeeEtag(after.version) } };
}

export async function createEmployee({ raw, services, actor, log }: ApiRequest): Promise<ApiAnswer> {
  const input = parseOrProblem(employeeCreateInput, await readBody(raw, JSON_TYPE));
  const created = services.directory.createLocal(input, actor);
  noteEmployee(log, created);
  log.changes = changed(null, created);
  return {
    status: 201,
    body: created,
    headers: { Location: `${EMPLOYEES_PATH}/${encodeURIComponent(created.id)}`, ETag: employeeEtag(created.version) },
  };
}

/**
 * WFO keeps its employees and their history (schedules, time records refer to them), so nobody is
 * deleted here: a SCIM-managed employee is deprovisioned by the identity provider, a local one is
 * deactivated with `status: inactive`. 409, saying which applies.
 */
export function deleteEmployee({ id, services, log }: ApiRequest): ApiAnswer {
  const employee = services.directory.get(id!);
  noteEmployee(log, employee);
  throw new ProblemError(
    'conflict',
    employee.scimOwnedFields.length > 0
      ? 'This employee is managed by your identity provider: remove or deactivate the user there. WFO keeps employees and their history.'
      : 'WFO keeps employees and their history: deactivate this employee instead (PATCH with {"status": "inactive"}).',
  );
}

function limitOf(text: string): number | string {
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}

/** `true` or `false` as a query string writes them; anything else stays text, for the contract to refuse naming the parameter. */
function flagOf(text: string): boolean | string {
  return text === 'true' ? true : text === 'false' ? false : text;
}

function noteEmployee(log: ApiRequest['log'], employee: EmployeeView): void {
  log.resourceId = employee.id;
  log.userName = employee.userName;
}

/** What the Activity row compares: every catalog field, and the organization (as its path). */
const LOGGED: readonly (EmployeeFieldKey | 'organizationPath')[] = [...EMPLOYEE_FIELD_KEYS, 'organizationPath'];

/** The fields that differ, as the Activity view shows changes; the organization as its path. */
function changed(before: EmployeeView | null, after: EmployeeView): FieldChanges | null {
  const value = (view: EmployeeView | null, key: (typeof LOGGED)[number]) =>
    view === null ? null : key === 'organizationPath' ? view.organizationPath.join('/') : view[key];
  const changes: FieldChanges = {};
  for (const key of LOGGED) {
    const [old, next] = [value(before, key), value(after, key)];
    if (old !== next) changes[key === 'organizationPath' ? 'organization' : key] = { old, new: next };
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
