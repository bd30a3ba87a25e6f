// Tokens against the real OS keychain (GNOME Keyring over D-Bus via keytar), across a simulated restart.
// Run inside a throwaway keyring: bash scripts/with-keyring.sh npx vitest run test/integration/keychain
import { randomUUID } from 'node:crypto';
import { decodeProtectedHeader } from 'jose';
import * as keytar from 'keytar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE, KeytarSecretStore } from '../../../main/secrets/keytar-secret-store';
import { createServices, type Services } from '../../../main/services/services';
import { Store } from '../../../main/store/store';
import { signingKeyAccount } from '../../../main/services/tokens/token-claims';
import { makeTempDir } from '../../fixtures/temp-dir';
import { setProvisioningEnabled } from '../../fixtures/token-fixture';

const noDbus = !process.env.DBUS_SESSION_BUS_ADDRESS;
const actor = { name: 'integration-test' };
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);

// skipIf takes no reason, so the suite's title carries it when skipped.
describe.skipIf(noDbus)(
  noDbus
    ? 'real keychain: SKIPPED, no session D-Bus (DBUS_SESSION_BUS_ADDRESS unset); run via scripts/with-keyring.sh'
    : 'tokens with the real keychain',
  () => {
    const kids = new Set<string>();
    let temp: ReturnType<typeof makeTempDir>;
    let services: Services;
    let store: Store;

    // In beforeAll, not the describe body: a skipped suite's body still runs and would leak the dir.
    beforeAll(() => {
      temp = makeTempDir();
      store = Store.open(temp.path);
      services = createServices(store);
      setProvisioningEnabled(store, true);
    });
    afterAll(async () => {
      services.close();
      // Leave nothing behind in whichever keyring we ran against.
      for (const kid of kids) await keytar.deletePassword(KEYCHAIN_SERVICE, signingKeyAccount(kid));
      temp.remove();
    });

    const restart = () => {
      services.close();
      store = Store.open(temp.path);
      services = createServices(store);
    };

    it('creates the key in the keychain, signs, and verifies after a restart; rotation keeps old tokens valid', async () => {
      const first = await services.tokens.create({ label: 'before restart', expiresAt: inDays(30) }, actor);
      const kid1 = first.record.kid;
      kids.add(kid1);
      const stored = await keytar.getPassword(KEYCHAIN_SERVICE, signingKeyAccount(kid1));
      expect(JSON.parse(stored ?? '{}')).toMatchObject({ kty: 'EC', crv: 'P-256', kid: kid1, d: expect.any(String) });

      restart();
      expect(await services.tokens.verify(first.token)).toEqual({
        ok: true,
        tokenId: first.record.id,
        label: 'before restart',
        kind: 'scim',
        scopes: [],
      });
      // Signing again after the restart reads the private key back from the keychain.
      const second = await services.tokens.create({ label: 'after restart', expiresAt: inDays(30) }, actor);
      expect(second.record.kid).toBe(kid1);
      expect(await services.tokens.verify(second.token)).toMatchObject({ ok: true, tokenId: second.record.id });

      const rotation = await services.tokens.rotateKey(actor);
      kids.add(rotation.kid);
      expect(rotation).toEqual({ kid: expect.any(String), retiredKid: kid1 });
      expect(rotation.kid).not.toBe(kid1);
      expect(await keytar.getPassword(KEYCHAIN_SERVICE, signingKeyAccount(kid1))).toBeNull();

      restart();
      expect(await services.tokens.verify(first.token)).toMatchObject({ ok: true, tokenId: first.record.id });
      const third = await services.tokens.create({ label: 'after rotation', expiresAt: inDays(30) }, actor);
      expect(decodeProtectedHeader(third.token).kid).toBe(rotation.kid);
      expect(third.record.kid).toBe(rotation.kid);
      expect(await services.tokens.verify(third.token)).toMatchObject({ ok: true, tokenId: third.record.id });
    });

    it('can delete the signing secrets afterwards', async () => {
      const secrets = new KeytarSecretStore();
      const current = store.signingKeys.current();
      expect(current).toBeDefined();
      const account = signingKeyAccount(current!.kid);
      expect(await secrets.get(account)).not.toBeNull();
      expect(await secrets.delete(account)).toBe(true);
      expect(await secrets.get(account)).toBeNull();
      expect(await secrets.delete(account)).toBe(false);
    });

    it('round-trips an arbitrary secret through the adapter', async () => {
      const secrets = new KeytarSecretStore();
      const account = `integration-test/${randomUUID()}`;
      await secrets.set(account, 'value with spaces and ünïcode');
      expect(await secrets.get(account)).toBe('value with spaces and ünïcode');
      expect(await secrets.delete(account)).toBe(true);
      expect(await secrets.get(account)).toBeNull();
    });
  },
);
