// Token-signing keys: ES256 pairs whose private half lives only in the keychain and public half in SQLite.
// A new key is written to the keychain first and reaches SQLite only inside the caller's transaction,
// so a keychain failure leaves no row behind and a failed transaction leaves no orphan secret.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { SecretsUnavailableError, type SecretStore } from '../../secrets/secret-store';
import type { Store } from '../../store/store';
import type { Actor, Clock } from '../context';
import { ServiceError } from '../errors';
import { signingKeyAccount, TOKEN_ALG } from './token-claims';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/** A key already in the keychain whose public row is not yet in SQLite. */
export interface PendingSigningKey extends SigningKey {
  publicJwk: JWK;
}

/** Another process created the current key between our check and our insert; retrying uses theirs. */
export class SigningKeyRaceError extends Error {}

export class SigningKeyManager {
  private readonly privateKeys = new Map<string, CryptoKey>();

  constructor(
    private readonly store: Store,
    private readonly secrets: SecretStore,
    private readonly clock: Clock,
  ) {}

  /** The current key, or a new pending one on first use; a pending key must be `insert`ed or `discard`ed. */
  async forSigning(): Promise<{ key: SigningKey; pending: PendingSigningKey | null }> {
    const current = this.store.signingKeys.current();
    if (current) return { key: { kid: current.kid, privateKey: await this.privateKey(current.kid) }, pending: null };
    const pending = await this.createInKeychain();
    return { key: pending, pending };
  }

  /** Call inside the transaction that first uses `pending`. */
  insert(pending: PendingSigningKey, at: string, actor: Actor): void {
    if (this.store.signingKeys.current()) throw new SigningKeyRaceError('a signing key was created concurrently');
    this.store.signingKeys.insert({ kid: pending.kid, alg: TOKEN_ALG, publicJwk: pending.publicJwk, createdAt: at });
    this.store.audit.append({
      at,
      actor: actor.name,
      action: 'signing_key.create',
      target: pending.kid,
      details: { alg: TOKEN_ALG },
    });
    this.privateKeys.set(pending.kid, pending.privateKey);
  }

  /** Best effort: the caller is already failing with a better error than a cleanup problem. */
  async discard(pending: PendingSigningKey): Promise<void> {
    this.privateKeys.delete(pending.kid);
    await this.secrets.delete(signingKeyAccount(pending.kid)).catch(() => false);
  }

  /** Retires the current key (tokens it signed keep verifying) and makes a new one current. */
  async rotate(actor: Actor): Promise<{ kid: string; retiredKid: string | null }> {
    const next = await this.createInKeychain();
    let retiredKid: string | null;
    try {
      retiredKid = this.store.transaction(() => {
        const at = this.clock.now().toISOString();
        const current = this.store.signingKeys.current();
        if (current) this.store.signingKeys.retire(current.kid, at);
        this.store.signingKeys.insert({ kid: next.kid, alg: TOKEN_ALG, publicJwk: next.publicJwk, createdAt: at });
        this.store.audit.append({
          at,
          actor: actor.name,
          action: 'signing_key.rotate',
          target: next.kid,
          details: { retiredKid: current?.kid ?? null },
        });
        return current?.kid ?? null;
      });
    } catch (error) {
      await this.discard(next);
      throw error;
    }
    this.privateKeys.set(next.kid, next.privateKey);
    if (retiredKid !== null) {
      // Verifying a retired key's tokens needs only its public half; dropping the private half means
      // it can never sign again. Best effort: the rotation itself is already committed.
      this.privateKeys.delete(retiredKid);
      await this.secrets.delete(signingKeyAccount(retiredKid)).catch(() => false);
    }
    return { kid: next.kid, retiredKid };
  }

  private async createInKeychain(): Promise<PendingSigningKey> {
    const pair = await generateKeyPair(TOKEN_ALG, { extractable: true });
    const exported = await exportJWK(pair.publicKey);
    const kid = await calculateJwkThumbprint(exported);
    const publicJwk: JWK = { ...exported, kid, alg: TOKEN_ALG, use: 'sig' };
    const privateJwk: JWK = { ...(await exportJWK(pair.privateKey)), kid, alg: TOKEN_ALG };
    await keychain(this.secrets.set(signingKeyAccount(kid), JSON.stringify(privateJwk)));
    return { kid, privateKey: pair.privateKey, publicJwk };
  }

  private async privateKey(kid: string): Promise<CryptoKey> {
    const cached = this.privateKeys.get(kid);
    if (cached) return cached;
    const stored = await keychain(this.secrets.get(signingKeyAccount(kid)));
    if (stored === null) {
      throw new ServiceError(
        'unavailable',
        `The private half of signing key ${kid} is not in this computer's OS keychain (the database may have ` +
          'been copied from another computer, or the keychain reset). Rotate the signing key to create a new ' +
          'one; tokens signed with the old key keep working.',
      );
    }
    const key = (await importJWK(JSON.parse(stored) as JWK, TOKEN_ALG)) as CryptoKey;
    this.privateKeys.set(kid, key);
    return key;
  }
}

async function keychain<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof SecretsUnavailableError) throw new ServiceError('unavailable', error.message);
    throw error;
  }
}
