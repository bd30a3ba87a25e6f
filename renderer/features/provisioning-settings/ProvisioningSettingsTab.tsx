// The Provisioning Settings tab: provisioning switch, Tenant URL, Organization for New Users and the
// SCIM-owned fields, saved together (Save button or Ctrl/Cmd+S) with feedback a screen reader announces.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { breakingChanges, lastIdentityProviderCall } from '../../../preload/breaking-change';
import { Announcer } from '../../components/Announcer';
import { SaveIcon } from '../../components/icons';
import { useApi, useConsoleState, useConsoleStore } from '../../app/console-context';
import { shortcutHint } from '../../app/platform';
import { PrivilegeNotice } from '../../components/PrivilegeNotice';
import { canConfigureProvisioning } from '../../state/session/session-slice';
import { isDirty } from '../../state/settings/selectors';
import { ConflictBanner } from './ConflictBanner';
import { ConfirmBreakingDialog, type BreakingConfirmation } from './ConfirmBreakingDialog';
import { ConnectionTest } from './ConnectionTest';
import './connection-safety.css';
import { FIELD_IDS } from './field-ids';
import { LogRetentionSection } from './LogRetentionSection';
import { OrganizationField } from './OrganizationField';
import { ProvisioningSwitch } from './ProvisioningSwitch';
import { READ_ONLY_NOTICE_ID, ReadOnlyScope } from './ReadOnlyScope';
import { SyncedFieldsFieldset } from './SyncedFieldsFieldset';
import { TenantUrlField } from './TenantUrlField';
import { TokensSection } from '../tokens/TokensSection';
import { useSaveShortcut } from './use-save-shortcut';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

export function ProvisioningSettingsTab() {
  const api = useApi();
  const store = useConsoleStore();
  const ready = useConsoleState((s) => s.settings.draft !== null);
  const loadError = useConsoleState((s) => s.settings.loadError);
  const dirty = useConsoleState(isDirty);
  const saving = useConsoleState((s) => s.settings.saving);
  const feedback = useConsoleState((s) => s.settings.feedback);
  const loadSettings = useConsoleState((s) => s.loadSettings);
  const loadOrganizations = useConsoleState((s) => s.loadOrganizations);
  const saveSettings = useConsoleState((s) => s.saveSettings);
  const loadTokens = useConsoleState((s) => s.loadTokens);
  const [confirmation, setConfirmation] = useState<BreakingConfirmation | null>(null);
  // Without Configure Provisioning Settings: every control disabled, no Save, no Create token.
  const canConfigure = useConsoleState(canConfigureProvisioning);

  useEffect(() => {
    void loadSettings(api);
    void loadOrganizations(api);
  }, [api, loadSettings, loadOrganizations]);

  const commit = useCallback(async () => {
    const result = await saveSettings(api);
    if (!result.saved && result.field) document.getElementById(FIELD_IDS[result.field])?.focus();
  }, [api, saveSettings]);

  // A change that refuses the identity provider's next calls is confirmed first. The tokens are read
  // again so "last called" is now's, not the tab's opening's.
  const save = useCallback(async () => {
    if (!dirty || !canConfigure || confirmation) return;
    await loadTokens(api);
    const { settings, tokens } = store.getState();
    if (settings.server && settings.draft) {
      const lastCall = lastIdentityProviderCall(tokens.list);
      const changes = breakingChanges(settings.server, settings.draft, lastCall, new Date());
      if (lastCall && changes.length > 0) {
        setConfirmation({ changes, lastCall });
        return;
      }
    }
    await commit();
  }, [api, dirty, canConfigure, confirmation, loadTokens, store, commit]);

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
        {/* Save and its feedback stay in view while the tab scrolls. */}
        <div className={canConfigure ? 'sticky-save' : undefined}>
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
              id={READ_ONLY_NOTICE_ID}
              privilege="configure-provisioning"
              what="These settings are read-only for you."
            />
          )}
          <Announcer message={feedback} />
        </div>
        <ConflictBanner />
        <section className="card" aria-labelledby="scim-section-title">
          <h2 id="scim-section-title" className="section-title">
            SCIM User Provisioning
          </h2>
          <ReadOnlyScope>
            <ProvisioningSwitch />
          </ReadOnlyScope>
          {/* Its input sits in a scope of its own: Copy stays usable read-only. */}
          <TenantUrlField />
          <ReadOnlyScope>
            <ConnectionTest />
            <OrganizationField />
          </ReadOnlyScope>
        </section>
        <ReadOnlyScope>
          <TokensSection />
          <section className="card">
            <SyncedFieldsFieldset />
          </section>
        </ReadOnlyScope>
        <ConfirmBreakingDialog
          confirmation={confirmation}
          onCancel={() => setConfirmation(null)}
          onConfirm={() => {
            setConfirmation(null);
            void commit();
          }}
        />
      </form>
      {/* Its own form, saved on its own: outside the settings form so neither submits the other. */}
      <LogRetentionSection />
    </>
  );
}
