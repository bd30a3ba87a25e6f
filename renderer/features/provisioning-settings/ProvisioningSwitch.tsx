// "Enable SCIM User Provisioning": a switch (checkbox with role=switch), and why it cannot be saved yet.
import { useConsoleState } from '../../app/console-context';
import { FIELD_IDS } from './field-ids';

export function ProvisioningSwitch() {
  const enabled = useConsoleState((s) => s.settings.draft?.enabled ?? false);
  const editDraft = useConsoleState((s) => s.editDraft);
  return (
    <div className="switch-row">
      <label className="switch" htmlFor={FIELD_IDS.enabled}>
        <input
          id={FIELD_IDS.enabled}
          type="checkbox"
          role="switch"
          checked={enabled}
          aria-checked={enabled}
          aria-describedby="enable-provisioning-help"
          onChange={(event) => editDraft({ enabled: event.target.checked })}
        />
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-label">Enable SCIM User Provisioning</span>
      </label>
      <p id="enable-provisioning-help" className="help">
        When on, your identity provider creates, updates and deactivates employees through the Tenant URL below.
      </p>
    </div>
  );
}
