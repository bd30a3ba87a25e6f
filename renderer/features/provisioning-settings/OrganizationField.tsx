// "Organization for New Users": a select over the tree, and "New organization..." as a button beside it
// (an option that opens a dialog would open it on arrow keys and End in the closed select).
import { useState } from 'react';
import { useConsoleState } from '../../app/console-context';
import { fieldError } from '../../state/settings/selectors';
import { FieldError } from '../../components/FieldError';
import { FIELD_IDS, errorIdFor } from './field-ids';
import { NewOrganizationDialog } from './NewOrganizationDialog';
import { optionLabel, pathLabel } from './organization-options';

export function OrganizationField() {
  const selected = useConsoleState((s) => s.settings.draft?.newUserOrganizationId ?? null);
  const organizations = useConsoleState((s) => s.organizations.list);
  const loadError = useConsoleState((s) => s.organizations.loadError);
  const error = useConsoleState((s) => fieldError(s, 'newUserOrganizationId'));
  const editDraft = useConsoleState((s) => s.editDraft);
  const announce = useConsoleState((s) => s.announce);
  const [creating, setCreating] = useState(false);
  const id = FIELD_IDS.newUserOrganizationId;
  const selectedOrg = organizations.find((org) => org.id === selected);

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Organization for New Users
      </label>
      <div className="input-with-button">
        <select
          id={id}
          className="select"
          value={selected ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorIdFor('newUserOrganizationId') : '', 'new-user-org-help'].join(' ').trim()}
          onChange={(event) => editDraft({ newUserOrganizationId: event.target.value === '' ? null : event.target.value })}
        >
          <option value="" disabled={selected !== null}>
            Choose an organization
          </option>
          {organizations.map((org) => (
            <option key={org.id} value={org.id} title={pathLabel(org)}>
              {optionLabel(org)}
            </option>
          ))}
        </select>
        <button type="button" className="button secondary" onClick={() => setCreating(true)}>
          New organization...
        </button>
      </div>
      <FieldError id={errorIdFor('newUserOrganizationId')} message={error ?? loadError ?? undefined} />
      <p id="new-user-org-help" className="help">
        {selectedOrg
          ? `New employees from the identity provider are created in ${pathLabel(selectedOrg)}.`
          : 'New employees from the identity provider are created here. A dedicated organization under the root is recommended.'}
      </p>
      <NewOrganizationDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(org) => {
          setCreating(false);
          editDraft({ newUserOrganizationId: org.id });
          announce({ kind: 'success', message: `Organization "${org.name}" created and selected. Save to use it.` });
          document.getElementById(id)?.focus();
        }}
      />
    </div>
  );
}
