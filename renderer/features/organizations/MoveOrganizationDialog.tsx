// Moves an organization, with everything below it, under another parent. The choices leave out the
// organization itself and what is below it (preload/organization-subtree.ts, the rule main refuses
// such a move by); a sibling's name already there is main's to refuse, under the field.
import { useState, type FormEvent } from 'react';
import type { OrganizationView } from '../../../preload/contract';
import { organizationSubtree } from '../../../preload/organization-subtree';
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { DialogFormFooter } from '../../components/DialogFormFooter';
import { FieldError } from '../../components/FieldError';
import { messageOf } from '../../state/error-message';
import { OrganizationOptions } from '../employees/OrganizationOptions';
import { pathLabel } from '../provisioning-settings/organization-options';

const ERROR_ID = 'move-organization-error';

export function MoveOrganizationDialog(props: {
  org: OrganizationView | null;
  onClose(): void;
  onDone(org: OrganizationView): void;
}) {
  return (
    <Dialog title="Move organization" open={props.org !== null} onClose={props.onClose} describedBy="move-organization-help">
      {props.org ? <MoveForm key={props.org.id} org={props.org} onClose={props.onClose} onDone={props.onDone} /> : null}
    </Dialog>
  );
}

function MoveForm(props: { org: OrganizationView; onClose(): void; onDone(org: OrganizationView): void }) {
  const api = useApi();
  const organizations = useConsoleState((s) => s.organizations.list);
  const move = useConsoleState((s) => s.moveOrganization);
  const [parentId, setParentId] = useState(props.org.parentId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const within = organizationSubtree(organizations, props.org.id);
  const choices = organizations.filter((org) => !within.has(org.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (parentId === props.org.parentId) return props.onClose();
    setBusy(true);
    try {
      props.onDone(await move(api, props.org.id, parentId));
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p id="move-organization-help" className="help">
        {pathLabel(props.org)} moves with its sub-organizations and the employees in them.
      </p>
      <div className="field">
        <label htmlFor="move-organization-parent" className="field-label">
          New parent organization
        </label>
        <select
          id="move-organization-parent"
          className="select"
          autoFocus
          value={parentId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ERROR_ID : undefined}
          onChange={(event) => {
            setParentId(event.target.value);
            setError(null);
          }}
        >
          <OrganizationOptions organizations={choices} />
        </select>
        <FieldError id={ERROR_ID} message={error} announce />
      </div>
      <DialogFormFooter
        errorId="move-organization-form-error"
        error={null}
        submitLabel="Move"
        busy={busy}
        onCancel={props.onClose}
      />
    </form>
  );
}
