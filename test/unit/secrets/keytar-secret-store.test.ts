// The keytar adapter's error mapping (keytar mocked): every keychain failure is SecretsUnavailableError.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYCHAIN_SERVICE, KeytarSecretStore } from '../../../main/secrets/keytar-secret-store';
import { keychainRequirement, SecretsUnavailableError } from '../../../main/secrets/secret-store';

const keytar = vi.hoisted(() => ({
  getPassword: vi.fn<(service: string, account: string) => Promise<string | null>>(),
  setPassword: vi.fn<(service: string, account: string, password: string) => Promise<void>>(),
  deletePassword: vi.fn<(service: string, account: string) => Promise<boolean>>(),
}));
vi.mock('keytar', () => ({ default: keytar, ...keytar }));

afterEach(() => vi.resetAllMocks());

describe('KeytarSecretStore', () => {
  it('uses the "Identity Service Console" service and passes values through', async () => {
    keytar.getPassword.mockResolvedValue('secret');
    keytar.setPassword.mockResolvedValue();
    keytar.deletePassword.mockResolvedValue(true);
    const store = new KeytarSecretStore();
    expect(await store.get('acct')).toBe('secret');
    await store.set('acct', 'value');
    expect(await store.delete('acct')).toBe(true);
    expect(KEYCHAIN_SERVICE).toBe('Identity Service Console');
    expect(keytar.getPassword).toHaveBeenCalledWith('Identity Service Console', 'acct');
    expect(keytar.setPassword).toHaveBeenCalledWith('Identity Service Console', 'acct', 'value');
    expect(keytar.deletePassword).toHaveBeenCalledWith('Identity Service Console', 'acct');
  });

  it('reports "not found" as null and false, not as an error', async () => {
    keytar.getPassword.mockResolvedValue(null);
    keytar.deletePassword.mockResolvedValue(false);
    const store = new KeytarSecretStore();
    expect(await store.get('missing')).toBeNull();
    expect(await store.delete('missing')).toBe(false);
  });

  it.each([
    ['get', (s: KeytarSecretStore) => s.get('a'), keytar.getPassword],
    ['set', (s: KeytarSecretStore) => s.set('a', 'b'), keytar.setPassword],
    ['delete', (s: KeytarSecretStore) => s.delete('a'), keytar.deletePassword],
  ] as const)('turns a keychain failure in %s into SecretsUnavailableError', async (_name, call, mock) => {
    (mock as ReturnType<typeof vi.fn>).mockRejectedValue(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'));
    const error = await call(new KeytarSecretStore()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretsUnavailableError);
    expect((error as Error).message).toContain('Cannot autolaunch D-Bus without X11 $DISPLAY');
    expect((error as Error).message).toContain(keychainRequirement(process.platform));
  });
});

describe('keychainRequirement', () => {
  it('tells a Linux administrator what to install and start', () => {
    expect(keychainRequirement('linux')).toContain(
      'GNOME Keyring (or another Secret Service provider) over D-Bus: ' +
        'install gnome-keyring and libsecret-1-0 and make sure a session D-Bus is running',
    );
  });

  it('names the platform keychain elsewhere', () => {
    expect(keychainRequirement('darwin')).toMatch(/macOS Keychain/);
    expect(keychainRequirement('win32')).toMatch(/Windows Credential Manager/);
  });
});
