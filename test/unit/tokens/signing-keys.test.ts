// Key rotation and the keychain's failure modes: nothing half-written, no plaintext fallback.
import { decodeProtectedHeader } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { signingKeyAccount } from '../../../main/services/tokens/token-claims';
import { alice, bob, countRows, DAY_MS, openTokenFixture, START, type TokenFixture } from '../../fixtures/token-fixture';

const inDays = (days: number) => new Date(START.getTime() + days * DAY_MS);

let f: TokenFixture;
beforeEach(() => {
  f = openTokenFixture();
});
afterEach(() => {
  vi.restoreAllMocks();
  f.close();
});

describe('rotateKey', () => {
  it('retires the current key, makes a new one current and keeps old tokens verifying', async () => {
    const old = await f.tokens.create({ label: 'old', expiresAt: inDays(30) }, alice);
    f.clock.advance(60_000);
    const rotation = await f.tokens.rotateKey(bob);
    expect(rotation).toEqual({ kid: expect.any(String), retiredKid: old.record.kid });
    expect(rotation.kid).not.toBe(old.record.kid);

    const retired = f.store.signingKeys.byKid(old.record.kid);
    expect(retired?.retiredAt).toBe(f.clock.now().toISOString());
    expect(f.store.signingKeys.current()?.kid).toBe(rotation.kid);
    expect(f.store.audit.newestFirst(1)[0]).toMatchObject({
      actor: 'bob',
      action: 'signing_key.rotate',
      target: rotation.kid,
      details: { retiredKid: old.record.kid },
    });
    // The retired private key can never sign again; only its public half is needed to verify.
    expect(f.secrets.accounts()).toEqual([signingKeyAccount(rotation.kid)]);

    const fresh = await f.tokens.create({ label: 'new', expiresAt: inDays(30) }, alice);
    expect(decodeProtectedHeader(fresh.token).kid).toBe(rotation.kid);
    expect(await f.tokens.verify(old.token)).toEqual({
      ok: true,
      tokenId: old.record.id,
      label: 'old',
      kind: 'scim',
      scopes: [],
    });
    expect(await f.tokens.verify(fresh.token)).toEqual({
      ok: true,
      tokenId: fresh.record.id,
      label: 'new',
      kind: 'scim',
      scopes: [],
    });
  });

  it('old tokens also verify in a fresh process that never saw the retired key', async () => {
    const old = await f.tokens.create({ label: 'old', expiresAt: inDays(30) }, alice);
    await f.tokens.rotateKey(alice);
    const other = f.openSecondProcess(new MemorySecretStore());
    expect(await other.tokens.verify(old.token)).toMatchObject({ ok: true, tokenId: old.record.id });
  });

  it('creates the first key when there is none, with nothing to retire', async () => {
    const rotation = await f.tokens.rotateKey(alice);
    expect(rotation.retiredKid).toBeNull();
    expect(f.store.signingKeys.all().map((k) => [k.kid, k.retiredAt])).toEqual([[rotation.kid, null]]);
  });

  it('with the keychain unavailable, refuses and leaves the current key current', async () => {
    const old = await f.tokens.create({ label: 'old', expiresAt: inDays(30) }, alice);
    const audits = countRows(f.store, 'audit_log');
    f.secrets.makeUnavailable();
    await expect(f.tokens.rotateKey(alice)).rejects.toMatchObject({ code: 'unavailable' });
    expect(f.store.signingKeys.all().map((k) => [k.kid, k.retiredAt])).toEqual([[old.record.kid, null]]);
    expect(countRows(f.store, 'audit_log')).toBe(audits);
  });
});

describe('keychain unavailable', () => {
  it('create fails with unavailable, says what to install, and writes no row anywhere', async () => {
    f.secrets.makeUnavailable();
    const error = await f.tokens.create({ label: 'x', expiresAt: inDays(30) }, alice).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unavailable' });
    if (process.platform === 'linux') {
      expect((error as Error).message).toMatch(/GNOME Keyring.*install gnome-keyring and libsecret-1-0.*session D-Bus/s);
    }
    expect(countRows(f.store, 'signing_keys')).toBe(0);
    expect(countRows(f.store, 'scim_tokens')).toBe(0);
    expect(countRows(f.store, 'audit_log')).toBe(0);
    f.secrets.makeAvailable();
    expect(f.secrets.accounts()).toEqual([]);
  });

  it('create fails with unavailable when the current key exists but the keychain is down', async () => {
    await f.tokens.create({ label: 'first', expiresAt: inDays(30) }, alice);
    const other = f.openSecondProcess(f.secrets);
    f.secrets.makeUnavailable();
    await expect(other.tokens.create({ label: 'second', expiresAt: inDays(30) }, alice)).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(countRows(f.store, 'scim_tokens')).toBe(1);
  });

  it('create fails with unavailable, suggesting rotation, when the key is missing from this keychain', async () => {
    await f.tokens.create({ label: 'first', expiresAt: inDays(30) }, alice);
    const other = f.openSecondProcess(new MemorySecretStore());
    await expect(other.tokens.create({ label: 'second', expiresAt: inDays(30) }, alice)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/Rotate the signing key/),
    });
    expect(countRows(f.store, 'scim_tokens')).toBe(1);
  });
});

describe('a failure after the keychain write', () => {
  it('rolls back the key and token rows and removes the orphan secret', async () => {
    const append = f.store.audit.append.bind(f.store.audit);
    vi.spyOn(f.store.audit, 'append').mockImplementation((entry) => {
      if (entry.action === 'token.create') throw new Error('disk full');
      append(entry);
    });
    await expect(f.tokens.create({ label: 'x', expiresAt: inDays(30) }, alice)).rejects.toThrow('disk full');
    expect(countRows(f.store, 'signing_keys')).toBe(0);
    expect(countRows(f.store, 'scim_tokens')).toBe(0);
    expect(countRows(f.store, 'audit_log')).toBe(0);
    expect(f.secrets.accounts()).toEqual([]);
  });

  it('two processes creating the first key at once end with one key; the loser retries with it', async () => {
    // Both calls read "no key yet" before either awaits, so both generate a key; one insert must lose.
    const other = f.openSecondProcess(f.secrets);
    const [ours, theirs] = await Promise.all([
      f.tokens.create({ label: 'ours', expiresAt: inDays(30) }, alice),
      other.tokens.create({ label: 'theirs', expiresAt: inDays(30) }, bob),
    ]);
    expect(countRows(f.store, 'signing_keys')).toBe(1);
    const kid = f.store.signingKeys.current()?.kid;
    expect([ours.record.kid, theirs.record.kid]).toEqual([kid, kid]);
    expect(f.store.audit.newestFirst(10).filter((a) => a.action === 'signing_key.create')).toHaveLength(1);
    expect(f.secrets.accounts()).toEqual([signingKeyAccount(kid!)]);
    expect(await f.tokens.verify(ours.token)).toMatchObject({ ok: true, label: 'ours' });
    expect(await f.tokens.verify(theirs.token)).toMatchObject({ ok: true, label: 'theirs' });
  });
});
