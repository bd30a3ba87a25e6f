// Which console view is shown, and the move away from Provisioning Settings that waits for the
// administrator to confirm discarding unsaved changes.
import type { SliceCreator } from '../console-store';
import { isDirty } from '../settings/selectors';

export const VIEW_IDS = [
  'settings',
  'employees',
  'organizations',
  'activity',
  'gateway',
  'api-tokens',
  'audit',
  'operators',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface NavigationState {
  view: ViewId;
  /** The view asked for while the settings draft is dirty; set until confirmed or cancelled. */
  pending: ViewId | null;
}

export type NavigationSlice = {
  navigation: NavigationState;
  /** Shows `view`, unless that leaves unsaved settings behind: then it waits in `pending`. */
  navigate(view: ViewId): void;
  /** Discards the settings draft and shows the pending view. */
  confirmNavigation(): void;
  cancelNavigation(): void;
};

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set, get) => ({
  navigation: { view: 'settings', pending: null },

  navigate(view) {
    const { navigation } = get();
    if (view === navigation.view) return set({ navigation: { ...navigation, pending: null } });
    if (navigation.view === 'settings' && isDirty(get())) return set({ navigation: { ...navigation, pending: view } });
    set({ navigation: { view, pending: null } });
  },

  confirmNavigation() {
    const { pending } = get().navigation;
    if (!pending) return;
    get().discardDraft();
    set({ navigation: { view: pending, pending: null } });
  },

  cancelNavigation() {
    set({ navigation: { ...get().navigation, pending: null } });
  },
});
