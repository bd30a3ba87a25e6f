// One field of the employee's dialog. Owned by the identity provider (main's `scimOwnedFields`): a
// read-only input (Status too, as text: a disabled select would drop out of the tab order and of
// its description), a lock, and "Managed by your identity provider" as its description. Otherwise
// an editable input (Status a select) with the server's error under it.
import type { ReactNode } from 'react';
import { EMPLOYEE_TEXT_MAX_LENGTH, type EmployeeFieldKey } from '../../../preload/employee-fields';
import { useConsoleState } from '../../app/console-context';
import { LockIcon } from '../../components/icons';
import type { EmployeeEditField } from '../../state/employees/employee-draft';
import { FieldError } from '../../components/FieldError';
import { STATUS_LABELS } from './employees-format';

export const employeeFieldId = (field: EmployeeEditField) => `employee-field-${field}`;
const ownedNoteId = (field: EmployeeEditField) => `${employeeFieldId(field)}-owned`;
const errorId = (field: EmployeeEditField) => `${employeeFieldId(field)}-error`;

const INPUT_TYPES: Partial<Record<EmployeeFieldKey, { type: string; autoComplete: string }>> = {
  email: { type: 'email', autoComplete: 'off' },
  workPhone: { type: 'tel', autoComplete: 'off' },
  cellPhone: { type: 'tel', autoComplete: 'off' },
};

export function EmployeeFieldControl(props: { field: EmployeeFieldKey; label: string }) {
  const { field, label } = props;
  const value = useConsoleState((s) => s.employeeEditor.draft?.[field] ?? '');
  const owned = useConsoleState((s) => s.employeeEditor.server?.scimOwnedFields.includes(field) ?? false);
  const error = useConsoleState((s) => s.employeeEditor.serverErrors[field]);
  const edit = useConsoleState((s) => s.editEmployeeDraft);
  const id = employeeFieldId(field);
  const describedBy = [owned ? ownedNoteId(field) : '', error ? errorId(field) : ''].join(' ').trim() || undefined;
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;

  let control: ReactNode;
  if (field === 'status' && !owned) {
    control = (
      <select
        {...common}
        className="select"
        value={value}
        onChange={(event) => edit({ status: event.target.value === 'inactive' ? 'inactive' : 'active' })}
      >
        <option value="active">{STATUS_LABELS.active}</option>
        <option value="inactive">{STATUS_LABELS.inactive}</option>
      </select>
    );
  } else {
    const shown = field === 'status' ? STATUS_LABELS[value === 'inactive' ? 'inactive' : 'active'] : value;
    control = (
      <input
        {...common}
        {...INPUT_TYPES[field]}
        className={owned ? 'text-input locked' : 'text-input'}
        spellCheck={false}
        maxLength={EMPLOYEE_TEXT_MAX_LENGTH}
        readOnly={owned}
        value={shown}
        onChange={owned ? undefined : (event) => edit({ [field]: event.target.value })}
      />
    );
  }
  return (
    <div className={field === 'addressLine1' ? 'field span-2' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {control}
      {owned ? (
        <p id={ownedNoteId(field)} className="owned-note">
          <LockIcon />
          <span>Managed by your identity provider</span>
        </p>
      ) : null}
      <FieldError id={errorId(field)} message={error} announce />
    </div>
  );
}
