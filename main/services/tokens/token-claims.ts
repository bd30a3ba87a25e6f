// What a SCIM token asserts and how it is signed: one algorithm, per-tenant issuer and audience, the skew.
// iss and aud come from the tenant id generated at first run, not from the Tenant URL, so editing the URL
// invalidates no token. They differ (issuer = the tenant, audience = its SCIM gateway) so a token minted
// for some other purpose by the same tenant could not be replayed at the gateway.
// API tokens (the user management API) get an audience of their own, `...:api`, so neither kind is
// accepted where the other is expected, even before the jti row (which also records the kind) is read.
import { SignJWT, base64url, type CryptoKey } from 'jose';
import { withLowS } from './low-s';
import type { TokenKind } from '../../../preload/token-kinds';

export const TOKEN_ALG = 'ES256';
export const TOKEN_TYPE = 'JWT';
export const TOKEN_SUBJECT = 'scim-client';
export const CLOCK_SKEW_SECONDS = 60;

export const tokenIssuer = (tenantId: string): string => `urn:idsvc:tenant:${tenantId}`;
export const tokenAudience = (tenantId: string, kind: TokenKind = 'scim'): string => `urn:idsvc:tenant:${tenantId}:${kind}`;
const SUBJECTS: Readonly<Record<TokenKind, string>> = { scim: TOKEN_SUBJECT, api: 'api-client' };

/** The keychain account holding the private JWK of signing key `kid`. */
export const signingKeyAccount = (kid: string): string => `scim-signing-key/${kid}`;

export interface TokenClaims {
  tenantId: string;
  jti: string;
  issuedAt: number;
  expiresAt: number;
  kind?: TokenKind;
  /** An API token's scopes, also in the token (`scope`, space-separated, RFC 8693) for its holder to read. */
  scopes?: readonly string[];
}

/** A compact JWT whose signature has the low s (low-s.ts): the one spelling the verifier accepts for it. */
export async function signToken(key: { kid: string; privateKey: CryptoKey }, claims: TokenClaims): Promise<string> {
  const kind = claims.kind ?? 'scim';
  const signed = await new SignJWT(kind === 'api' ? { scope: (claims.scopes ?? []).join(' ') } : {})
    .setProtectedHeader({ alg: TOKEN_ALG, kid: key.kid, typ: TOKEN_TYPE })
    .setIssuer(tokenIssuer(claims.tenantId))
    .setAudience(tokenAudience(claims.tenantId, kind))
    .setSubject(SUBJECTS[kind])
    .setJti(claims.jti)
    .setIssuedAt(claims.issuedAt)
    .setExpirationTime(claims.expiresAt)
    .sign(key.privateKey);
  const [header, payload, signature] = signed.split('.') as [string, string, string];
  return `${header}.${payload}.${base64url.encode(withLowS(base64url.decode(signature)))}`;
}
