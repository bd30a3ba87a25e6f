// The Feature Settings page: its tab strip (Provisioning Settings, the only tab so far) and the tab body.
import { ProvisioningSettingsTab } from '../features/provisioning-settings/ProvisioningSettingsTab';
import { ErrorBoundary } from './ErrorBoundary';
import { PAGE_TITLE_ID } from './views';

export function FeatureSettingsView() {
  return (
    <>
      <h1 id={PAGE_TITLE_ID} className="page-title" tabIndex={-1}>
        Feature Settings
      </h1>
      <div role="tablist" aria-label="Feature Settings" className="tabs">
        <button
          type="button"
          role="tab"
          id="provisioning-settings-tab"
          aria-selected="true"
          aria-controls="provisioning-settings-panel"
          className="tab"
        >
          Provisioning Settings
        </button>
      </div>
      <div role="tabpanel" id="provisioning-settings-panel" aria-labelledby="provisioning-settings-tab" className="tab-panel">
        <ErrorBoundary>
          <ProvisioningSettingsTab />
        </ErrorBoundary>
      </div>
    </>
  );
}
