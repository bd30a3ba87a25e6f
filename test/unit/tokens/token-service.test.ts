// Minting, listing, revoking and key rotation against a real SQLite file and an in-memory keychain.
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
import { signingKeyAccount, tokenAudience, tokenIssuer } from '../../../main/services/tokens/token-claims';
import { alice, bob, countRows, DAY_MS, openTokenFixture, START, type TokenFixture } from '../../fixtures/token-fixture';

const inDays = (days: number) => new Date(START.getTime() + days * DAY_MS);

let f: TokenFixture;
beforeEach(() => {
  f = openTokenFixture();
});
afterEach(() => f.close());

describe('create', () => {
  it('returns a compact ES256 JWT with the documented header and claims', async () => {
    const { token, record } = await f.tokens.create({ label: '  Entra ID production  ', expiresAt: inDays(365) }, alice);
    const tenantId = f.store.installation.tenantId();
    const [key] = f.store.signingKeys.all();
    expect(token.split('.')).toHaveLength(3);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: key?.kid, typ: 'JWT' });
    expect(decodeJwt(token)).toEqual({
      iss: tokenIssuer(tenantId),
      aud: tokenAudience(tenantId),
      sub: 'scim-client',
      jti: record.id,
      iat: START.getTime() / 1000,
      exp: inDays(365).getTime() / 1000,
    });
    expect(tokenIssuer(tenantId)).toBe(`urn:idsvc:tenant:${tenantId}`);
    expect(record).toMatchObject({
      label: 'Entra ID production',
      kid: key?.kid,
      createdAt: START.toISOString(),
      createdBy: 'alice',
      expiresAt: inDays(365).toISOString(),
      revokedAt: null,
      lastUsedAt: null,
      status: 'active',
    });
  });

  it('creates the key pair on first use: private JWK in the keychain only, public JWK in SQLite', async () => {
    await f.tokens.create({ label: 'first', expiresAt: inDays(10) }, alice);
    const keys = f.store.signingKeys.all();
    expect(keys).toHaveLength(1);
    const key = keys[0]!;
    expect(key).toMatchObject({ alg: 'ES256', retiredAt: null, createdAt: START.toISOString() });
    expect(key.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: key.kid });
    expect(key.publicJwk).not.toHaveProperty('d');
    expect(f.secrets.accounts()).toEqual([signingKeyAccount(key.kid)]);
    const privateJwk = JSON.parse((await f.secrets.get(signingKeyAccount(key.kid)))!) as Record<string, string>;
    expect(privateJwk).toMatchObject({ kty: 'EC', crv: 'P-256', x: key.publicJwk.x, y: key.publicJwk.y });
    expect(typeof privateJwk.d).toBe('string');
  });

  it('reuses the current key for later tokens', async () => {
    const a = await f.tokens.create({ label: 'a', expiresAt: inDays(10) }, alice);
    const b = await f.tokens.create({ label: 'b', expiresAt: inDays(10) }, alice);
    expect(b.record.kid).toBe(a.record.kid);
    expect(countRows(f.store, 'signing_keys')).toBe(1);
    expect(b.record.id).not.toBe(a.record.id);
  });

  it('accepts an ISO string expiry and truncates it to whole seconds like the exp claim', async () => {
    const { token, record } = await f.tokens.create({ label: 'x', expiresAt: '2030-03-01T12:00:00.750Z' }, alice);
    expect(record.expiresAt).toBe('2030-03-01T12:00:00.000Z');
    expect(decodeJwt(token).exp).toBe(Date.parse('2030-03-01T12:00:00Z') / 1000);
  });

  it('accepts a 100-character label and an expiry at the end of the day 15 years ahead', async () => {
    const expiresAt = new Date(START);
    expiresAt.setUTCFullYear(START.getUTCFullYear() + 15);
    expiresAt.setTime(expiresAt.getTime() + 24 * 60 * 60 * 1000);
    const { record } = await f.tokens.create({ label: 'x'.repeat(100), expiresAt }, alice);
    expect(record.label).toHaveLength(100);
    expect(record.expiresAt).toBe('2045-01-16T10:00:00.000Z');
  });

  it('writes audit rows for the key and the token, naming who, when, id and label but not the token', async () => {
    const { token, record } = await f.tokens.create({ label: 'Okta', expiresAt: inDays(30) }, alice);
    const [tokenRow, keyRow] = f.store.audit.newestFirst(10);
    expect(tokenRow).toMatchObject({
      actor: 'alice',
      action: 'token.create',
      target: record.id,
      at: START.toISOString(),
      details: { label: 'Okta', kid: record.kid, expiresAt: record.expiresAt },
    });
    expect(keyRow).toMatchObject({ actor: 'alice', action: 'signing_key.create', target: record.kid });
    const signature = token.split('.')[2]!;
    expect(JSON.stringify(f.store.audit.newestFirst(10))).not.toContain(signature);
  });
});

describe('list', () => {
  it('lists newest first with a status derived from the clock', async () => {
    const old = await f.tokens.create({ label: 'expires in 5 days', expiresAt: inDays(5) }, alice);
    f.clock.advance(1000);
    const soon = await f.tokens.create({ label: 'expires in 40 days', expiresAt: inDays(40) }, alice);
    f.clock.advance(1000);
    const revoked = await f.tokens.create({ label: 'revoked', expiresAt: inDays(400) }, alice);
    f.clock.advance(1000);
    const fresh = await f.tokens.create({ label: 'active', expiresAt: inDays(400) }, alice);
    f.tokens.revoke(revoked.record.id, bob);

    const byLabel = () => f.tokens.list().map((t) => [t.label, t.status]);
    expect(f.tokens.list().map((t) => t.id)).toEqual([fresh, revoked, soon, old].map((t) => t.record.id));
    expect(byLabel()).toEqual([
      ['active', 'active'],
      ['revoked', 'revoked'],
      ['expires in 40 days', 'active'],
      ['expires in 5 days', 'expires_soon'],
    ]);
    f.clock.set(inDays(10));
    expect(byLabel()).toEqual([
      ['active', 'active'],
      ['revoked', 'revoked'],
      ['expires in 40 days', 'expires_soon'],
      ['expires in 5 days', 'expired'],
    ]);
  });
});

describe('revoke', () => {
  it('marks the token revoked by the actor and audits it', async () => {
    const { record } = await f.tokens.create({ label: 'to revoke', expiresAt: inDays(30) }, alice);
    f.clock.advance(5000);
    const revoked = f.tokens.revoke(record.id, bob);
    expect(revoked).toMatchObject({ id: record.id, status: 'revoked', revokedBy: 'bob', revokedAt: f.clock.now().toISOString() });
    expect(f.store.audit.newestFirst(1)[0]).toMatchObject({
      actor: 'bob',
      action: 'token.revoke',
      target: record.id,
      details: { label: 'to revoke' },
    });
  });

  it('refuses an unknown id with not_found naming id, writing nothing', async () => {
    await f.tokens.create({ label: 'a', expiresAt: inDays(30) }, alice);
    const audits = countRows(f.store, 'audit_log');
    expect(() => f.tokens.revoke('00000000-0000-4000-8000-000000000000', bob)).toThrow(
      expect.objectContaining({ code: 'not_found', field: 'id' }),
    );
    expect(countRows(f.store, 'audit_log')).toBe(audits);
    expect(f.tokens.list().every((t) => t.revokedAt === null)).toBe(true);
  });

  it('refuses revoking twice with conflict, keeping the first revocation', async () => {
    const { record } = await f.tokens.create({ label: 'twice', expiresAt: inDays(30) }, alice);
    f.tokens.revoke(record.id, alice);
    const audits = countRows(f.store, 'audit_log');
    f.clock.advance(60_000);
    expect(() => f.tokens.revoke(record.id, bob)).toThrow(expect.objectContaining({ code: 'conflict', field: 'id' }));
    expect(countRows(f.store, 'audit_log')).toBe(audits);
    expect(f.store.tokens.byId(record.id)).toMatchObject({ revokedBy: 'alice', revokedAt: START.toISOString() });
  });
});

describe('bad input is refused and nothing is written', () => {
  // The limit is the end of the day 15 years ahead: 15 years and one day, to the second.
  const fifteenYearsAndASecond = new Date(START);
  fifteenYearsAndASecond.setUTCFullYear(START.getUTCFullYear() + 15);
  fifteenYearsAndASecond.setTime(fifteenYearsAndASecond.getTime() + 24 * 60 * 60 * 1000 + 1000);
  const cases: Array<[string, { label: string; expiresAt: Date | string }, string]> = [
    ['empty label', { label: '', expiresAt: inDays(30) }, 'label'],
    ['whitespace-only label', { label: ' \t\n ', expiresAt: inDays(30) }, 'label'],
    ['101-character label', { label: 'x'.repeat(101), expiresAt: inDays(30) }, 'label'],
    ['expiry in the past', { label: 'ok', expiresAt: new Date(START.getTime() - 1000) }, 'expiresAt'],
    ['expiry exactly now', { label: 'ok', expiresAt: START }, 'expiresAt'],
    ['expiry under a second ahead (exp would be now)', { label: 'ok', expiresAt: new Date(START.getTime() + 999) }, 'expiresAt'],
    ['expiry more than 15 years and a day ahead', { label: 'ok', expiresAt: fifteenYearsAndASecond }, 'expiresAt'],
    ['unparseable expiry', { label: 'ok', expiresAt: 'next tuesday' }, 'expiresAt'],
  ];
  it.each(cases)('%s', async (_name, input, field) => {
    const error = await f.tokens.create(input, alice).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'validation', field });
    expect(countRows(f.store, 'signing_keys')).toBe(0);
    expect(countRows(f.store, 'scim_tokens')).toBe(0);
    expect(countRows(f.store, 'audit_log')).toBe(0);
    expect(f.secrets.accounts()).toEqual([]);
  });
});
