// The real SecretStore: the OS keychain through keytar (Keychain, Credential Manager, Secret Service).
import { SecretsUnavailableError, type SecretStore } from './secret-store';

export const KEYCHAIN_SERVICE = 'Identity Service Console';

type Keytar = Pick<typeof import('keytar'), 'getPassword' | 'setPassword' | 'deletePassword'>;

export class KeytarSecretStore implements SecretStore {
  private keytar: Promise<Keytar> | undefined;

  constructor(private readonly service: string = KEYCHAIN_SERVICE) {}

  get(account: string): Promise<string | null> {
    return this.call((k) => k.getPassword(this.service, account));
  }

  set(account: string, secret: string): Promise<void> {
    return this.call((k) => k.setPassword(this.service, account, secret));
  }

  delete(account: string): Promise<boolean> {
    return this.call((k) => k.deletePassword(this.service, account));
  }

  // keytar answers "not found" with null/false, so every rejection means the keychain itself failed
  // (no D-Bus, no provider, locked collection): all of them are "unavailable", never a fallback.
  private async call<T>(work: (keytar: Keytar) => Promise<T>): Promise<T> {
    const keytar = await this.load();
    try {
      return await work(keytar);
    } catch (error) {
      throw new SecretsUnavailableError(describe(error));
    }
  }

  // Loaded on first use, not at import: a missing libsecret must not stop the app from starting, only
  // the token features that need the keychain.
  private load(): Promise<Keytar> {
    this.keytar ??= import('keytar').then(
      (mod) => (mod as { default?: Keytar }).default ?? mod,
      (error: unknown) => {
        this.keytar = undefined;
        throw new SecretsUnavailableError(`keytar could not be loaded: ${describe(error)}`);
      },
    );
    return this.keytar;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
