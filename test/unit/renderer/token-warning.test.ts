import { describe, expect, it } from 'vitest';
import type { SettingsView, TokenView } from '../../../preload/contract';
import type { ConsoleState } from '../../../renderer/state/console-store';
import { tokenWarning } from '../../../renderer/state/tokens/selectors';
import { relativeDays } from '../../../renderer/features/tokens/token-format';

const token = (status: TokenView['status'], expiresAt: string): TokenView => ({
  id: `${status}-${expiresAt}`,
  label: status,
  kid: 'k',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'ann',
  expiresAt,
  revokedAt: status === 'revoked' ? '2026-02-01T00:00:00Z' : null,
  revokedBy: status === 'revoked' ? 'ann' : null,
  lastUsedAt: null,
  lastUsedFrom: null,
  status,
  kind: 'scim',
  scopes: [],
});

function state(enabled: boolean, list: TokenView[], loaded = true): ConsoleState {
  return {
    settings: { server: { enabled } as SettingsView },
    tokens: { list, loaded, loadError: null },
  } as unknown as ConsoleState;
}

describe('tokenWarning', () => {
  it('is silent while provisioning is disabled or the list is not loaded yet', () => {
    expect(tokenWarning(state(false, []))).toBeNull();
    expect(tokenWarning(state(true, [], false))).toBeNull();
  });

  it('warns when no token is usable (none, expired or revoked only)', () => {
    expect(tokenWarning(state(true, []))).toEqual({ kind: 'none-active' });
    expect(
      tokenWarning(state(true, [token('expired', '2026-01-02T00:00:00Z'), token('revoked', '2027-01-01T00:00:00Z')])),
    ).toEqual({
      kind: 'none-active',
    });
  });

  it('warns when the token that lasts longest expires within 30 days', () => {
    const soon = token('expires_soon', '2026-12-10T00:00:00Z');
    expect(tokenWarning(state(true, [soon]))).toEqual({ kind: 'last-expires-soon', expiresAt: soon.expiresAt });
  });

  it('is silent when another active token outlives the expiring one (rotation in progress)', () => {
    expect(
      tokenWarning(state(true, [token('expires_soon', '2026-12-10T00:00:00Z'), token('active', '2028-01-01T00:00:00Z')])),
    ).toBeNull();
  });
});

describe('relativeDays', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  it('counts whole days', () => {
    expect(relativeDays('2027-02-26T23:59:59Z', now)).toBe('in 90 days');
    expect(relativeDays('2026-11-29T11:00:00Z', now)).toBe('in 1 day');
    expect(relativeDays('2026-11-28T20:00:00Z', now)).toBe('today');
    expect(relativeDays('2026-11-25T09:00:00Z', now)).toBe('3 days ago');
  });
});
