// The in-memory fake behaves like a keychain, including when it is "unavailable".
import { describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { SecretsUnavailableError } from '../../../main/secrets/secret-store';

describe('MemorySecretStore', () => {
  it('stores, reads and deletes secrets by account', async () => {
    const store = new MemorySecretStore();
    expect(await store.get('a')).toBeNull();
    await store.set('a', 'one');
    expect(await store.get('a')).toBe('one');
    expect(store.accounts()).toEqual(['a']);
    expect(await store.delete('a')).toBe(true);
    expect(await store.delete('a')).toBe(false);
    expect(await store.get('a')).toBeNull();
  });

  it('refuses every call while unavailable and keeps what it held', async () => {
    const store = new MemorySecretStore();
    await store.set('a', 'one');
    store.makeUnavailable();
    await expect(store.get('a')).rejects.toBeInstanceOf(SecretsUnavailableError);
    await expect(store.set('b', 'two')).rejects.toBeInstanceOf(SecretsUnavailableError);
    await expect(store.delete('a')).rejects.toBeInstanceOf(SecretsUnavailableError);
    store.makeAvailable();
    expect(store.accounts()).toEqual(['a']);
  });
});
