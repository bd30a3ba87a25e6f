// Who calls the user management API: a bearer API token (kind api, its own audience), checked by the
// same verifier as the SCIM gateway's tokens; and whether its scopes allow the operation. A refusal says
// why in words an administrator can act on and never echoes the token (RFC 6750 challenges).
import type { ApiScope } from '../../preload/token-kinds';
import type { Services } from '../services/services';
import type { VerifyFailureReason } from '../services/tokens/token-verifier';
import { ProblemError } from './problem';

export interface ApiCaller {
  tokenId: string;
  label: string;
  scopes: readonly string[];
}

const REASONS: Readonly<Record<VerifyFailureReason, string>> = {
  malformed: 'The bearer token is not a valid JWT.',
  unsupported_alg: 'The bearer token is signed with an algorithm this service does not accept (ES256 only).',
  unknown_key: 'The bearer token was signed by a key this service does not know.',
  bad_signature: 'The bearer token signature is not valid.',
  expired: 'The bearer token has expired. Create a new API token in the Identity Service Console.',
  not_yet_valid: 'The bearer token is not valid yet.',
  wrong_issuer: 'The bearer token was issued for another Identity Service.',
  wrong_audience: 'The bearer token was issued for another Identity Service.',
  wrong_kind:
    'The bearer token is a SCIM token; the user management API accepts API tokens only (idsvc token create --kind api).',
  unknown_token: 'The bearer token is not known to this Identity Service.',
  revoked: 'The bearer token was revoked in the Identity Service Console.',
  // Not reached: API tokens do not depend on the provisioning switch.
  disabled: 'SCIM provisioning is disabled in the Identity Service Console.',
};

/**
 * The problem for a failed authentication; `identified` is set when the token itself was genuine but
 * refused for its lifetime (revoked, expired), so the log names it. It authorizes nothing.
 */
export class ApiAuthError extends ProblemError {
  constructor(
    detail: string,
    challenge: string,
    readonly identified: { tokenId: string; label: string } | null = null,
  ) {
    super('unauthorized', detail, undefined, { 'WWW-Authenticate': challenge });
  }
}

const REALM = 'Bearer realm="Identity Service user management API"';

export async function authenticateApi(
  authorization: string | undefined,
  remoteAddress: string | null,
  services: Services,
): Promise<ApiCaller> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (token === undefined) throw new ApiAuthError('Authorization: Bearer <API token> is required.', REALM);
  const verdict = await services.tokens.verify(token, { remoteAddress: remoteAddress ?? undefined, kind: 'api' });
  if (verdict.ok) return { tokenId: verdict.tokenId, label: verdict.label, scopes: verdict.scopes };
  throw new ApiAuthError(
    REASONS[verdict.reason],
    `${REALM}, error="invalid_token"`,
    'identified' in verdict ? verdict.identified : null,
  );
}

/** 403 with RFC 6750's insufficient_scope challenge when the token lacks `scope`. */
export function requireScope(caller: ApiCaller, scope: ApiScope): void {
  if (caller.scopes.includes(scope)) return;
  throw new ProblemError(
    'forbidden',
    `The API token "${caller.label}" does not have the ${scope} scope; this operation needs it.`,
    undefined,
    {
      'WWW-Authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"`,
    },
  );
}
