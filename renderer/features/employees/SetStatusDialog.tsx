// "Set status": Active or Inactive for every selected employee, all of them or none. Main refuses the
// whole change when the identity provider owns Status for any of them, naming them; that refusal is
// the dialog's, above its buttons, and nothing changes.
import { type FormEvent, useState } from 'react';
import { namesPreview } from '../../../preload/count-words';
import type { EmployeeStatus } from '../../../preload/employees-contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { messageOf } from '../../state/error-message';
import { employeeCount, statusMessage } from '../../state/employees/write-messages';
import { afterDialogClosed } from './dialog-focus';
import { STATUS_LABELS } from './employees-format';
import { SELECT_PAGE_ID, STATUS_BUTTON_ID } from './employees-ids';

// Inactive first: it is the usual reason to change many at once, and the dialog focuses its first control.
const STATUSES: readonly EmployeeStatus[] = ['inactive', 'active'];

export function SetStatusDialog(props: { open: boolean; onClose(): void }) {
  const close = () => {
    props.onClose();
    afterDialogClosed(STATUS_BUTTON_ID);
  };
  return (
    <Dialog title="Set status" open={props.open} onClose={close} describedBy="set-status-text">
      <SetStatusForm onClose={close} onDone={props.onClose} />
    </Dialog>
  );
}

function SetStatusForm(props: { onClose(): void; onDone(): void }) {
  const api = useApi();
  const selected = useConsoleState((s) => s.employees.selected);
  const setStatus = useConsoleState((s) => s.setSelectedEmployeesStatus);
  const announce = useConsoleState((s) => s.announceEmployees);
  const [status, setChosen] = useState<EmployeeStatus>('inactive');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const userNames = Object.values(selected);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await setStatus(api, status);
      props.onDone();
      // The selection is cleared, so the buttons for it are disabled: focus goes to the select-all box.
      afterDialogClosed(SELECT_PAGE_ID, () =>
        announce({ kind: 'success', message: statusMessage(result.selected, result.changed, status) }),
      );
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p id="set-status-text">
        Set the status of {employeeCount(userNames.length)} ({namesPreview(userNames)}). An inactive employee stays in the
        directory with its history.
      </p>
      <fieldset className="fieldset field radio-group">
        <legend className="field-label">Status</legend>
        {STATUSES.map((value) => (
          <label key={value} className="radio-option">
            <input
              type="radio"
              name="set-status"
              value={value}
              checked={status === value}
              onChange={() => {
                setChosen(value);
                setError(null);
              }}
            />
            {STATUS_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <DialogFormFooter
        errorId="set-status-error"
        error={error}
        submitLabel={`Set ${employeeCount(userNames.length)} ${STATUS_LABELS[status].toLowerCase()}`}
        busy={busy}
        onCancel={props.onClose}
      />
    </form>
  );
}
