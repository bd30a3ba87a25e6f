// An employee merge patch (RFC 7396) as the directory service's changes. An employee is a flat object,
// so a patch is its members to set: a value replaces the field, null removes it (sets it to null). Only
// the fields WFO can edit may appear; the computed members of an employee (id, version, source, ...)
// and unknown names are refused, naming them. Which edits are SCIM-owned is the service's to decide.
import { employeeChanges, type EmployeeChanges } from '../../preload/employees-contract';
import { ProblemError } from './problem';
import { parseOrProblem } from './validation';

/** Members of an employee a client reads but cannot set. */
export const READ_ONLY_MEMBERS: ReadonlySet<string> = new Set([
  'id',
  'organizationPath',
  'source',
  'scimOwnedFields',
  'version',
  'updatedAt',
]);
/** Members that always have a value: removing them (null) is refused. */
const REQUIRED_MEMBERS: ReadonlySet<string> = new Set(['userName', 'status', 'organizationId']);

export function mergePatchChanges(patch: unknown): EmployeeChanges {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new ProblemError('validation', 'A merge patch of an employee is a JSON object of the fields to change.');
  }
  const names = Object.keys(patch);
  const readOnly = names.filter((name) => READ_ONLY_MEMBERS.has(name));
  if (readOnly.length > 0)
    throw new ProblemError('validation', `Read-only, set by the service: ${readOnly.join(', ')}.`, readOnly);
  const removed = names.filter((name) => REQUIRED_MEMBERS.has(name) && (patch as Record<string, unknown>)[name] === null);
  if (removed.length > 0) throw new ProblemError('validation', `Cannot be removed (null): ${removed.join(', ')}.`, removed);
  return parseOrProblem(employeeChanges, patch);
}
