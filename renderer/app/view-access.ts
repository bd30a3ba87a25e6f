// Which views the caller may open, from its privileges (session:whoami). Views it may not use are
// hidden from the navigation; main refuses their calls anyway. A view missing from the map (one added
// by another feature) is open to any operator until it is listed here.
import { useShallow } from 'zustand/react/shallow';
import { ANY_OPERATOR, allows, type ChannelAccess, type Privilege } from '../../preload/privileges';
import { useConsoleState } from './console-context';

const VIEW_ACCESS: ReadonlyMap<string, ChannelAccess> = new Map<string, ChannelAccess>([
  ['settings', ANY_OPERATOR],
  ['activity', 'view-activity'],
  ['gateway', 'view-activity'],
  ['audit', 'view-activity'],
  ['operators', 'manage-operators'],
  ['employees', 'manage-employees'],
  // Reading the tree is any operator's (organizations:list); this view is for changing it.
  ['organizations', 'configure-provisioning'],
  ['api-tokens', 'configure-provisioning'],
]);

export function mayOpen(view: string, privileges: readonly Privilege[]): boolean {
  return allows(VIEW_ACCESS.get(view) ?? ANY_OPERATOR, new Set(privileges));
}

/** Whether the caller may open `view`: a link into another view is offered only then. */
export const useMayOpen = (view: string): boolean => useConsoleState((s) => mayOpen(view, s.session.view?.privileges ?? []));

export function useOpenableViews<V extends string>(views: readonly V[]): V[] {
  return useConsoleState(useShallow((s) => views.filter((view) => mayOpen(view, s.session.view?.privileges ?? []))));
}
