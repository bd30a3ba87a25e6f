// An open employee as a form holds it (every value a string, as inputs do) and the edit it amounts to:
// only the fields that changed, never one main says the identity provider owns (the server would
// refuse the whole edit, and the renderer does not second-guess main's answer on ownership).
import { FIXED_FIELDS, SELECTABLE_FIELDS } from '../../../preload/field-catalog';
import { EMPLOYEE_TEXT_FIELD_KEYS, type EmployeeStatus, type EmployeeTextFieldKey } from '../../../preload/employee-fields';
import type { EmployeeChanges, EmployeeView } from '../../../preload/employees-contract';

export type EmployeeDraft = Record<EmployeeTextFieldKey, string> & { status: EmployeeStatus; organizationId: string };
export type EmployeeEditField = keyof EmployeeDraft;

export function draftFromEmployee(view: EmployeeView): EmployeeDraft {
  const text = Object.fromEntries(EMPLOYEE_TEXT_FIELD_KEYS.map((key) => [key, view[key] ?? ''])) as Record<
    EmployeeTextFieldKey,
    string
  >;
  return { ...text, status: view.status, organizationId: view.organizationId };
}

/**
 * What a save sends: each editable field whose value differs from the server's. Text compares trimmed
 * and a blank field is sent as null, because that is how main stores it; "Ann " is no change to "Ann".
 */
export function employeeChanges(view: EmployeeView, draft: EmployeeDraft): EmployeeChanges {
  const owned = new Set<string>(view.scimOwnedFields);
  const changes: EmployeeChanges = {};
  for (const key of EMPLOYEE_TEXT_FIELD_KEYS) {
    if (owned.has(key)) continue;
    const after = draft[key].trim();
    if (after !== (view[key] ?? '').trim()) changes[key] = after === '' ? null : after;
  }
  if (!owned.has('status') && draft.status !== view.status) changes.status = draft.status;
  if (draft.organizationId !== view.organizationId) changes.organizationId = draft.organizationId;
  return changes;
}

export const hasChanges = (changes: EmployeeChanges): boolean => Object.keys(changes).length > 0;

/** The catalog's label for a field, and "Organization" for where the employee sits. */
export function employeeFieldLabel(field: EmployeeEditField): string {
  if (field === 'organizationId') return 'Organization';
  return [...FIXED_FIELDS, ...SELECTABLE_FIELDS].find((entry) => entry.key === field)?.label ?? field;
}

/** Said when a save named fields the identity provider took over after the employee was read. */
export function takenOverMessage(fields: readonly EmployeeEditField[]): string {
  const names = fields.length === 0 ? 'Some fields' : fields.map(employeeFieldLabel).join(', ');
  const one = fields.length === 1;
  return `Not saved: ${names} ${one ? 'is' : 'are'} now managed by your identity provider. ${one ? 'It was' : 'They were'} put back to the saved value; save again to keep your other changes.`;
}
