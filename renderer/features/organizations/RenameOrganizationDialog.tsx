// Renames an organization: the name unique among its siblings (ignoring case), at most 100 characters.
// Main's refusal shows under the field.
import { useState, type FormEvent } from 'react';
import type { OrganizationView } from '../../../preload/contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { messageOf } from '../../state/error-message';
import { OrganizationNameField } from '../provisioning-settings/OrganizationNameField';
import { pathLabel } from '../provisioning-settings/organization-options';

export function RenameOrganizationDialog(props: {
  org: OrganizationView | null;
  onClose(): void;
  onDone(org: OrganizationView): void;
}) {
  return (
    <Dialog title="Rename organization" open={props.org !== null} onClose={props.onClose} describedBy="rename-organization-help">
      {props.org ? <RenameForm key={props.org.id} org={props.org} onClose={props.onClose} onDone={props.onDone} /> : null}
    </Dialog>
  );
}

function RenameForm(props: { org: OrganizationView; onClose(): void; onDone(org: OrganizationView): void }) {
  const api = useApi();
  const rename = useConsoleState((s) => s.renameOrganization);
  const [name, setName] = useState(props.org.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError('Name is required.');
    setBusy(true);
    try {
      props.onDone(await rename(api, props.org.id, name.trim()));
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p id="rename-organization-help" className="help">
        {pathLabel(props.org)}: employees, filters and the Organization for New Users follow the organization, whatever its name.
      </p>
      <OrganizationNameField
        id="rename-organization-name"
        value={name}
        error={error}
        onChange={(value) => {
          setName(value);
          setError(null);
        }}
      />
      <DialogFormFooter
        errorId="rename-organization-form-error"
        error={null}
        submitLabel="Rename"
        busy={busy}
        onCancel={props.onClose}
      />
    </form>
  );
}
