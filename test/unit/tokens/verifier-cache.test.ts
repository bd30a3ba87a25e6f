// The verified-token cache may skip the signature check, but never past exp and never after revocation,
// including a revocation made through another connection to the same database (another process).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VerifiedTokenCache } from '../../../main/services/tokens/verified-token-cache';
import { alice, DAY_MS, openTokenFixture, setProvisioningEnabled, START, type TokenFixture } from '../../fixtures/token-fixture';

let f: TokenFixture;
let token: string;
let id: string;
const expiresAt = new Date(START.getTime() + DAY_MS);

beforeEach(async () => {
  f = openTokenFixture();
  ({
    token,
    record: { id },
  } = await f.tokens.create({ label: 'cached', expiresAt }, alice));
  expect(await f.tokens.verify(token)).toMatchObject({ ok: true });
  expect(await f.tokens.verify(token)).toMatchObject({ ok: true });
  // The second call was served from the cache: only one signature was checked.
  expect(f.tokens.verifierStats.signaturesChecked).toBe(1);
});
afterEach(() => f.close());

describe('a cached token', () => {
  it('is refused once past exp + skew, without a new signature check', async () => {
    f.clock.set(new Date(expiresAt.getTime() + 60_000 - 1));
    expect(await f.tokens.verify(token)).toMatchObject({ ok: true });
    f.clock.set(new Date(expiresAt.getTime() + 60_000));
    expect(await f.tokens.verify(token)).toEqual({
      ok: false,
      reason: 'expired',
      identified: { tokenId: id, label: expect.any(String) },
    });
    expect(f.tokens.verifierStats.signaturesChecked).toBe(1);
  });

  it('is refused right after revocation in the same process', async () => {
    f.tokens.revoke(id, alice);
    expect(await f.tokens.verify(token)).toEqual({
      ok: false,
      reason: 'revoked',
      identified: { tokenId: id, label: expect.any(String) },
    });
  });

  it('is refused on the next call after revocation through a second connection', async () => {
    const other = f.openSecondProcess();
    other.tokens.revoke(id, alice);
    expect(await f.tokens.verify(token)).toEqual({
      ok: false,
      reason: 'revoked',
      identified: { tokenId: id, label: expect.any(String) },
    });
    expect(await f.tokens.verify(token)).toEqual({
      ok: false,
      reason: 'revoked',
      identified: { tokenId: id, label: expect.any(String) },
    });
  });

  it('is refused on the next call after provisioning is disabled through a second connection', async () => {
    const other = f.openSecondProcess();
    setProvisioningEnabled(other.store, false);
    expect(await f.tokens.verify(token)).toMatchObject({ ok: false, reason: 'disabled' });
  });

  it('is refused when its row is gone (e.g. a database restored from an older backup)', async () => {
    f.store.db.prepare('DELETE FROM scim_tokens WHERE id = ?').run(id);
    expect(await f.tokens.verify(token)).toEqual({ ok: false, reason: 'unknown_token' });
  });

  it('does not make a different, forged token pass', async () => {
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(86)}`;
    expect(await f.tokens.verify(forged)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(f.tokens.verifierStats.signaturesChecked).toBe(2);
  });
});

describe('VerifiedTokenCache', () => {
  const claims = (jti: string) => ({ jti, kid: 'k', exp: 1, nbf: null, kind: 'scim' as const, highS: false });

  it('is bounded and evicts the least recently used entry', () => {
    const cache = new VerifiedTokenCache(2);
    cache.set('a', claims('a'));
    cache.set('b', claims('b'));
    expect(cache.get('a')?.jti).toBe('a');
    cache.set('c', claims('c'));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.jti).toBe('a');
    expect(cache.get('c')?.jti).toBe('c');
  });

  it('holds nothing when its size is 0', () => {
    const cache = new VerifiedTokenCache(0);
    cache.set('a', claims('a'));
    expect(cache.get('a')).toBeUndefined();
  });

  it('keys by a hash, not by the token itself', () => {
    const key = VerifiedTokenCache.keyOf(token);
    expect(key).not.toContain(token.split('.')[2]);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
