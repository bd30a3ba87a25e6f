// The real keytar adapter where no keychain can be reached (Linux without a session D-Bus): it must fail
// with SecretsUnavailableError, never hang and never fall back to anything else.
import { expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store';
import { SecretsUnavailableError } from '../../../main/secrets/secret-store';

const noKeychainReachable = process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS && !process.env.DISPLAY;

it.runIf(noKeychainReachable)('get, set and delete all fail with SecretsUnavailableError', async () => {
  const store = new KeytarSecretStore('Identity Service Console (unit test)');
  for (const call of [() => store.get('a'), () => store.set('a', 'b'), () => store.delete('a')]) {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretsUnavailableError);
    expect((error as Error).message).toMatch(/install gnome-keyring and libsecret-1-0/);
  }
});
