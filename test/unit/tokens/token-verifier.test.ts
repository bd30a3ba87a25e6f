// The verifier against forged and broken tokens: one refusal reason per case, and the boundaries.
import { randomUUID } from 'node:crypto';
import {
  base64url,
  CompactSign,
  compactVerify,
  decodeJwt,
  exportSPKI,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JWTPayload,
} from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasHighS, withLowS } from '../../../main/services/tokens/low-s';
import { tokenAudience, tokenIssuer } from '../../../main/services/tokens/token-claims';
import type { VerifyFailureReason } from '../../../main/services/tokens/token-verifier';
import {
  alice,
  DAY_MS,
  openTokenFixture,
  setProvisioningEnabled,
  START,
  storedPrivateKey,
  type TokenFixture,
} from '../../fixtures/token-fixture';

let f: TokenFixture;
let valid: { token: string; id: string; kid: string; claims: JWTPayload };
let ourKey: CryptoKey;
let publicJwkJson: string;

beforeEach(async () => {
  // No cache: every case below must be refused on its own merits, not on a previous call's result.
  f = openTokenFixture({ cacheSize: 0 });
  const { token, record } = await f.tokens.create({ label: 'Entra ID', expiresAt: new Date(START.getTime() + DAY_MS) }, alice);
  valid = { token, id: record.id, kid: record.kid, claims: decodeJwt(token) };
  ourKey = (await storedPrivateKey(f.secrets, record.kid)).key;
  publicJwkJson = JSON.stringify(f.store.signingKeys.byKid(record.kid)?.publicJwk);
});
afterEach(() => f.close());

const part = (value: object) => base64url.encode(JSON.stringify(value));

// P-256's group order, written out here independently of low-s.ts (FIPS 186-4, D.1.2.3).
const P256_N = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
const bytesBigInt = (bytes: Uint8Array) => bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
const bigIntBytes = (value: bigint) => Uint8Array.from({ length: 32 }, (_, i) => Number((value >> BigInt(8 * (31 - i))) & 0xffn));

/**
 * Signs `claims` (default: the valid token's) with any header and key, as an attacker could. An ES256
 * signature is given the low s, as the service signs: a case here is refused for its own reason, not
 * (half the time, at random) for being the high-s twin of a token issued with the low s.
 */
async function forge(
  key: CryptoKey | Uint8Array,
  options: { header?: Record<string, unknown>; claims?: Record<string, unknown> } = {},
): Promise<string> {
  const header = { alg: 'ES256', kid: valid.kid, typ: 'JWT', ...options.header };
  const signed = await new SignJWT({ ...valid.claims, ...options.claims } as JWTPayload)
    .setProtectedHeader(header as { alg: string })
    .sign(key);
  if (header.alg !== 'ES256') return signed;
  const [head, payload, signature] = signed.split('.') as [string, string, string];
  return `${head}.${payload}.${base64url.encode(withLowS(base64url.decode(signature)))}`;
}

const attackerKey = async (alg: string) => (await generateKeyPair(alg)).privateKey;

it('accepts the genuine token', async () => {
  expect(await f.tokens.verify(valid.token)).toEqual({
    ok: true,
    tokenId: valid.id,
    label: 'Entra ID',
    kind: 'scim',
    scopes: [],
  });
});

describe('refuses forged and broken tokens', () => {
  const otherTenant = 'a7c1d2e3-0000-4000-8000-000000000000';
  const cases: Array<[string, () => Promise<string> | string, VerifyFailureReason]> = [
    ['a garbage string', () => 'not-a-token', 'malformed'],
    ['an empty string', () => '', 'malformed'],
    ['three garbage parts', () => 'a.b.c', 'malformed'],
    ['a token truncated inside its signature', () => valid.token.slice(0, -10), 'malformed'],
    ['a token without its signature', () => valid.token.split('.').slice(0, 2).join('.'), 'malformed'],
    ['a token with an empty signature', () => `${valid.token.split('.').slice(0, 2).join('.')}.`, 'malformed'],
    // The last of 86 characters carries 2 bits; its 4 unused bits set gives other spellings of the same bytes.
    [
      'the genuine signature spelled with its unused last bits set',
      () => {
        const last = valid.token.at(-1)!;
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        const sameBytes = alphabet[alphabet.indexOf(last) + 1]!;
        return `${valid.token.slice(0, -1)}${sameBytes}`;
      },
      'malformed',
    ],
    ['a JWE-shaped five-part token', () => `${valid.token}.x.y`, 'malformed'],
    [
      'a signed payload that is not JSON',
      () =>
        new CompactSign(new TextEncoder().encode('not json')).setProtectedHeader({ alg: 'ES256', kid: valid.kid }).sign(ourKey),
      'malformed',
    ],
    ['a signed payload without exp', () => forge(ourKey, { claims: { exp: undefined } }), 'malformed'],
    ['alg none', () => `${part({ alg: 'none', kid: valid.kid, typ: 'JWT' })}.${part(valid.claims)}.`, 'unsupported_alg'],
    [
      'alg none with a signature attached',
      () => `${part({ alg: 'none', kid: valid.kid })}.${part(valid.claims)}.${valid.token.split('.')[2]}`,
      'unsupported_alg',
    ],
    [
      'HS256 with the public JWK as the HMAC secret',
      () => forge(new TextEncoder().encode(publicJwkJson), { header: { alg: 'HS256' } }),
      'unsupported_alg',
    ],
    [
      'HS256 with the public key (SPKI PEM) as the HMAC secret',
      async () => {
        const publicKey = (await importJWK(JSON.parse(publicJwkJson), 'ES256', { extractable: true })) as CryptoKey;
        return forge(new TextEncoder().encode(await exportSPKI(publicKey)), { header: { alg: 'HS256' } });
      },
      'unsupported_alg',
    ],
    [
      'RS256 with an attacker key',
      async () => forge(await attackerKey('RS256'), { header: { alg: 'RS256' } }),
      'unsupported_alg',
    ],
    [
      'ES384 with an attacker key',
      async () => forge(await attackerKey('ES384'), { header: { alg: 'ES384' } }),
      'unsupported_alg',
    ],
    ['an unknown kid', async () => forge(await attackerKey('ES256'), { header: { kid: 'no-such-key' } }), 'unknown_key'],
    ['no kid at all', async () => forge(ourKey, { header: { kid: undefined } }), 'unknown_key'],
    [
      'the payload re-signed with a different ES256 key under our kid',
      async () => forge(await attackerKey('ES256')),
      'bad_signature',
    ],
    [
      'a tampered payload with the original signature',
      () => {
        const [header, , signature] = valid.token.split('.');
        return `${header}.${part({ ...valid.claims, exp: (valid.claims.exp ?? 0) + 365 * 86400 })}.${signature}`;
      },
      'bad_signature',
    ],
    [
      'a token for another tenant (other iss and aud)',
      () => forge(ourKey, { claims: { iss: tokenIssuer(otherTenant), aud: tokenAudience(otherTenant) } }),
      'wrong_issuer',
    ],
    ['our issuer but another audience', () => forge(ourKey, { claims: { aud: tokenAudience(otherTenant) } }), 'wrong_audience'],
    ['our issuer with the issuer as audience', () => forge(ourKey, { claims: { aud: valid.claims.iss } }), 'wrong_audience'],
    ['an unknown jti signed with our key', () => forge(ourKey, { claims: { jti: randomUUID() } }), 'unknown_token'],
    [
      'a jti of a token signed under another kid',
      async () => {
        await f.tokens.rotateKey(alice);
        const other = await f.tokens.create({ label: 'other', expiresAt: new Date(START.getTime() + DAY_MS) }, alice);
        return forge(ourKey, { claims: { jti: other.record.id } });
      },
      'unknown_token',
    ],
  ];
  it.each(cases.map(([name, make, reason]) => [name, reason, make] as const))('%s -> %s', async (_name, reason, make) => {
    expect(await f.tokens.verify(await make())).toEqual({ ok: false, reason });
  });

  it('a non-string token -> malformed', async () => {
    expect(await f.tokens.verify(42 as unknown as string)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('a revoked token -> revoked, naming the token for the log', async () => {
    f.tokens.revoke(valid.id, alice);
    expect(await f.tokens.verify(valid.token)).toEqual({
      ok: false,
      reason: 'revoked',
      identified: { tokenId: valid.id, label: 'Entra ID' },
    });
  });

  it('a forged token naming a revoked or expired token stays unidentified: the signature is checked first', async () => {
    f.tokens.revoke(valid.id, alice);
    const forged = await forge(await attackerKey('ES256'));
    expect(await f.tokens.verify(forged)).toEqual({ ok: false, reason: 'bad_signature' });
    const expiredForgery = await forge(await attackerKey('ES256'), { claims: { exp: 1 } });
    expect(await f.tokens.verify(expiredForgery)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('an expired token of ours whose jti is not a token row is refused without a name', async () => {
    const unknown = await forge(ourKey, { claims: { jti: 'no-such-token', exp: 1 } });
    expect(await f.tokens.verify(unknown)).toEqual({ ok: false, reason: 'expired' });
  });

  it('one spelling: a new token has the low s, its high-s twin (n - s) is refused; a token issued before either', async () => {
    const signature = base64url.decode(valid.token.split('.')[2]!);
    expect(hasHighS(signature)).toBe(false);
    const twinSignature = new Uint8Array(signature);
    twinSignature.set(bigIntBytes(P256_N - bytesBigInt(signature.subarray(32))), 32);
    expect(hasHighS(twinSignature)).toBe(true);
    const twin = `${valid.token.split('.').slice(0, 2).join('.')}.${base64url.encode(twinSignature)}`;
    // The twin is a valid ECDSA signature over the same token: jose itself accepts it.
    await expect(compactVerify(twin, await importJWK(JSON.parse(publicJwkJson), 'ES256'))).resolves.toBeDefined();
    expect(await f.tokens.verify(twin)).toEqual({ ok: false, reason: 'malformed' });
    expect(await f.tokens.verify(valid.token)).toMatchObject({ ok: true });
    // A row from before migration 009 (low_s 0) cannot tell which spelling was issued: both verify.
    f.store.db.prepare('UPDATE scim_tokens SET low_s = 0 WHERE id = ?').run(valid.id);
    expect(await f.tokens.verify(twin)).toMatchObject({ ok: true });
  });

  it('withLowS turns a high s into n - s and leaves a low one alone', () => {
    const high = new Uint8Array(64).fill(0x11);
    high.set(bigIntBytes(P256_N - 1n), 32);
    const low = withLowS(high);
    expect(hasHighS(low)).toBe(false);
    expect(bytesBigInt(low.subarray(32))).toBe(P256_N - bytesBigInt(high.subarray(32)));
    expect(low.subarray(0, 32)).toEqual(high.subarray(0, 32));
    const already = new Uint8Array(64).fill(0x01);
    expect(withLowS(already)).toBe(already);
  });

  it('provisioning disabled -> disabled', async () => {
    setProvisioningEnabled(f.store, false);
    // The token is genuine, so the refusal still names who called (for the provisioning log).
    expect(await f.tokens.verify(valid.token)).toEqual({
      ok: false,
      reason: 'disabled',
      tokenId: valid.id,
      label: expect.any(String),
    });
    setProvisioningEnabled(f.store, true);
    expect(await f.tokens.verify(valid.token)).toMatchObject({ ok: true });
  });
});

describe('time checks with 60 s skew', () => {
  const exp = () => (valid.claims.exp ?? 0) * 1000;

  it('exp: still valid 1 ms before exp + 60 s, expired exactly at exp + 60 s', async () => {
    f.clock.set(new Date(exp() + 60_000 - 1));
    expect(await f.tokens.verify(valid.token)).toMatchObject({ ok: true });
    f.clock.set(new Date(exp() + 60_000));
    const expired = { ok: false, reason: 'expired', identified: { tokenId: valid.id, label: 'Entra ID' } };
    expect(await f.tokens.verify(valid.token)).toEqual(expired);
    f.clock.set(new Date(exp() + 365 * DAY_MS));
    expect(await f.tokens.verify(valid.token)).toEqual(expired);
  });

  it('nbf: accepted up to 60 s ahead of the clock, refused beyond', async () => {
    const now = START.getTime() / 1000;
    expect(await f.tokens.verify(await forge(ourKey, { claims: { nbf: now + 60 } }))).toMatchObject({ ok: true });
    expect(await f.tokens.verify(await forge(ourKey, { claims: { nbf: now + 61 } }))).toEqual({
      ok: false,
      reason: 'not_yet_valid',
    });
  });
});

describe('last use', () => {
  it('is recorded with the remote address, at most once a minute, and not for refusals', async () => {
    await f.tokens.verify(valid.token, { remoteAddress: '203.0.113.5' });
    expect(f.store.tokens.byId(valid.id)).toMatchObject({ lastUsedAt: START.toISOString(), lastUsedFrom: '203.0.113.5' });
    f.clock.advance(59_999);
    await f.tokens.verify(valid.token, { remoteAddress: '198.51.100.7' });
    expect(f.store.tokens.byId(valid.id)).toMatchObject({ lastUsedAt: START.toISOString(), lastUsedFrom: '203.0.113.5' });
    f.clock.advance(1);
    await f.tokens.verify(valid.token, { remoteAddress: '198.51.100.7' });
    const minuteLater = new Date(START.getTime() + 60_000).toISOString();
    expect(f.store.tokens.byId(valid.id)).toMatchObject({ lastUsedAt: minuteLater, lastUsedFrom: '198.51.100.7' });
    f.clock.advance(120_000);
    setProvisioningEnabled(f.store, false);
    await f.tokens.verify(valid.token, { remoteAddress: '192.0.2.1' });
    expect(f.store.tokens.byId(valid.id)).toMatchObject({ lastUsedAt: minuteLater, lastUsedFrom: '198.51.100.7' });
  });

  it('records no address when none is given', async () => {
    await f.tokens.verify(valid.token);
    expect(f.store.tokens.byId(valid.id)).toMatchObject({ lastUsedAt: START.toISOString(), lastUsedFrom: null });
  });
});
