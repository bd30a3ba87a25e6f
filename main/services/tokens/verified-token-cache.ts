// A bounded LRU of tokens whose signature, issuer and audience were already checked. It only saves the
// signature check: callers still apply exp/nbf and the revocation lookup on every hit.
import { hash } from 'node:crypto';

export interface VerifiedClaims {
  jti: string;
  kid: string;
  exp: number;
  nbf: number | null;
  /** Which audience the token carries ('scim' or 'api'); compared with the endpoint on every call. */
  kind: 'scim' | 'api';
  /** The signature's s is the high one: refused for a token issued with the low s (low-s.ts). */
  highS: boolean;
}

export const DEFAULT_CACHE_SIZE = 4096;

export class VerifiedTokenCache {
  private readonly entries = new Map<string, VerifiedClaims>();

  constructor(private readonly maxEntries: number = DEFAULT_CACHE_SIZE) {}

  /** Keyed by a hash so the process memory holds no usable bearer token (one-shot: half the cost of createHash). */
  static keyOf(token: string): string {
    return hash('sha256', token, 'base64url');
  }

  get(key: string): VerifiedClaims | undefined {
    const claims = this.entries.get(key);
    if (claims) {
      this.entries.delete(key);
      this.entries.set(key, claims);
    }
    return claims;
  }

  set(key: string, claims: VerifiedClaims): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, claims);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
