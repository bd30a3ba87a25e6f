// Bearer authentication with the token verifier. A refusal says why in words an administrator can act
// on, never echoing the token; a disabled provisioning is 403, every other failure 401.
import type { VerifyFailureReason } from '../../services/tokens/token-verifier';
import type { Services } from '../../services/services';
import { ScimError } from '../scim/scim-error';

const REASONS: Record<VerifyFailureReason, string> = {
  malformed: 'The bearer token is not a valid JWT.',
  unsupported_alg: 'The bearer token is signed with an algorithm this gateway does not accept (ES256 only).',
  unknown_key: 'The bearer token was signed by a key this gateway does not know.',
  bad_signature: 'The bearer token signature is not valid.',
  expired: 'The bearer token has expired. Create a new token in the Identity Service Console.',
  not_yet_valid: 'The bearer token is not valid yet.',
  wrong_issuer: 'The bearer token was issued for another Identity Service.',
  wrong_audience: 'The bearer token was issued for another Identity Service.',
  wrong_kind: 'The bearer token is a user management API token; the SCIM gateway accepts SCIM tokens only.',
  unknown_token: 'The bearer token is not known to this Identity Service.',
  revoked: 'The bearer token was revoked in the Identity Service Console.',
  disabled: 'SCIM provisioning is disabled in the Identity Service Console.',
};

export class AuthError extends ScimError {
  constructor(
    status: 401 | 403,
    detail: string,
    readonly wwwAuthenticate: string | null,
    /** Set when the token was genuine (provisioning disabled), so the log names the caller. */
    readonly caller: { tokenId: string; label: string } | null = null,
    /** The token refused, for the log only (revoked, expired, or `caller`); the rate limit goes by address. */
    readonly identified: { tokenId: string; label: string } | null = caller,
  ) {
    super(status, undefined, detail);
  }
}

export async function authenticate(
  authorization: string | undefined,
  remoteAddress: string | null,
  services: Services,
): Promise<{ tokenId: string; label: string }> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (token === undefined) {
    throw new AuthError(401, 'Authorization: Bearer <token> is required.', 'Bearer realm="Identity Service"');
  }
  const verdict = await services.tokens.verify(token, { remoteAddress: remoteAddress ?? undefined });
  if (verdict.ok) return { tokenId: verdict.tokenId, label: verdict.label };
  if ('tokenId' in verdict) throw new AuthError(403, REASONS.disabled, null, { tokenId: verdict.tokenId, label: verdict.label });
  const identified = 'identified' in verdict ? verdict.identified : null;
  throw new AuthError(401, REASONS[verdict.reason], 'Bearer realm="Identity Service", error="invalid_token"', null, identified);
}
