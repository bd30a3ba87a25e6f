// "Move to organization": the selected employees go to one organization picked from the tree the
// settings page uses; all of them move or none (main refuses the whole move). A refusal about the
// organization sits under its picker; any other (a privilege revoked meanwhile) is the dialog's.
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../preload/api-error';
import { namesPreview } from '../../../preload/count-words';
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { messageOf } from '../../state/error-message';
import { employeeCount, movedMessage } from '../../state/employees/write-messages';
import { FieldError } from '../../components/FieldError';
import { afterDialogClosed } from './dialog-focus';
import { OrganizationOptions } from './OrganizationOptions';
import { MOVE_BUTTON_ID, SELECT_PAGE_ID } from './employees-ids';

export function MoveEmployeesDialog(props: { open: boolean; onClose(): void }) {
  const close = () => {
    props.onClose();
    afterDialogClosed(MOVE_BUTTON_ID);
  };
  return (
    <Dialog title="Move to organization" open={props.open} onClose={close} describedBy="move-employees-text">
      <MoveForm onClose={close} onDone={props.onClose} />
    </Dialog>
  );
}

function MoveForm(props: { onClose(): void; onDone(): void }) {
  const api = useApi();
  const selected = useConsoleState((s) => s.employees.selected);
  const organizations = useConsoleState((s) => s.organizations.list);
  const move = useConsoleState((s) => s.moveSelectedEmployees);
  const announce = useConsoleState((s) => s.announceEmployees);
  const [organizationId, setOrganizationId] = useState('');
  const [error, setError] = useState<{ onPicker: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const userNames = Object.values(selected);
  const pickerError = error?.onPicker ? error.message : null;
  const focusPicker = () => document.getElementById('move-organization')?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = organizations.find((org) => org.id === organizationId);
    if (!target) {
      setError({ onPicker: true, message: 'Choose the organization to move them to.' });
      return focusPicker();
    }
    setBusy(true);
    try {
      const result = await move(api, target.id);
      props.onDone();
      // The selection is cleared, so the Move button is disabled: focus goes to the select-all box.
      afterDialogClosed(SELECT_PAGE_ID, () =>
        announce({ kind: 'success', message: movedMessage(result.selected, result.moved, target.path) }),
      );
    } catch (caught) {
      const onPicker = caught instanceof ApiError && caught.field === 'organizationId';
      setError({ onPicker, message: onPicker ? messageOf(caught) : `Nothing was moved: ${messageOf(caught)}` });
      setBusy(false);
      if (onPicker) focusPicker();
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p id="move-employees-text">
        Move {employeeCount(userNames.length)} ({namesPreview(userNames)}) to another organization.
      </p>
      <div className="field">
        <label htmlFor="move-organization" className="field-label">
          Organization
        </label>
        <select
          id="move-organization"
          className="select"
          value={organizationId}
          autoFocus
          aria-invalid={pickerError ? true : undefined}
          aria-describedby={pickerError ? 'move-organization-error' : undefined}
          onChange={(event) => {
            setOrganizationId(event.target.value);
            setError(null);
          }}
        >
          <option value="" disabled>
            Choose an organization
          </option>
          <OrganizationOptions organizations={organizations} />
        </select>
        <FieldError id="move-organization-error" message={pickerError} announce />
      </div>
      <DialogFormFooter
        errorId="move-error"
        error={error && !error.onPicker ? error.message : null}
        submitLabel={`Move ${employeeCount(userNames.length)}`}
        busy={busy}
        onCancel={props.onClose}
      />
    </form>
  );
}
