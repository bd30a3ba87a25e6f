// The console's frame: the header with the current view's breadcrumb, the "Console" navigation, and
// the current view. A change of view moves focus to the new page's title and names it in the window title.
import { type ReactNode, useEffect, useRef } from 'react';
import { ActivityView } from '../features/activity/ActivityView';
import { ApiTokensView } from '../features/api-tokens/ApiTokensView';
import { EmployeesView } from '../features/employees/EmployeesView';
import { AuditView } from '../features/audit/AuditView';
import { GatewayView } from '../features/gateway/GatewayView';
import { OperatorsView } from '../features/operators/OperatorsView';
import type { ViewId } from '../state/navigation/navigation-slice';
import { ConsoleNav } from './ConsoleNav';
import { useConsoleState } from './console-context';
import { ErrorBoundary } from './ErrorBoundary';
import { FeatureSettingsView } from './FeatureSettingsView';
import { LeaveSettingsDialog } from './LeaveSettingsDialog';
import { useOpenableViews } from './view-access';
import { PAGE_TITLE_ID, VIEWS } from './views';

export function App() {
  const requested = useConsoleState((s) => s.navigation.view);
  // A view whose privilege was just revoked (here or by another operator) falls back to the settings.
  const view = useOpenableViews([requested])[0] ?? 'settings';
  useViewChangeFocus(view);
  const crumbs = VIEWS[view].breadcrumb;
  return (
    <div className="app">
      <header className="app-header">
        <p className="product">Identity Service Console</p>
        <nav aria-label="Breadcrumb">
          <ol className="breadcrumb">
            {crumbs.map((crumb, index) => (
              <li key={crumb} aria-current={index === crumbs.length - 1 ? 'page' : undefined}>
                {crumb}
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <div className="app-body">
        <ConsoleNav />
        <main className={view === 'settings' ? 'app-main' : 'app-main wide'}>
          {view === 'settings' ? <FeatureSettingsView /> : <ErrorBoundary key={view}>{OTHER_VIEWS[view]}</ErrorBoundary>}
        </main>
      </div>
      <LeaveSettingsDialog />
    </div>
  );
}

const OTHER_VIEWS: Record<Exclude<ViewId, 'settings'>, ReactNode> = {
  employees: <EmployeesView />,
  activity: <ActivityView />,
  gateway: <GatewayView />,
  'api-tokens': <ApiTokensView />,
  audit: <AuditView />,
  operators: <OperatorsView />,
};

function useViewChangeFocus(view: ViewId) {
  const shown = useRef(view);
  useEffect(() => {
    document.title = `${VIEWS[view].title} – Identity Service Console`;
    if (shown.current === view) return;
    shown.current = view;
    document.getElementById(PAGE_TITLE_ID)?.focus();
  }, [view]);
}
