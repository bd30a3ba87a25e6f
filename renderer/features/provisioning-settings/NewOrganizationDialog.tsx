// "New organization...": creates a child organization (name required, unique among its siblings,
// at most 100 characters) and hands the new one back to be selected.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../preload/api-error';
import type { OrganizationView } from '../../../preload/contract';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { FieldError } from '../../components/FieldError';
import { useApi, useConsoleState } from '../../app/console-context';
import { optionLabel } from './organization-options';
import { OrganizationNameField } from './OrganizationNameField';

export function NewOrganizationDialog(props: { open: boolean; onClose(): void; onCreated(org: OrganizationView): void }) {
  return (
    <Dialog title="New organization" open={props.open} onClose={props.onClose} describedBy="new-org-help">
      <NewOrganizationForm onClose={props.onClose} onCreated={props.onCreated} />
    </Dialog>
  );
}

function NewOrganizationForm(props: { onClose(): void; onCreated(org: OrganizationView): void }) {
  const api = useApi();
  const organizations = useConsoleState((s) => s.organizations.list);
  const createOrganization = useConsoleState((s) => s.createOrganization);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState(organizations[0]?.id ?? '');
  const [error, setError] = useState<{ field: 'name' | 'parentId'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError({ field: 'name', message: 'Name is required.' });
    setBusy(true);
    try {
      props.onCreated(await createOrganization(api, name.trim(), parentId));
    } catch (caught) {
      const field = caught instanceof ApiError && caught.field === 'parentId' ? 'parentId' : 'name';
      setError({ field, message: caught instanceof Error ? caught.message : String(caught) });
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p id="new-org-help" className="help">
        A dedicated organization under the enterprise root keeps provisioned employees apart from the rest.
      </p>
      <OrganizationNameField
        id="new-org-name"
        value={name}
        error={error?.field === 'name' ? error.message : null}
        onChange={(value) => {
          setName(value);
          setError(null);
        }}
      />
      <div className="field">
        <label htmlFor="new-org-parent" className="field-label">
          Parent organization
        </label>
        <select
          id="new-org-parent"
          className="select"
          value={parentId}
          aria-invalid={error?.field === 'parentId' ? true : undefined}
          aria-describedby={error?.field === 'parentId' ? 'new-org-error' : undefined}
          onChange={(event) => setParentId(event.target.value)}
        >
          {organizations.map((org) => (
            <option key={org.id} value={org.id}>
              {optionLabel(org)}
            </option>
          ))}
        </select>
        {error?.field === 'parentId' ? <FieldError id="new-org-error" message={error.message} announce /> : null}
      </div>
      <DialogFormFooter errorId="new-org-error" error={null} submitLabel="Create" busy={busy} onCancel={props.onClose} />
    </form>
  );
}
