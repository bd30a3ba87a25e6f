// The Provisioning Settings tab: provisioning switch, Tenant URL, Organization for New Users and the
// SCIM-owned fields, saved together (Save button or Ctrl/Cmd+S) with feedback a screen reader announces.
import { useCallback, useEffect, type FormEvent } from 'react';
import { Announcer } from '../../components/Announcer';
import { SaveIcon } from '../../components/icons';
import { useApi, useConsoleState } from '../../app/console-context';
import { shortcutHint } from '../../app/platform';
import { PrivilegeNotice } from '../../components/PrivilegeNotice';
import { canConfigureProvisioning } from '../../state/session/session-slice';
import { isDirty } from '../../state/settings/selectors';
import { ConflictBanner } from './ConflictBanner';
import { FIELD_IDS } from './field-ids';
import { LogRetentionSection } from './LogRetentionSection';
import { OrganizationField } from './OrganizationField';
import { ProvisioningSwitch } from './ProvisioningSwitch';
import { SyncedFieldsFieldset } from './SyncedFieldsFieldset';
import { TenantUrlField } from './TenantUrlField';
import { TokensSection } from '../tokens/TokensSection';
import { useSaveShortcut } from './use-save-shortcut';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

export function ProvisioningSettingsTab() {
  const api = useApi();
  const ready = useConsoleState((s) => s.settings.draft !== null);
  const loadError = useConsoleState((s) => s.settings.loadError);
  const dirty = useConsoleState(isDirty);
  const saving = useConsoleState((s) => s.settings.saving);
  const feedback = useConsoleState((s) => s.settings.feedback);
  const loadSettings = useConsoleState((s) => s.loadSettings);
  const loadOrganizations = useConsoleState((s) => s.loadOrganizations);
  const saveSettings = useConsoleState((s) => s.saveSettings);
  // Without Configure Provisioning Settings: every control disabled, no Save, no Create token.
  const canConfigure = useConsoleState(canConfigureProvisioning);

  useEffect(() => {
    void loadSettings(api);
    void loadOrganizations(api);
  }, [api, loadSettings, loadOrganizations]);

  const save = useCallback(async () => {
    if (!dirty || !canConfigure) return;
    const result = await saveSettings(api);
    if (!result.saved && result.field) document.getElementById(FIELD_IDS[result.field])?.focus();
  }, [api, dirty, canConfigure, saveSettings]);

  useSaveShortcut(() => void save());
  useUnsavedChangesGuard(dirty);

  if (loadError && !ready) {
    return (
      <div className="panel" role="alert">
        <p>The settings could not be loaded: {loadError}</p>
        <button type="button" className="button secondary" onClick={() => void loadSettings(api)}>
          Try again
        </button>
      </div>
    );
  }
  if (!ready)
    return (
      <p className="panel" aria-busy="true">
        Loading provisioning settings…
      </p>
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <>
      <form className="tab-body" onSubmit={onSubmit} noValidate aria-labelledby="provisioning-settings-tab">
        {canConfigure ? (
          <div className="toolbar">
            <p className="save-state" aria-hidden="true">
              {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'All changes saved'}
            </p>
            <button
              type="submit"
              className="button primary icon-button"
              aria-label="Save"
              title={`Save (${shortcutHint('S')})`}
              aria-keyshortcuts="Control+S Meta+S"
              disabled={!dirty || saving}
            >
              <SaveIcon />
            </button>
          </div>
        ) : (
          <PrivilegeNotice
            id="settings-read-only"
            privilege="configure-provisioning"
            what="These settings are read-only for you."
          />
        )}
        <Announcer message={feedback} />
        <ConflictBanner />
        {/* Disabled without the privilege: a disabled fieldset disables every control inside it at once,
          including controls added later. Enabled, it is only a frame without a border. */}
        <fieldset
          disabled={!canConfigure}
          className="read-only-settings"
          aria-describedby={canConfigure ? undefined : 'settings-read-only'}
        >
          <section className="card" aria-labelledby="scim-section-title">
            <h2 id="scim-section-title" className="section-title">
              SCIM User Provisioning
            </h2>
            <ProvisioningSwitch />
            <TenantUrlField />
            <OrganizationField />
          </section>
          <TokensSection />
          <section className="card">
            <SyncedFieldsFieldset />
          </section>
        </fieldset>
      </form>
      {/* Its own form, saved on its own: outside the settings form so neither submits the other. */}
      <LogRetentionSection />
    </>
  );
}
