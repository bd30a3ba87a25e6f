// The console's frame: the System Management breadcrumb, the Feature Settings tabs, and the tab body.
import { ProvisioningSettingsTab } from '../features/provisioning-settings/ProvisioningSettingsTab';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <p className="product">Identity Service Console</p>
        <nav aria-label="Breadcrumb">
          <ol className="breadcrumb">
            <li>System Management</li>
            <li>General Settings</li>
            <li aria-current="page">Feature Settings</li>
          </ol>
        </nav>
      </header>
      <main className="app-main">
        <h1 className="page-title">Feature Settings</h1>
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
      </main>
    </div>
  );
}
