// A token's metadata as the console shows it, with its status derived at read time (never stored,
// so it cannot go stale as the clock moves).
import type { ApiScope } from '../../../preload/token-kinds';
import type { TokenRow } from '../../store/tokens-repository';

export type TokenStatus = 'active' | 'expires_soon' | 'expired' | 'revoked';

export interface TokenView extends Omit<TokenRow, 'scopes'> {
  status: TokenStatus;
  scopes: ApiScope[];
}

export const EXPIRES_SOON_MS = 30 * 24 * 60 * 60 * 1000;

export function tokenStatus(row: Pick<TokenRow, 'expiresAt' | 'revokedAt'>, now: Date): TokenStatus {
  if (row.revokedAt !== null) return 'revoked';
  const remaining = Date.parse(row.expiresAt) - now.getTime();
  if (remaining <= 0) return 'expired';
  return remaining <= EXPIRES_SOON_MS ? 'expires_soon' : 'active';
}

export function toTokenView(row: TokenRow, now: Date): TokenView {
  // The CHECK constraint and the service keep stored scopes to API_SCOPES.
  return { ...row, scopes: [...row.scopes] as ApiScope[], status: tokenStatus(row, now) };
}
