// The employee's organization in its dialog: WFO's to decide (never SCIM-owned), picked from the tree.
import { useConsoleState } from '../../app/console-context';
import { FieldError } from '../../components/FieldError';
import { employeeFieldId } from './EmployeeFieldControl';
import { OrganizationOptions } from './OrganizationOptions';

export function OrganizationControl() {
  const value = useConsoleState((s) => s.employeeEditor.draft?.organizationId ?? '');
  const organizations = useConsoleState((s) => s.organizations.list);
  const error = useConsoleState((s) => s.employeeEditor.serverErrors.organizationId);
  const edit = useConsoleState((s) => s.editEmployeeDraft);
  const id = employeeFieldId('organizationId');
  return (
    <div className="field span-2">
      <label htmlFor={id} className="field-label">
        Organization
      </label>
      <select
        id={id}
        className="select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => edit({ organizationId: event.target.value })}
      >
        <OrganizationOptions organizations={organizations} />
      </select>
      <FieldError id={`${id}-error`} message={error} announce />
    </div>
  );
}
