// An in-memory SecretStore for unit tests only; it can pretend the keychain is unreachable.
import { SecretsUnavailableError, type SecretStore } from './secret-store';

export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();
  private unavailable: string | null = null;

  /** Every call fails as a real keychain would without D-Bus, until `makeAvailable()`. */
  makeUnavailable(detail = 'simulated: no Secret Service on the session bus'): void {
    this.unavailable = detail;
  }

  makeAvailable(): void {
    this.unavailable = null;
  }

  accounts(): string[] {
    return [...this.secrets.keys()];
  }

  async get(account: string): Promise<string | null> {
    this.check();
    return this.secrets.get(account) ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    this.check();
    this.secrets.set(account, secret);
  }

  async delete(account: string): Promise<boolean> {
    this.check();
    return this.secrets.delete(account);
  }

  private check(): void {
    if (this.unavailable !== null) throw new SecretsUnavailableError(this.unavailable);
  }
}
