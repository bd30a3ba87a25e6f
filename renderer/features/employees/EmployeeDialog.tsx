// An employee's dialog: every catalog field and the organization as labelled controls. Fields main
// says the identity provider owns (`scimOwnedFields`) are read-only, locked and described as managed
// by it; the rest are saved with "Save employee" (only what changed, with the version read). A stale
// save gets the conflict banner with Reload; a refused field shows its error under it. Below the
// fields, the employee's change history.
import { useEffect, type FormEvent } from 'react';
import { FIXED_FIELDS, SELECTABLE_FIELDS } from '../../../preload/field-catalog';
import { useApi, useConsoleState } from '../../app/console-context';
import { ConflictNotice } from '../../components/ConflictNotice';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FieldError';
import { LockIcon } from '../../components/icons';
import { isEmployeeDirty } from '../../state/employees/selectors';
import { afterDialogClosed } from './dialog-focus';
import { EmployeeFieldControl, employeeFieldId } from './EmployeeFieldControl';
import { EmployeeHistory } from './EmployeeHistory';
import { openButtonId } from './employees-ids';
import { fullName, SOURCE_LABELS, sourceSentence } from './employees-format';
import { OrganizationControl } from './OrganizationControl';

const CATALOG = [...FIXED_FIELDS, ...SELECTABLE_FIELDS];
const FORM_ERROR_ID = 'employee-form-error';

export function EmployeeDialog() {
  const server = useConsoleState((s) => s.employeeEditor.server);
  const closeEmployee = useConsoleState((s) => s.closeEmployee);
  const close = () => {
    const id = server?.id;
    closeEmployee();
    afterDialogClosed(id ? openButtonId(id) : null);
  };
  const title = server ? (fullName(server) ?? server.userName) : 'Employee';
  return (
    <Dialog title={title} open={server !== null} onClose={close} describedBy="employee-dialog-summary" wide>
      <EmployeeForm onClose={close} />
    </Dialog>
  );
}

function EmployeeForm(props: { onClose(): void }) {
  const api = useApi();
  const server = useConsoleState((s) => s.employeeEditor.server);
  const saving = useConsoleState((s) => s.employeeEditor.saving);
  const error = useConsoleState((s) => s.employeeEditor.error);
  const conflict = useConsoleState((s) => s.employeeEditor.conflict);
  const notice = useConsoleState((s) => s.employeeEditor.notice);
  const dirty = useConsoleState(isEmployeeDirty);
  const save = useConsoleState((s) => s.saveEmployee);
  const reload = useConsoleState((s) => s.reloadEmployeeAfterConflict);
  const announce = useConsoleState((s) => s.announceEmployees);
  // A refusal naming no field sits at the foot of a form taller than the dialog: brought into view
  // above the sticky buttons (its scroll margin), not left behind them.
  useEffect(() => {
    if (error) document.getElementById(FORM_ERROR_ID)?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  if (!server) return null;
  const owned = server.scimOwnedFields.length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(api);
    if (result.saved) {
      const { id, userName } = result.saved;
      afterDialogClosed(openButtonId(id), () => announce({ kind: 'success', message: `Employee ${userName} saved.` }));
    } else if (result.field) {
      document.getElementById(employeeFieldId(result.field))?.focus();
    }
  };

  return (
    <form onSubmit={submit} noValidate className="employee-form">
      <p id="employee-dialog-summary" className="employee-summary">
        <span className={`badge source-${server.source}`}>{SOURCE_LABELS[server.source]}</span> {sourceSentence(server)}
        {owned ? (
          <span className="owned-summary">
            <LockIcon /> Locked fields are managed by your identity provider: change them there.
          </span>
        ) : null}
      </p>
      <ConflictNotice message={conflict} onReload={() => void reload(api)} />
      <p role="status" className={notice ? 'feedback success' : 'offscreen'}>
        {notice ?? ''}
      </p>
      <div className="form-grid">
        {/* First: placing employees is what WFO still decides for everyone, provisioned or not. */}
        <OrganizationControl />
        {CATALOG.map((field) => (
          <EmployeeFieldControl key={field.key} field={field.key} label={field.label} />
        ))}
      </div>
      <EmployeeHistory
        employeeId={server.id}
        userName={server.userName}
        version={server.version}
        fromIdentityProvider={server.source === 'scim'}
      />
      {/* A refusal naming no field (or one the form lacks); a field's own sits under it. */}
      <FieldError id={FORM_ERROR_ID} message={error} announce />
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={props.onClose}>
          {dirty ? 'Cancel' : 'Close'}
        </button>
        <button type="submit" className="button primary" disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save employee'}
        </button>
      </div>
    </form>
  );
}
