// What the token list means for the administrator: is the identity provider about to lose access?
import type { TokenView } from '../../../preload/contract';
import type { ConsoleState } from '../console-store';

export type TokenWarning = { kind: 'none-active' } | { kind: 'last-expires-soon'; expiresAt: string } | null;

export const isUsable = (token: TokenView): boolean => token.status === 'active' || token.status === 'expires_soon';

/** The SCIM section lists SCIM tokens only; the User management API view lists API tokens only. */
export const tokensOfKind = (list: readonly TokenView[], kind: TokenView['kind']): TokenView[] =>
  list.filter((token) => token.kind === kind);

/** Only while provisioning is enabled (as saved): then a missing or expiring token breaks sync. */
export function tokenWarning(state: ConsoleState): TokenWarning {
  if (!state.settings.server?.enabled || !state.tokens.loaded) return null;
  const usable = tokensOfKind(state.tokens.list, 'scim').filter(isUsable);
  if (usable.length === 0) return { kind: 'none-active' };
  const latest = usable.reduce((a, b) => (Date.parse(a.expiresAt) >= Date.parse(b.expiresAt) ? a : b));
  return latest.status === 'expires_soon' ? { kind: 'last-expires-soon', expiresAt: latest.expiresAt } : null;
}
