// The SecretStore seam between services and the OS keychain, and the one error for "no keychain here".

/** Secrets by account name, under the app's one keychain service. */
export interface SecretStore {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  /** Resolves false when there was nothing to delete. */
  delete(account: string): Promise<boolean>;
}

/**
 * The keychain cannot be reached. There is deliberately no plaintext fallback: callers surface this as
 * an `unavailable` error, and the message tells the administrator what to install or start.
 */
export class SecretsUnavailableError extends Error {
  constructor(
    readonly detail: string,
    platform: NodeJS.Platform = process.platform,
  ) {
    super(`The OS keychain is not available (${detail}). ${keychainRequirement(platform)}`);
    this.name = 'SecretsUnavailableError';
  }
}

export function keychainRequirement(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return (
        'The Identity Service keeps its token-signing key in the macOS Keychain: ' +
        'sign in to a user session whose login keychain is unlocked.'
      );
    case 'win32':
      return (
        'The Identity Service keeps its token-signing key in the Windows Credential Manager: ' +
        'run it as a user with a loaded profile.'
      );
    default:
      return (
        'The Identity Service keeps its token-signing key in the OS keychain, which on Linux is GNOME Keyring ' +
        '(or another Secret Service provider) over D-Bus: install gnome-keyring and libsecret-1-0 and make sure ' +
        'a session D-Bus is running (DBUS_SESSION_BUS_ADDRESS set) with the keyring unlocked.'
      );
  }
}
