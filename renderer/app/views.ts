// The console's views: what the navigation calls each one, its page title and its breadcrumb.
import type { ViewId } from '../state/navigation/navigation-slice';

export interface ViewInfo {
  navLabel: string;
  title: string;
  breadcrumb: readonly string[];
}

export const VIEWS: Readonly<Record<ViewId, ViewInfo>> = {
  settings: {
    navLabel: 'Provisioning Settings',
    title: 'Feature Settings',
    breadcrumb: ['System Management', 'General Settings', 'Feature Settings'],
  },
  employees: {
    navLabel: 'Employees',
    title: 'Employees',
    breadcrumb: ['System Management', 'SCIM Provisioning', 'Employees'],
  },
  organizations: {
    navLabel: 'Organizations',
    title: 'Organizations',
    breadcrumb: ['System Management', 'General Settings', 'Organizations'],
  },
  activity: {
    navLabel: 'Activity',
    title: 'Provisioning Activity',
    breadcrumb: ['System Management', 'SCIM Provisioning', 'Provisioning Activity'],
  },
  gateway: {
    navLabel: 'Gateway',
    title: 'Gateway',
    breadcrumb: ['System Management', 'SCIM Provisioning', 'Gateway'],
  },
  'api-tokens': {
    navLabel: 'User management API',
    title: 'User management API',
    breadcrumb: ['System Management', 'Integrations', 'User management API'],
  },
  audit: {
    navLabel: 'Audit',
    title: 'Audit Log',
    breadcrumb: ['System Management', 'Security', 'Audit Log'],
  },
  operators: {
    navLabel: 'Operators',
    title: 'Operators',
    breadcrumb: ['System Management', 'Security', 'Operators'],
  },
};

/** Each view's h1 carries this id (and tabIndex -1) so a change of view can move focus to it. */
export const PAGE_TITLE_ID = 'page-title';
