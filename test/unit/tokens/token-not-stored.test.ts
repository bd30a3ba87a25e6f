// The compact token is returned once and never reaches SQLite: not the main file, not the WAL.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { databasePath } from '../../../main/store/database';
import { alice, DAY_MS, openTokenFixture, START, storedPrivateKey, type TokenFixture } from '../../fixtures/token-fixture';

let f: TokenFixture;
beforeEach(() => {
  f = openTokenFixture();
});
afterEach(() => f.close());

function databaseBytes(): Buffer {
  const main = databasePath(f.dir);
  const wal = `${main}-wal`;
  return Buffer.concat([readFileSync(main), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

it('neither the token, its signature nor the private key appear in the database or WAL files', async () => {
  const created = [];
  for (const label of ['Entra ID', 'Okta', 'OneLogin']) {
    created.push(await f.tokens.create({ label, expiresAt: new Date(START.getTime() + 90 * DAY_MS) }, alice));
  }
  for (const { token } of created) {
    f.clock.advance(61_000);
    expect(await f.tokens.verify(token, { remoteAddress: '203.0.113.9' })).toMatchObject({ ok: true });
  }
  f.tokens.revoke(created[0]!.record.id, alice);
  const { jwk } = await storedPrivateKey(f.secrets, created[0]!.record.kid);

  const checkpoints = [databaseBytes()];
  f.store.db.pragma('wal_checkpoint(TRUNCATE)');
  checkpoints.push(databaseBytes());
  for (const bytes of checkpoints) {
    // Positive control: the search does see what is stored (ids, labels, the public key).
    for (const { record } of created) {
      expect(bytes.includes(record.id)).toBe(true);
      expect(bytes.includes(record.label)).toBe(true);
    }
    expect(bytes.includes(String(jwk.x))).toBe(true);
    for (const { token } of created) {
      const [header, payload, signature] = token.split('.') as [string, string, string];
      expect(bytes.includes(token)).toBe(false);
      expect(bytes.includes(signature)).toBe(false);
      expect(bytes.includes(Buffer.from(signature, 'base64url'))).toBe(false);
      expect(bytes.includes(`${header}.${payload}`)).toBe(false);
    }
    expect(bytes.includes(String(jwk.d))).toBe(false);
    expect(bytes.includes(Buffer.from(String(jwk.d), 'base64url'))).toBe(false);
  }
});
