// "Configure user details synchronized over SCIM": the three fields SCIM always owns (locked) and a
// checkbox per selectable field, with the warning when Status is left out.
import { FIXED_FIELDS, SELECTABLE_FIELDS, type SelectableFieldKey } from '../../../preload/field-catalog';
import { LockIcon, WarningIcon } from '../../components/icons';
import { useConsoleState } from '../../app/console-context';

export function SyncedFieldsFieldset() {
  const selected = useConsoleState((s) => s.settings.draft?.syncedFields ?? []);
  const editDraft = useConsoleState((s) => s.editDraft);
  const toggle = (key: SelectableFieldKey, on: boolean) =>
    editDraft({ syncedFields: on ? [...selected, key] : selected.filter((k) => k !== key) });

  return (
    <fieldset className="fieldset">
      <legend className="section-title">Configure user details synchronized over SCIM</legend>
      <p className="help" id="synced-fields-help">
        Selected fields are owned by the identity provider: they become read-only in WFO and in the user management API. Fields
        left unselected keep their WFO values.
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled group inside the section's fieldset; a nested fieldset would bring a second legend and border for no reader's gain. */}
      <div className="checkbox-grid" role="group" aria-label="Always synchronized" aria-describedby="fixed-fields-note">
        {FIXED_FIELDS.map((field) => (
          <label key={field.key} className="checkbox locked">
            <input type="checkbox" checked disabled aria-describedby="fixed-fields-note" />
            <span>{field.label}</span>
            <LockIcon />
          </label>
        ))}
      </div>
      <p id="fixed-fields-note" className="note">
        <LockIcon /> SCIM always owns Username, First Name and Last Name.
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: as above, a labelled group of checkboxes inside the section's fieldset. */}
      <div className="checkbox-grid" role="group" aria-label="Selectable fields" aria-describedby="synced-fields-help">
        {SELECTABLE_FIELDS.map((field) => (
          <label key={field.key} className="checkbox">
            <input
              id={`synced-field-${field.key}`}
              type="checkbox"
              checked={selected.includes(field.key)}
              onChange={(event) => toggle(field.key, event.target.checked)}
            />
            <span>{field.label}</span>
          </label>
        ))}
      </div>
      {selected.includes('status') ? null : (
        <p className="warning" id="status-warning">
          <WarningIcon />
          <span>
            Status is not synchronized: when the identity provider deactivates or removes a user, the employee stays active in
            WFO.
          </span>
        </p>
      )}
    </fieldset>
  );
}
