// The Organizations view (Configure Provisioning Settings): the tree employees are placed in, with how
// many employees each organization holds, and changing it: New organization, Rename, Move and Delete.
// Main decides what may change (a name unique among siblings, no move under itself, no delete while
// anything is in it) and says why when it refuses; the dialogs show that under the field at fault.
import { useEffect, useState } from 'react';
import type { OrganizationView } from '../../../preload/contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { PAGE_TITLE_ID } from '../../app/views';
import { Announcer } from '../../components/Announcer';
import { PlusIcon } from '../../components/icons';
import { afterDialogClosed } from '../employees/dialog-focus';
import { NewOrganizationDialog } from '../provisioning-settings/NewOrganizationDialog';
import { pathLabel } from '../provisioning-settings/organization-options';
import { DeleteOrganizationDialog } from './DeleteOrganizationDialog';
import { MoveOrganizationDialog } from './MoveOrganizationDialog';
import { NEW_ORGANIZATION_BUTTON_ID, actionButtonId, type OrganizationAction } from './organization-ids';
import { OrganizationsTable } from './OrganizationsTable';
import { RenameOrganizationDialog } from './RenameOrganizationDialog';
import './organizations.css';

export type OrganizationDialog = { kind: OrganizationAction; org: OrganizationView } | { kind: 'new' } | null;

export function OrganizationsView() {
  const api = useApi();
  const load = useConsoleState((s) => s.loadOrganizationsOverview);
  const feedback = useConsoleState((s) => s.organizations.feedback);
  const setFeedback = useConsoleState((s) => s.setOrganizationsFeedback);
  const [dialog, setDialog] = useState<OrganizationDialog>(null);

  useEffect(() => {
    setFeedback(null);
    void load(api);
  }, [api, load, setFeedback]);

  /** Closes the dialog; focus goes back to the button that opened it (or the title, if that is gone), then `message` is announced. */
  const finish = (message?: string) => {
    const opener =
      dialog === null ? null : dialog.kind === 'new' ? NEW_ORGANIZATION_BUTTON_ID : actionButtonId(dialog.kind, dialog.org.id);
    setDialog(null);
    afterDialogClosed(opener, message ? () => setFeedback({ kind: 'success', message }) : undefined);
  };

  return (
    <>
      <div className="page-header">
        <h1 id={PAGE_TITLE_ID} className="page-title" tabIndex={-1}>
          Organizations
        </h1>
        <div className="page-actions">
          <button
            type="button"
            id={NEW_ORGANIZATION_BUTTON_ID}
            className="button primary"
            onClick={() => setDialog({ kind: 'new' })}
          >
            <PlusIcon />
            <span>New organization</span>
          </button>
        </div>
      </div>
      <p className="help page-intro">
        The organizations employees are placed in. Rename, move or delete one here: an organization is deleted only once no
        employee and no sub-organization is in it. Every change is recorded in the audit log.
      </p>
      <Announcer message={feedback} />
      <section className="card" aria-labelledby="organizations-tree-title">
        <h2 id="organizations-tree-title" className="section-title">
          Organization tree
        </h2>
        <OrganizationsTable onAction={(kind, org) => setDialog({ kind, org })} />
      </section>
      <NewOrganizationDialog
        open={dialog?.kind === 'new'}
        onClose={() => finish()}
        onCreated={(org) => finish(`Organization ${pathLabel(org)} created.`)}
      />
      <RenameOrganizationDialog
        org={dialog?.kind === 'rename' ? dialog.org : null}
        onClose={() => finish()}
        onDone={(org) => finish(`Renamed to ${pathLabel(org)}.`)}
      />
      <MoveOrganizationDialog
        org={dialog?.kind === 'move' ? dialog.org : null}
        onClose={() => finish()}
        onDone={(org) => finish(`Moved to ${pathLabel(org)}.`)}
      />
      <DeleteOrganizationDialog
        org={dialog?.kind === 'delete' ? dialog.org : null}
        onClose={() => finish()}
        onDone={(org) => finish(`Organization ${pathLabel(org)} deleted.`)}
      />
    </>
  );
}
