// How token dates and statuses read in the table: statuses, scopes, kinds, and how far away a date is.
import type { TokenStatus } from '../../../preload/contract';

export const STATUS_LABELS: Record<TokenStatus, string> = {
  active: 'Active',
  expires_soon: 'Expires soon',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** An API token's scopes as the table and the create dialog name them (write includes read). */
export const SCOPE_LABELS: ReadonlyMap<string, string> = new Map([
  ['employees:read', 'Read employees'],
  ['employees:read employees:write', 'Read and write employees'],
]);

/** What a token is for, as the audit log names its kind. */
export const TOKEN_KIND_LABELS: ReadonlyMap<string, string> = new Map([
  ['scim', 'SCIM provisioning (identity provider)'],
  ['api', 'User management API'],
]);

/** "in 12 days", "3 days ago", "today". */
export function relativeDays(iso: string, now: Date = new Date()): string {
  // Whole days only: a token picked "90 days" ahead lasts to the end of that day and reads "in 90 days".
  const delta = Date.parse(iso) - now.getTime();
  const days = Math.floor(Math.abs(delta) / 86_400_000);
  if (days === 0) return delta >= 0 ? 'today' : 'earlier today';
  return delta > 0 ? `in ${days} day${days === 1 ? '' : 's'}` : `${days} day${days === 1 ? '' : 's'} ago`;
}
