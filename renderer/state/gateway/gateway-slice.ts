// gateway:status as last read: whether a gateway runs, its recent listeners, the identity
// provider's last call and last error. Reloaded by the Gateway view's Refresh and its timer.
import type { ConsoleApi, GatewayStatus } from '../../../preload/contract';
import type { ConsoleState, SliceCreator } from '../console-store';
import { messageOf } from '../error-message';
import type { Feedback } from '../settings/initial-state';

export interface GatewayState {
  status: GatewayStatus | null;
  loadError: string | null;
  /** When the status was last read (ISO). */
  updatedAt: string | null;
  feedback: Feedback | null;
}

export type GatewaySlice = {
  gateway: GatewayState;
  /**
   * `announce` is for the Refresh button: the outcome goes to the live region. The timer's reloads
   * stay quiet, except the first failure after a success, so an outage is heard once, not every 10 s.
   */
  loadGatewayStatus(api: ConsoleApi, options?: { announce?: boolean }): Promise<void>;
};

export const createGatewaySlice: SliceCreator<GatewaySlice> = (set, get) => {
  const patch = (next: Partial<GatewayState>) => set((s: ConsoleState) => ({ gateway: { ...s.gateway, ...next } }));
  return {
    gateway: { status: null, loadError: null, updatedAt: null, feedback: null },

    async loadGatewayStatus(api, options = {}) {
      try {
        const status = await api.invoke('gateway:status', {});
        patch({
          status,
          loadError: null,
          updatedAt: new Date().toISOString(),
          // A timer reload clears an earlier message: "refreshed: running" must not outlive the fact.
          feedback: options.announce
            ? { kind: 'success', message: `Gateway status refreshed: ${status.running ? 'running' : 'not running'}.` }
            : null,
        });
      } catch (error) {
        const message = `The gateway status could not be read: ${messageOf(error)}`;
        const firstFailure = get().gateway.loadError === null;
        patch({ loadError: message, ...(options.announce || firstFailure ? { feedback: { kind: 'error', message } } : {}) });
      }
    },
  };
};
