// The views besides Provisioning Settings, each in its own chunk that loads when the view is first
// opened (React.lazy), so the first view's JS carries none of them (issue #11: a usable settings tab
// in 300 ms). While a chunk loads, ViewLoading stands in its place.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../state/navigation/navigation-slice';
import { VIEWS } from './views';

export type OtherViewId = Exclude<ViewId, 'settings'>;

// One literal import() per view: the bundler makes a chunk of each and of what they share.
export const OTHER_VIEWS: Readonly<Record<OtherViewId, LazyExoticComponent<ComponentType>>> = {
  employees: lazy(() => import('../features/employees/EmployeesView').then((m) => ({ default: m.EmployeesView }))),
  organizations: lazy(() =>
    import('../features/organizations/OrganizationsView').then((m) => ({ default: m.OrganizationsView })),
  ),
  activity: lazy(() => import('../features/activity/ActivityView').then((m) => ({ default: m.ActivityView }))),
  gateway: lazy(() => import('../features/gateway/GatewayView').then((m) => ({ default: m.GatewayView }))),
  'api-tokens': lazy(() => import('../features/api-tokens/ApiTokensView').then((m) => ({ default: m.ApiTokensView }))),
  audit: lazy(() => import('../features/audit/AuditView').then((m) => ({ default: m.AuditView }))),
  operators: lazy(() => import('../features/operators/OperatorsView').then((m) => ({ default: m.OperatorsView }))),
};

/** The Suspense fallback: a status a screen reader can find, busy until the view replaces it. */
export function ViewLoading(props: { view: OtherViewId }) {
  return (
    <p className="panel" role="status" aria-busy="true">
      Loading {VIEWS[props.view].navLabel}…
    </p>
  );
}
