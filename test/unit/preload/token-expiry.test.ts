import { describe, expect, it } from 'vitest';
import { EXPIRY_PRESETS, latestExpiryDate, presetDate, TOKEN_MAX_LIFETIME_YEARS } from '../../../preload/token-expiry';

describe('the token lifetime limit', () => {
  const today = new Date(2026, 10, 28, 15, 30);

  it('is 15 years, the latest date the picker offers', () => {
    expect(TOKEN_MAX_LIFETIME_YEARS).toBe(15);
    expect(latestExpiryDate(today)).toBe('2041-11-28');
  });

  it('is also the longest preset', () => {
    const longest = EXPIRY_PRESETS.at(-1)!;
    expect(longest.label).toBe('15 years');
    expect(presetDate(longest, today)).toBe(latestExpiryDate(today));
  });
});
