// "Set field": one value of a shared field (an office's address: field-catalog.ts `shared`) for every
// selected employee, all of them or none; an empty value clears it. Main refuses the whole change when
// the identity provider owns the field for any of them, naming them (the dialog's refusal, above its
// buttons); a value WFO does not take is shown under the Value box. Nothing changes on a refusal.
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../preload/api-error';
import { namesPreview } from '../../../preload/count-words';
import { EMPLOYEE_TEXT_MAX_LENGTH } from '../../../preload/employee-fields';
import { SHARED_FIELD_KEYS, SHARED_FIELDS, catalogFieldLabel, type SharedFieldKey } from '../../../preload/field-catalog';
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { FieldError } from '../../components/FieldError';
import { messageOf } from '../../state/error-message';
import { employeeCount, fieldMessage } from '../../state/employees/write-messages';
import { afterDialogClosed } from './dialog-focus';
import { FIELD_BUTTON_ID, SELECT_PAGE_ID } from './employees-ids';

const FIELD_SELECT_ID = 'set-field-field';
const VALUE_INPUT_ID = 'set-field-value';
const VALUE_ERROR_ID = 'set-field-value-error';
const VALUE_HINT_ID = 'set-field-value-hint';

export function SetFieldDialog(props: { open: boolean; onClose(): void }) {
  const close = () => {
    props.onClose();
    afterDialogClosed(FIELD_BUTTON_ID);
  };
  return (
    <Dialog title="Set field" open={props.open} onClose={close} describedBy="set-field-text">
      <SetFieldForm onClose={close} onDone={props.onClose} />
    </Dialog>
  );
}

function SetFieldForm(props: { onClose(): void; onDone(): void }) {
  const api = useApi();
  const selected = useConsoleState((s) => s.employees.selected);
  const setField = useConsoleState((s) => s.setSelectedEmployeesField);
  const announce = useConsoleState((s) => s.announceEmployees);
  const [field, setChosen] = useState<SharedFieldKey>(SHARED_FIELD_KEYS[0]);
  const [value, setValue] = useState('');
  // onValue: the refusal is about the value typed (shown under it); else the dialog's own.
  const [error, setError] = useState<{ onValue: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const userNames = Object.values(selected);
  const label = catalogFieldLabel(field);
  const valueError = error?.onValue ? error.message : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await setField(api, field, value);
      props.onDone();
      // The selection is cleared, so the buttons for it are disabled: focus goes to the select-all box.
      afterDialogClosed(SELECT_PAGE_ID, () =>
        announce({ kind: 'success', message: fieldMessage(result.selected, result.changed, label, value) }),
      );
    } catch (caught) {
      const onValue =
        caught instanceof ApiError && (caught.field === 'value' || (caught.field === field && caught.code === 'validation'));
      setError({ onValue, message: messageOf(caught) });
      setBusy(false);
      if (onValue) document.getElementById(VALUE_INPUT_ID)?.focus();
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p id="set-field-text">
        Give {employeeCount(userNames.length)} ({namesPreview(userNames)}) the same value, such as their office's address. Each
        keeps its change history.
      </p>
      <div className="field">
        <label htmlFor={FIELD_SELECT_ID} className="field-label">
          Field
        </label>
        <select
          id={FIELD_SELECT_ID}
          className="select"
          value={field}
          onChange={(event) => {
            setChosen(event.target.value as SharedFieldKey);
            setError(null);
          }}
        >
          {SHARED_FIELDS.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={VALUE_INPUT_ID} className="field-label">
          Value
        </label>
        <input
          id={VALUE_INPUT_ID}
          type="text"
          className="text-input"
          autoComplete="off"
          maxLength={EMPLOYEE_TEXT_MAX_LENGTH}
          value={value}
          aria-invalid={valueError ? true : undefined}
          aria-describedby={valueError ? `${VALUE_HINT_ID} ${VALUE_ERROR_ID}` : VALUE_HINT_ID}
          onChange={(event) => {
            setValue(event.target.value);
            if (error?.onValue) setError(null);
          }}
        />
        <p id={VALUE_HINT_ID} className="subtle">
          Leave it empty to clear {label} for them.
        </p>
        <FieldError id={VALUE_ERROR_ID} message={valueError} announce />
      </div>
      <DialogFormFooter
        errorId="set-field-error"
        error={error && !error.onValue ? error.message : null}
        submitLabel={`${value.trim() === '' ? 'Clear' : 'Set'} ${label} for ${employeeCount(userNames.length)}`}
        busy={busy}
        onCancel={props.onClose}
      />
    </form>
  );
}
