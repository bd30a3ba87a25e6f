// The renderer's zustand store, assembled from slices (zustand's slices pattern). A factory, so each
// test and each window gets its own store.
import { create, type StateCreator } from 'zustand';
import { createActivitySlice, type ActivitySlice } from './activity/activity-slice';
import { createEmployeesSlice, type EmployeesSlice } from './employees/employees-slice';
import { createAuditSlice, type AuditSlice } from './audit/audit-slice';
import { createOperatorsSlice, type OperatorsSlice } from './operators/operators-slice';
import { createSessionSlice, type SessionSlice } from './session/session-slice';
import { createGatewaySlice, type GatewaySlice } from './gateway/gateway-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation/navigation-slice';
import { createOrganizationsSlice, type OrganizationsSlice } from './organizations/organizations-slice';
import { createSettingsSlice, type SettingsSlice } from './settings/actions';
import { createTokensSlice, type TokensSlice } from './tokens/tokens-slice';

export type ConsoleState = SettingsSlice &
  OrganizationsSlice &
  TokensSlice &
  NavigationSlice &
  ActivitySlice &
  GatewaySlice &
  EmployeesSlice &
  SessionSlice &
  OperatorsSlice &
  AuditSlice;

export type SliceCreator<Slice> = StateCreator<ConsoleState, [], [], Slice>;

export function createConsoleStore() {
  return create<ConsoleState>()((...args) => ({
    ...createSettingsSlice(...args),
    ...createOrganizationsSlice(...args),
    ...createTokensSlice(...args),
    ...createNavigationSlice(...args),
    ...createActivitySlice(...args),
    ...createGatewaySlice(...args),
    ...createEmployeesSlice(...args),
    ...createSessionSlice(...args),
    ...createOperatorsSlice(...args),
    ...createAuditSlice(...args),
  }));
}

export type ConsoleStore = ReturnType<typeof createConsoleStore>;
