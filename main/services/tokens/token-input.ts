// The rules for a new token's label and expiry, checked before anything is generated or written.
import { TOKEN_MAX_LIFETIME_YEARS } from '../../../preload/token-expiry';
import { checkTokenLabel } from '../../../preload/token-label-rule';
import { validationError } from '../errors';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** The contract has checked the label already; the service checks again for callers that skip it. */
export function checkLabel(label: unknown): string {
  const check = checkTokenLabel(typeof label === 'string' ? label : '');
  if (!check.ok) throw validationError('label', check.message);
  return check.label;
}

/** Returns the expiry as whole seconds since the epoch, the precision of the JWT `exp` claim. */
export function checkExpiry(expiresAt: unknown, now: Date): number {
  const date = expiresAt instanceof Date ? expiresAt : typeof expiresAt === 'string' ? new Date(expiresAt) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw validationError('expiresAt', 'Enter a valid expiry date and time.');
  }
  const seconds = Math.floor(date.getTime() / 1000);
  // Compared after truncation, so a token can never be minted already expired.
  if (seconds * 1000 <= now.getTime()) throw validationError('expiresAt', 'Choose an expiry in the future.');
  // Administrators pick a calendar date and a token lasts to the end of that day, so the end of the
  // day TOKEN_MAX_LIFETIME_YEARS from today must pass: one day of slack beyond the exact instant.
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + TOKEN_MAX_LIFETIME_YEARS);
  latest.setTime(latest.getTime() + ONE_DAY_MS);
  if (date.getTime() > latest.getTime()) {
    throw validationError('expiresAt', `Choose an expiry at most ${TOKEN_MAX_LIFETIME_YEARS} years from now.`);
  }
  return seconds;
}
