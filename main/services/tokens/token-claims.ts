// What a SCIM token asserts and how it is signed: one algorithm, per-tenant issuer and audience, the skew.
// iss and aud come from the tenant id generated at first run, not from the Tenant URL, so editing the URL
// invalidates no token. They differ (issuer = the tenant, audience = its SCIM gateway) so a token minted
// for some other purpose by the same tenant could not be replayed at the gateway.
import { SignJWT, type CryptoKey } from 'jose';

export const TOKEN_ALG = 'ES256';
export const TOKEN_TYPE = 'JWT';
export const TOKEN_SUBJECT = 'scim-client';
export const CLOCK_SKEW_SECONDS = 60;

export const tokenIssuer = (tenantId: string): string => `urn:idsvc:tenant:${tenantId}`;
export const tokenAudience = (tenantId: string): string => `urn:idsvc:tenant:${tenantId}:scim`;

/** The keychain account holding the private JWK of signing key `kid`. */
export const signingKeyAccount = (kid: string): string => `scim-signing-key/${kid}`;

export interface TokenClaims {
  tenantId: string;
  jti: string;
  issuedAt: number;
  expiresAt: number;
}

export function signToken(key: { kid: string; privateKey: CryptoKey }, claims: TokenClaims): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: TOKEN_ALG, kid: key.kid, typ: TOKEN_TYPE })
    .setIssuer(tokenIssuer(claims.tenantId))
    .setAudience(tokenAudience(claims.tenantId))
    .setSubject(TOKEN_SUBJECT)
    .setJti(claims.jti)
    .setIssuedAt(claims.issuedAt)
    .setExpirationTime(claims.expiresAt)
    .sign(key.privateKey);
}
