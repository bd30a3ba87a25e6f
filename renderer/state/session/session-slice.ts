// Who the console runs as and what it may do (session:whoami), read once at start and again after
// the Operators view changes privileges. Selectors decide which views and controls the caller gets;
// main refuses the rest anyway.
import type { ConsoleApi } from '../../../preload/contract';
import type { SessionView } from '../../../preload/operators-contract';
import type { Privilege } from '../../../preload/privileges';
import type { ConsoleState, SliceCreator } from '../console-store';
import { messageOf } from '../error-message';

export interface SessionState {
  view: SessionView | null;
  loadError: string | null;
}

export type SessionSlice = {
  session: SessionState;
  loadSession(api: ConsoleApi): Promise<void>;
};

export const createSessionSlice: SliceCreator<SessionSlice> = (set) => ({
  session: { view: null, loadError: null },

  async loadSession(api) {
    try {
      const view = await api.invoke('session:whoami', {});
      set({ session: { view, loadError: null } });
    } catch (error) {
      set((s: ConsoleState) => ({ session: { ...s.session, loadError: `Who you are could not be read: ${messageOf(error)}` } }));
    }
  },
});

export const holds = (state: ConsoleState, privilege: Privilege): boolean =>
  state.session.view?.privileges.includes(privilege) ?? false;

export const canConfigureProvisioning = (state: ConsoleState): boolean => holds(state, 'configure-provisioning');
