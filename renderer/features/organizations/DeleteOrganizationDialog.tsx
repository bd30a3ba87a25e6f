// Asks before deleting an organization. Main deletes only one nothing is in (no employee, no
// sub-organization, not the Organization for New Users) and otherwise says what is; that refusal is
// shown here, above the buttons, and nothing is deleted.
import { useEffect, useRef, useState } from 'react';
import type { OrganizationView } from '../../../preload/contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FieldError';
import { messageOf } from '../../state/error-message';
import { pathLabel } from '../provisioning-settings/organization-options';

export function DeleteOrganizationDialog(props: {
  org: OrganizationView | null;
  onClose(): void;
  onDone(org: OrganizationView): void;
}) {
  return (
    <Dialog title="Delete organization?" open={props.org !== null} onClose={props.onClose} describedBy="delete-organization-text">
      {props.org ? <DeleteConfirmation key={props.org.id} org={props.org} onClose={props.onClose} onDone={props.onDone} /> : null}
    </Dialog>
  );
}

function DeleteConfirmation(props: { org: OrganizationView; onClose(): void; onDone(org: OrganizationView): void }) {
  const api = useApi();
  const deleteOrganization = useConsoleState((s) => s.deleteOrganization);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // The refusal takes the Delete button away: focus goes to Close, not to the document.
  useEffect(() => {
    if (error) cancel.current?.focus();
  }, [error]);
  const remove = async () => {
    setBusy(true);
    try {
      await deleteOrganization(api, props.org.id);
      props.onDone(props.org);
    } catch (caught) {
      setError(`Not deleted: ${messageOf(caught)}`);
      setBusy(false);
    }
  };
  return (
    <>
      <p id="delete-organization-text">
        {error
          ? `${pathLabel(props.org)} stays as it is.`
          : `${pathLabel(props.org)} will be deleted. The audit log keeps what it was called and where it was.`}
      </p>
      <FieldError id="delete-organization-error" message={error} announce />
      <div className="dialog-actions">
        <button type="button" ref={cancel} className="button secondary" autoFocus onClick={props.onClose}>
          {error ? 'Close' : 'Cancel'}
        </button>
        {error ? null : (
          <button type="button" className="button danger" disabled={busy} onClick={() => void remove()}>
            Delete
          </button>
        )}
      </div>
    </>
  );
}
