// The Operators view's data: every operator and its privileges, as main last answered, and the
// outcome of the last change. Each change is one call (add, grant, revoke, remove) and reloads the
// list and the session, since the caller may have changed its own privileges.
import type { ConsoleApi } from '../../../preload/contract';
import type { OperatorView } from '../../../preload/operators-contract';
import { privilegeLabel, type Privilege } from '../../../preload/privileges';
import type { ConsoleState, SliceCreator } from '../console-store';
import { messageOf } from '../error-message';
import type { Feedback } from '../settings/initial-state';

export interface OperatorsState {
  list: OperatorView[] | null;
  loadError: string | null;
  /** An account (or '' for the add form) whose change is in flight. */
  busy: string | null;
  feedback: Feedback | null;
}

export type OperatorsSlice = {
  operators: OperatorsState;
  loadOperators(api: ConsoleApi): Promise<void>;
  addOperator(api: ConsoleApi, account: string, privileges: Privilege[]): Promise<{ ok: true } | { ok: false; message: string }>;
  setOperatorPrivilege(api: ConsoleApi, account: string, privilege: Privilege, held: boolean): Promise<void>;
  removeOperator(api: ConsoleApi, account: string): Promise<void>;
};

export const createOperatorsSlice: SliceCreator<OperatorsSlice> = (set, get) => {
  const patch = (next: Partial<OperatorsState>) => set((s: ConsoleState) => ({ operators: { ...s.operators, ...next } }));
  const change = async (api: ConsoleApi, busy: string, work: () => Promise<string>): Promise<string | null> => {
    patch({ busy });
    try {
      const message = await work();
      patch({ feedback: { kind: 'success', message } });
      return null;
    } catch (error) {
      const message = messageOf(error);
      patch({ feedback: { kind: 'error', message } });
      return message;
    } finally {
      patch({ busy: null });
      await Promise.all([get().loadOperators(api), get().loadSession(api)]);
    }
  };

  return {
    operators: { list: null, loadError: null, busy: null, feedback: null },

    async loadOperators(api) {
      try {
        patch({ list: await api.invoke('operators:list', {}), loadError: null });
      } catch (error) {
        patch({ loadError: `The operators could not be loaded: ${messageOf(error)}` });
      }
    },

    async addOperator(api, account, privileges) {
      const failure = await change(api, '', async () => {
        const added = await api.invoke('operators:add', { account, privileges });
        return `Added operator ${added.account}.`;
      });
      return failure === null ? { ok: true } : { ok: false, message: failure };
    },

    async setOperatorPrivilege(api, account, privilege, held) {
      await change(api, account, async () => {
        await api.invoke(held ? 'operators:grant' : 'operators:revoke', { account, privilege });
        return `${account} ${held ? 'now holds' : 'no longer holds'} "${privilegeLabel(privilege)}".`;
      });
    },

    async removeOperator(api, account) {
      await change(api, account, async () => {
        const { removed } = await api.invoke('operators:remove', { account });
        return `Removed operator ${removed}.`;
      });
    },
  };
};
