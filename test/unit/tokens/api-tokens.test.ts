// Tokens of the user management API: their own audience and scopes, refused where a SCIM token is
// expected and the other way round (also from the cache), and not stopped by the provisioning switch.
import { decodeJwt } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenAudience } from '../../../main/services/tokens/token-claims';
import { Store } from '../../../main/store/store';
import { tokenCreateInput } from '../../../preload/contract';
import { makeTempDir } from '../../fixtures/temp-dir';
import { alice, DAY_MS, openTokenFixture, setProvisioningEnabled, START, type TokenFixture } from '../../fixtures/token-fixture';
import { databaseAtVersion } from '../../fixtures/database-at-version';

let f: TokenFixture;
beforeEach(() => {
  f = openTokenFixture();
});
afterEach(() => f.close());

const expiresAt = () => new Date(START.getTime() + 30 * DAY_MS);

describe('API tokens', () => {
  it('carry the API audience, their scopes (write implies read) and are listed with their kind', async () => {
    const { token, record } = await f.tokens.create(
      { label: 'HR sync', expiresAt: expiresAt(), kind: 'api', scopes: ['employees:write'] },
      alice,
    );
    const claims = decodeJwt(token);
    const tenantId = f.store.installation.tenantId();
    expect(claims.aud).toBe(tokenAudience(tenantId, 'api'));
    expect(claims.aud).not.toBe(tokenAudience(tenantId, 'scim'));
    expect(claims.scope).toBe('employees:read employees:write');
    expect(record).toMatchObject({ kind: 'api', scopes: ['employees:read', 'employees:write'] });
    await f.tokens.create({ label: 'Entra', expiresAt: expiresAt() }, alice);
    expect(f.tokens.list().map((t) => [t.label, t.kind])).toEqual([
      ['Entra', 'scim'],
      ['HR sync', 'api'],
    ]);
    expect(f.tokens.list('api').map((t) => t.label)).toEqual(['HR sync']);
    expect(f.tokens.list('scim').map((t) => t.label)).toEqual(['Entra']);
    const audit = f.store.db
      .prepare("SELECT details FROM audit_log WHERE action = 'token.create' AND target = ?")
      .pluck()
      .get(record.id) as string;
    expect(JSON.parse(audit)).toMatchObject({ kind: 'api', scopes: ['employees:read', 'employees:write'] });
  });

  it('are refused as SCIM tokens and SCIM tokens are refused as API tokens, also once cached', async () => {
    const api = await f.tokens.create(
      { label: 'HR sync', expiresAt: expiresAt(), kind: 'api', scopes: ['employees:read'] },
      alice,
    );
    const scim = await f.tokens.create({ label: 'Entra', expiresAt: expiresAt() }, alice);
    // Warm the cache with each token's own kind first.
    expect(await f.tokens.verify(api.token, { kind: 'api' })).toEqual({
      ok: true,
      tokenId: api.record.id,
      label: 'HR sync',
      kind: 'api',
      scopes: ['employees:read'],
    });
    expect(await f.tokens.verify(scim.token, { kind: 'scim' })).toMatchObject({ ok: true, kind: 'scim' });
    const checked = f.tokens.verifierStats.signaturesChecked;
    expect(await f.tokens.verify(api.token)).toEqual({ ok: false, reason: 'wrong_kind' });
    expect(await f.tokens.verify(api.token, { kind: 'scim' })).toEqual({ ok: false, reason: 'wrong_kind' });
    expect(await f.tokens.verify(scim.token, { kind: 'api' })).toEqual({ ok: false, reason: 'wrong_kind' });
    expect(f.tokens.verifierStats.signaturesChecked).toBe(checked);
    expect(await f.tokens.verify(api.token, { kind: 'api' })).toMatchObject({ ok: true });
  });

  it('work while provisioning is disabled; SCIM tokens do not', async () => {
    const api = await f.tokens.create(
      { label: 'HR sync', expiresAt: expiresAt(), kind: 'api', scopes: ['employees:read'] },
      alice,
    );
    const scim = await f.tokens.create({ label: 'Entra', expiresAt: expiresAt() }, alice);
    setProvisioningEnabled(f.store, false);
    expect(await f.tokens.verify(api.token, { kind: 'api' })).toMatchObject({ ok: true });
    expect(await f.tokens.verify(scim.token)).toMatchObject({ ok: false, reason: 'disabled' });
  });

  it('are revoked like SCIM tokens: refused on the next call', async () => {
    const api = await f.tokens.create(
      { label: 'HR sync', expiresAt: expiresAt(), kind: 'api', scopes: ['employees:read'] },
      alice,
    );
    expect(await f.tokens.verify(api.token, { kind: 'api' })).toMatchObject({ ok: true });
    f.tokens.revoke(api.record.id, alice);
    expect(await f.tokens.verify(api.token, { kind: 'api' })).toEqual({
      ok: false,
      reason: 'revoked',
      identified: { tokenId: api.record.id, label: 'HR sync' },
    });
  });

  it('need a known scope; a SCIM token takes none; nothing is written when refused', async () => {
    const refuse = (input: object) => f.tokens.create({ label: 'x', expiresAt: expiresAt(), ...input }, alice);
    await expect(refuse({ kind: 'api' })).rejects.toMatchObject({ code: 'validation', field: 'scopes' });
    await expect(refuse({ kind: 'api', scopes: ['employees:delete'] })).rejects.toMatchObject({
      code: 'validation',
      field: 'scopes',
    });
    await expect(refuse({ kind: 'scim', scopes: ['employees:read'] })).rejects.toMatchObject({
      code: 'validation',
      field: 'scopes',
    });
    await expect(refuse({ kind: 'admin' })).rejects.toMatchObject({ code: 'validation', field: 'kind' });
    expect(f.tokens.list()).toEqual([]);
  });

  it('the contract refuses the same, naming scopes, and defaults to a SCIM token', () => {
    const base = { label: 'x', expiresAt: '2031-01-01T00:00:00Z' };
    expect(tokenCreateInput.parse(base)).toMatchObject({ kind: 'scim', scopes: [] });
    const missing = tokenCreateInput.safeParse({ ...base, kind: 'api' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['scopes']);
    expect(tokenCreateInput.safeParse({ ...base, kind: 'api', scopes: ['nope'] }).error?.issues[0]?.message).toMatch(
      /unknown scope 'nope'/,
    );
  });
});

describe('migration 006 on a database with tokens', () => {
  it('makes every existing token a SCIM token with no scopes, and refuses an API token without scopes', () => {
    const dir = makeTempDir();
    try {
      const db = databaseAtVersion(dir.path, 5);
      db.prepare("INSERT INTO signing_keys (kid, alg, public_jwk, created_at) VALUES ('k', 'ES256', '{}', '2030-01-01')").run();
      db.prepare(
        "INSERT INTO scim_tokens (id, label, kid, created_at, created_by, expires_at) VALUES (?, 'old', 'k', '2030-01-01', 'ann', '2031-01-01')",
      ).run('00000000-0000-4000-8000-000000000001');
      db.close();
      const store = Store.open(dir.path);
      try {
        expect(store.tokens.byId('00000000-0000-4000-8000-000000000001')).toMatchObject({ kind: 'scim', scopes: [] });
        const insert = (kind: 'scim' | 'api', scopes: string[]) =>
          store.tokens.insert({
            id: crypto.randomUUID(),
            label: 'n',
            kid: 'k',
            createdAt: '2030-01-02',
            createdBy: 'ann',
            expiresAt: '2031-01-01',
            kind,
            scopes,
          });
        expect(() => insert('api', [])).toThrow(/CHECK/);
        expect(() => insert('scim', ['employees:read'])).toThrow(/CHECK/);
      } finally {
        store.close();
      }
    } finally {
      dir.remove();
    }
  });
});
