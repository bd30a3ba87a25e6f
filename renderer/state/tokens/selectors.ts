// What the token list means for the administrator: is the identity provider about to lose access?
import type { TokenView } from '../../../preload/contract';
import type { ConsoleState } from '../console-store';

export type TokenWarning =
  | { kind: 'none-active' }
  | { kind: 'last-expires-soon'; expiresAt: string }
  | null;

export const isUsable = (token: TokenView): boolean => token.status === 'active' || token.status === 'expires_soon';

/** Only while provisioning is enabled (as saved): then a missing or expiring token breaks sync. */
export function tokenWarning(state: ConsoleState): TokenWarning {
  if (!state.settings.server?.enabled || !state.tokens.loaded) return null;
  const usable = state.tokens.list.filter(isUsable);
  if (usable.length === 0) return { kind: 'none-active' };
  const latest = usable.reduce((a, b) => (Date.parse(a.expiresAt) >= Date.parse(b.expiresAt) ? a : b));
  return latest.status === 'expires_soon' ? { kind: 'last-expires-soon', expiresAt: latest.expiresAt } : null;
}
