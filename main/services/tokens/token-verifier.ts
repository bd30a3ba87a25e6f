// Decides whether a bearer token may call the SCIM gateway or the user management API (the caller names
// which kind it expects). Fails closed with one reason per refusal. Checks, in order: shape, algorithm
// allowlist (ES256 only), known kid, signature, iss/aud (the audience tells the kind), the expected kind,
// exp/nbf with skew, jti known, of the same kind and not revoked (SQLite on every call, so a revocation by
// another process sharing the database applies on the next request), provisioning enabled (SCIM tokens
// only: the user management API is WFO's own directory and works while provisioning is off).
import { base64url, compactVerify, decodeProtectedHeader, errors, importJWK, type CryptoKey } from 'jose';
import type { Store } from '../../store/store';
import type { TokenRow } from '../../store/tokens-repository';
import type { TokenKind } from '../../../preload/token-kinds';
import type { Clock } from '../context';
import { CLOCK_SKEW_SECONDS, TOKEN_ALG, tokenAudience, tokenIssuer } from './token-claims';
import { VerifiedTokenCache, type VerifiedClaims } from './verified-token-cache';
import { StoreBusy } from '../../store/store-errors';
import { hasHighS } from './low-s';

export type VerifyFailureReason =
  | 'malformed'
  | 'unsupported_alg'
  | 'unknown_key'
  | 'bad_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_issuer'
  | 'wrong_audience'
  /** A genuine token of the other kind: a SCIM token at /api/v1, or an API token at the SCIM base path. */
  | 'wrong_kind'
  | 'unknown_token'
  | 'revoked'
  | 'disabled';

export type VerifyResult =
  | { ok: true; tokenId: string; label: string; kind: TokenKind; scopes: readonly string[] }
  | { ok: false; reason: VerifyFailureReason }
  /** A genuine token while provisioning is off: who called is known, so the refusal can name them. */
  | { ok: false; reason: 'disabled'; tokenId: string; label: string }
  /**
   * A token of ours, genuinely signed, refused for its lifetime: which token it was is known (for the
   * log only; the caller is refused like any other). A forged token never gets here: the signature
   * is checked first.
   */
  | { ok: false; reason: 'expired' | 'revoked'; identified: { tokenId: string; label: string } };

export interface VerifyContext {
  remoteAddress?: string | undefined;
  /** The kind of token the caller accepts; 'scim' unless given. */
  kind?: TokenKind;
}

export interface TokenVerifierOptions {
  cacheSize?: number;
}

type Authenticated = { ok: true; claims: VerifiedClaims } | { ok: false; reason: VerifyFailureReason };

const MAX_TOKEN_LENGTH = 8192;
const ES256_SIGNATURE_BYTES = 64;
const USE_STAMP_INTERVAL_MS = 60_000;
const fail = (reason: VerifyFailureReason) => ({ ok: false, reason }) as const;

export class TokenVerifier {
  private readonly cache: VerifiedTokenCache;
  // Public keys never change under a kid, so they can be cached for the life of the process.
  private readonly publicKeys = new Map<string, CryptoKey>();
  private tenantId: string | undefined;
  private signatureChecks = 0;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    options: TokenVerifierOptions = {},
  ) {
    this.cache = new VerifiedTokenCache(options.cacheSize);
  }

  /** How many signatures were actually checked (cache misses); lets tests prove the cache is in play. */
  get signaturesChecked(): number {
    return this.signatureChecks;
  }

  async verify(token: string, context: VerifyContext = {}): Promise<VerifyResult> {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return fail('malformed');
    const now = this.clock.now();
    const cacheKey = VerifiedTokenCache.keyOf(token);
    // A hit is answered without entering the async signature path (measurably cheaper when warm).
    const cached = this.cache.get(cacheKey);
    const authenticated: Authenticated = cached ? { ok: true, claims: cached } : await this.authenticate(token, cacheKey);
    if (!authenticated.ok) return authenticated;
    const { claims } = authenticated;
    // Outside the cache: a hit proves the signature, never that the token fits this endpoint.
    if (claims.kind !== (context.kind ?? 'scim')) return fail('wrong_kind');

    const nowSeconds = Math.floor(now.getTime() / 1000);
    if (nowSeconds >= claims.exp + CLOCK_SKEW_SECONDS) {
      this.cache.delete(cacheKey);
      const expired = this.store.tokens.byId(claims.jti);
      return expired && expired.kid === claims.kid && expired.kind === claims.kind
        ? { ok: false, reason: 'expired', identified: { tokenId: expired.id, label: expired.label } }
        : fail('expired');
    }
    if (claims.nbf !== null && claims.nbf > nowSeconds + CLOCK_SKEW_SECONDS) return fail('not_yet_valid');

    const row = this.store.tokens.byId(claims.jti);
    if (!row || row.kid !== claims.kid || row.kind !== claims.kind) return fail('unknown_token');
    // The high-s twin of a token issued with the low s: genuine, but not the spelling that was issued.
    if (row.lowS && claims.highS) return fail('malformed');
    if (row.revokedAt !== null) {
      this.cache.delete(cacheKey);
      return { ok: false, reason: 'revoked', identified: { tokenId: row.id, label: row.label } };
    }
    if (row.kind === 'scim' && !this.store.settings.read().enabled)
      return { ok: false, reason: 'disabled', tokenId: row.id, label: row.label };
    this.recordUse(row, now, context.remoteAddress);
    return { ok: true, tokenId: row.id, label: row.label, kind: row.kind, scopes: row.scopes };
  }

  private async authenticate(token: string, cacheKey: string): Promise<Authenticated> {
    const parts = token.split('.');
    if (parts.length !== 3) return fail('malformed');
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      return fail('malformed');
    }
    // Checked before any key is touched: `none`, HS256 (the public key used as an HMAC secret) and
    // every other algorithm are refused outright.
    if (header.alg !== TOKEN_ALG) return fail('unsupported_alg');
    if (!isCanonicalSignature(parts[2] ?? '')) return fail('malformed');
    if (typeof header.kid !== 'string') return fail('unknown_key');
    const key = await this.publicKey(header.kid);
    if (!key) return fail('unknown_key');

    let payload: Uint8Array;
    try {
      this.signatureChecks += 1;
      ({ payload } = await compactVerify(token, key, { algorithms: [TOKEN_ALG] }));
    } catch (error) {
      if (error instanceof errors.JWSSignatureVerificationFailed) return fail('bad_signature');
      if (error instanceof errors.JOSEAlgNotAllowed) return fail('unsupported_alg');
      return fail('malformed');
    }
    const claims = parseClaims(payload);
    if (!claims) return fail('malformed');
    this.tenantId ??= this.store.installation.tenantId();
    const tenantId = this.tenantId;
    if (claims.iss !== tokenIssuer(tenantId)) return fail('wrong_issuer');
    // Exactly one of our audiences: a token naming both kinds (or neither) has no kind.
    const kinds = AUDIENCE_KINDS.filter((kind) => hasAudience(claims.aud, tokenAudience(tenantId, kind)));
    if (kinds.length !== 1) return fail('wrong_audience');
    const verified: VerifiedClaims = {
      jti: claims.jti,
      kid: header.kid,
      exp: claims.exp,
      nbf: claims.nbf,
      kind: kinds[0]!,
      highS: hasHighS(base64url.decode(parts[2]!)),
    };
    this.cache.set(cacheKey, verified);
    return { ok: true, claims: verified };
  }

  private async publicKey(kid: string): Promise<CryptoKey | undefined> {
    const cached = this.publicKeys.get(kid);
    if (cached) return cached;
    const row = this.store.signingKeys.byKid(kid);
    if (!row || row.alg !== TOKEN_ALG) return undefined;
    const key = (await importJWK(row.publicJwk, TOKEN_ALG)) as CryptoKey;
    this.publicKeys.set(kid, key);
    return key;
  }

  // At most one write per token per minute: usage is bookkeeping, so a busy database must not turn it
  // into a failed request.
  private recordUse(row: TokenRow, now: Date, remoteAddress: string | undefined): void {
    const last = row.lastUsedAt === null ? Number.NEGATIVE_INFINITY : Date.parse(row.lastUsedAt);
    if (now.getTime() - last < USE_STAMP_INTERVAL_MS) return;
    const staleBefore = new Date(now.getTime() - USE_STAMP_INTERVAL_MS).toISOString();
    try {
      this.store.tokens.recordUse(row.id, now.toISOString(), remoteAddress?.slice(0, 255) ?? null, staleBefore);
    } catch (error) {
      if (!(error instanceof StoreBusy)) throw error;
    }
  }
}

const AUDIENCE_KINDS: readonly TokenKind[] = ['scim', 'api'];
const hasAudience = (aud: unknown, audience: string): boolean =>
  aud === audience || (Array.isArray(aud) && aud.includes(audience));

interface RawClaims {
  jti: string;
  iss: unknown;
  aud: unknown;
  exp: number;
  nbf: number | null;
}

function parseClaims(payload: Uint8Array): RawClaims | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const claims = parsed as Record<string, unknown>;
  const { jti, exp, nbf } = claims;
  if (typeof jti !== 'string' || !isNumericDate(exp)) return null;
  if (nbf !== undefined && !isNumericDate(nbf)) return null;
  return { jti, iss: claims.iss, aud: claims.aud, exp, nbf: nbf ?? null };
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * An ES256 signature (64 bytes) in its one base64url spelling. Decoders ignore the unused low bits of
 * the last character, so without the round trip one token would verify under several strings
 * (each its own cache entry): a credential must have exactly one form.
 */
function isCanonicalSignature(encoded: string): boolean {
  try {
    const bytes = base64url.decode(encoded);
    return bytes.length === ES256_SIGNATURE_BYTES && base64url.encode(bytes) === encoded;
  } catch {
    return false;
  }
}
