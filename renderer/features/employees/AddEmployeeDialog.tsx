// "Add employee": a local employee (WFO owns every field of it) with a username, names, an email
// address and an organization. main's refusals (a taken username, a name with forbidden characters,
// an email that is not one) are shown under the field they name.
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../preload/api-error';
import { EMPLOYEE_TEXT_MAX_LENGTH } from '../../../preload/employee-fields';
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { messageOf } from '../../state/error-message';
import { FieldError } from '../../components/FieldError';
import { afterDialogClosed } from './dialog-focus';
import { organizationPathLabel } from './employees-format';
import { ADD_EMPLOYEE_BUTTON_ID } from './employees-ids';
import { OrganizationOptions } from './OrganizationOptions';

type NewEmployeeField = 'userName' | 'firstName' | 'lastName' | 'email' | 'organizationId';

const TEXT_FIELDS: ReadonlyArray<{ key: Exclude<NewEmployeeField, 'organizationId'>; label: string; type: string }> = [
  { key: 'userName', label: 'Username', type: 'text' },
  { key: 'firstName', label: 'First Name', type: 'text' },
  { key: 'lastName', label: 'Last Name', type: 'text' },
  { key: 'email', label: 'Email Address', type: 'email' },
];

const inputId = (field: NewEmployeeField) => `new-employee-${field}`;
const errorId = (field: NewEmployeeField) => `${inputId(field)}-error`;
const isNewEmployeeField = (field: string | undefined): field is NewEmployeeField =>
  field === 'organizationId' || TEXT_FIELDS.some((entry) => entry.key === field);

export function AddEmployeeDialog(props: { open: boolean; onClose(): void }) {
  const close = () => {
    props.onClose();
    afterDialogClosed(ADD_EMPLOYEE_BUTTON_ID);
  };
  return (
    <Dialog title="Add employee" open={props.open} onClose={close} describedBy="add-employee-help">
      <AddEmployeeForm onClose={close} />
    </Dialog>
  );
}

function AddEmployeeForm(props: { onClose(): void }) {
  const api = useApi();
  const organizations = useConsoleState((s) => s.organizations.list);
  const filteredOrganization = useConsoleState((s) => s.employees.filter.organizationId);
  const createEmployee = useConsoleState((s) => s.createEmployee);
  const announce = useConsoleState((s) => s.announceEmployees);
  const [values, setValues] = useState({ userName: '', firstName: '', lastName: '', email: '' });
  // The organization the list is filtered to is the likely home of someone added from it.
  const [organizationId, setOrganizationId] = useState(filteredOrganization ?? organizations[0]?.id ?? '');
  const [error, setError] = useState<{ field: NewEmployeeField | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (field: NewEmployeeField) => (error?.field === field ? error.message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.userName.trim() === '') {
      setError({ field: 'userName', message: 'Username is required.' });
      return document.getElementById(inputId('userName'))?.focus();
    }
    setBusy(true);
    try {
      const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
      const created = await createEmployee(api, {
        userName: values.userName.trim(),
        firstName: blankToNull(values.firstName),
        lastName: blankToNull(values.lastName),
        email: blankToNull(values.email),
        organizationId,
      });
      props.onClose();
      afterDialogClosed(null, () =>
        announce({
          kind: 'success',
          message: `Employee ${created.userName} added to ${organizationPathLabel(created.organizationPath)}.`,
        }),
      );
    } catch (caught) {
      const field = caught instanceof ApiError && isNewEmployeeField(caught.field) ? caught.field : null;
      setError({ field, message: messageOf(caught) });
      setBusy(false);
      if (field) document.getElementById(inputId(field))?.focus();
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p id="add-employee-help" className="help">
        A local employee: WFO owns every field of it, and the identity provider does not manage it.
      </p>
      {TEXT_FIELDS.map((field, index) => (
        <div className="field" key={field.key}>
          <label htmlFor={inputId(field.key)} className="field-label">
            {field.label}
            {field.key === 'userName' ? <span className="required"> (required)</span> : null}
          </label>
          <input
            id={inputId(field.key)}
            type={field.type}
            className="text-input"
            spellCheck={false}
            autoComplete="off"
            autoFocus={index === 0}
            maxLength={EMPLOYEE_TEXT_MAX_LENGTH}
            value={values[field.key]}
            aria-required={field.key === 'userName' ? true : undefined}
            aria-invalid={fieldError(field.key) ? true : undefined}
            aria-describedby={fieldError(field.key) ? errorId(field.key) : undefined}
            onChange={(event) => {
              setValues({ ...values, [field.key]: event.target.value });
              if (error?.field === field.key || error?.field === null) setError(null);
            }}
          />
          <FieldError id={errorId(field.key)} message={fieldError(field.key)} announce />
        </div>
      ))}
      <div className="field">
        <label htmlFor={inputId('organizationId')} className="field-label">
          Organization
        </label>
        <select
          id={inputId('organizationId')}
          className="select"
          value={organizationId}
          aria-invalid={fieldError('organizationId') ? true : undefined}
          aria-describedby={fieldError('organizationId') ? errorId('organizationId') : undefined}
          onChange={(event) => setOrganizationId(event.target.value)}
        >
          <OrganizationOptions organizations={organizations} />
        </select>
        <FieldError id={errorId('organizationId')} message={fieldError('organizationId')} announce />
      </div>
      <DialogFormFooter
        errorId="add-employee-error"
        error={error && error.field === null ? error.message : null}
        submitLabel="Add employee"
        busy={busy}
        onCancel={props.onClose}
      />
    </form>
  );
}
