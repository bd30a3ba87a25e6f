// The rules for a new token's label and expiry, checked before anything is generated or written.
import { validationError } from '../errors';

export const LABEL_MAX_LENGTH = 100;
export const MAX_LIFETIME_YEARS = 15;
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

export function checkLabel(label: unknown): string {
  const trimmed = typeof label === 'string' ? label.trim() : '';
  if (trimmed === '') throw validationError('label', 'Enter a label so you can tell this token apart later.');
  if (trimmed.length > LABEL_MAX_LENGTH) {
    throw validationError('label', `The label is too long: use at most ${LABEL_MAX_LENGTH} characters.`);
  }
  return trimmed;
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
  // day 15 years from today must pass: one day of slack beyond the exact instant.
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_LIFETIME_YEARS);
  latest.setTime(latest.getTime() + ONE_DAY_MS);
  if (date.getTime() > latest.getTime()) {
    throw validationError('expiresAt', `Choose an expiry at most ${MAX_LIFETIME_YEARS} years from now.`);
  }
  return seconds;
}
