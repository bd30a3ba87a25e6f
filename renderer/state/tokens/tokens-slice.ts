// Token metadata as main lists it, and the create/revoke actions. A created token's string is handed
// to the caller (the dialog that shows it once) and is never put in the store.
import type { ChannelOutput, ConsoleApi, TokenView } from '../../../preload/contract';
import type { ApiScope, TokenKind } from '../../../preload/token-kinds';
import type { SliceCreator } from '../console-store';
import { messageOf } from '../error-message';

export interface TokensState {
  list: TokenView[];
  loaded: boolean;
  loadError: string | null;
}

export type TokensSlice = {
  tokens: TokensState;
  loadTokens(api: ConsoleApi): Promise<void>;
  /** Throws the ApiError for the dialog to show next to its field. A SCIM token unless `access` says otherwise. */
  createToken(
    api: ConsoleApi,
    label: string,
    expiresAt: string,
    access?: { kind: TokenKind; scopes: ApiScope[] },
  ): Promise<ChannelOutput<'tokens:create'>>;
  /** Throws the ApiError for the confirmation dialog to show. */
  revokeToken(api: ConsoleApi, id: string): Promise<TokenView>;
};

export const createTokensSlice: SliceCreator<TokensSlice> = (set, get) => ({
  tokens: { list: [], loaded: false, loadError: null },

  async loadTokens(api) {
    try {
      set({ tokens: { list: await api.invoke('tokens:list', {}), loaded: true, loadError: null } });
    } catch (error) {
      set({ tokens: { ...get().tokens, loadError: messageOf(error) } });
    }
  },

  async createToken(api, label, expiresAt, access) {
    const created = await api.invoke('tokens:create', { label, expiresAt, ...access });
    await get().loadTokens(api);
    return created;
  },

  async revokeToken(api, id) {
    try {
      return await api.invoke('tokens:revoke', { id });
    } finally {
      // Also after a refusal: "already revoked" means the list on screen is out of date.
      await get().loadTokens(api);
    }
  },
});
