// The 002-tokens migration's constraints: they back up the services' rules at the database level.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { currentSchemaVersion } from '../../../main/store/migrator';
import { Store } from '../../../main/store/store';
import { makeTempDir } from '../../fixtures/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let store: Store;
const jwk = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' };
const at = '2030-01-01T00:00:00.000Z';
const later = '2031-01-01T00:00:00.000Z';
const id = '11111111-1111-4111-8111-111111111111';

beforeEach(() => {
  temp = makeTempDir();
  store = Store.open(temp.path);
});
afterEach(() => {
  store.close();
  temp.remove();
});

it('is recorded as migration 2, under the current schema', () => {
  expect(store.db.prepare('SELECT name FROM schema_migrations WHERE version = 2').pluck().get()).toBe('002-tokens');
  expect(currentSchemaVersion(store.db)).toBeGreaterThanOrEqual(2);
});

it('refuses a private JWK in signing_keys', () => {
  expect(() => store.signingKeys.insert({ kid: 'k1', alg: 'ES256', publicJwk: { ...jwk, d: 'secret' }, createdAt: at })).toThrow(
    /CHECK constraint failed/,
  );
  expect(store.signingKeys.all()).toEqual([]);
});

it('allows only one current key', () => {
  store.signingKeys.insert({ kid: 'k1', alg: 'ES256', publicJwk: jwk, createdAt: at });
  expect(() => store.signingKeys.insert({ kid: 'k2', alg: 'ES256', publicJwk: jwk, createdAt: at })).toThrow(/UNIQUE/);
  expect(store.signingKeys.retire('k1', later)).toBe(true);
  store.signingKeys.insert({ kid: 'k2', alg: 'ES256', publicJwk: jwk, createdAt: later });
  expect(store.signingKeys.current()?.kid).toBe('k2');
  expect(store.signingKeys.retire('k1', later)).toBe(false);
});

it('refuses a token for an unknown key, an empty label, or an expiry not after creation', () => {
  store.signingKeys.insert({ kid: 'k1', alg: 'ES256', publicJwk: jwk, createdAt: at });
  const row = { id, label: 'ok', kid: 'k1', createdAt: at, createdBy: 'alice', expiresAt: later };
  expect(() => store.tokens.insert({ ...row, kid: 'nope' })).toThrow(/FOREIGN KEY/);
  expect(() => store.tokens.insert({ ...row, label: '' })).toThrow(/CHECK/);
  expect(() => store.tokens.insert({ ...row, label: ' padded ' })).toThrow(/CHECK/);
  expect(() => store.tokens.insert({ ...row, expiresAt: at })).toThrow(/CHECK/);
  expect(store.tokens.newestFirst()).toEqual([]);
  store.tokens.insert(row);
  expect(store.tokens.revoke(id, later, 'bob')).toBe(true);
  expect(store.tokens.revoke(id, later, 'bob')).toBe(false);
});
