// The kinds of bearer token and the scopes an API token may carry. A SCIM token is the identity
// provider's (the SCIM base path); an API token is a script's or a downstream system's (/api/v1) and
// says what it may do there. Pure: shared by main, the CLI and the renderer.
export const TOKEN_KINDS = ['scim', 'api'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const API_SCOPES = ['employees:read', 'employees:write'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * The scopes as stored and shown: write implies read (a script that may change an employee may read
 * it), de-duplicated, in API_SCOPES order.
 */
export function normalizeScopes(scopes: readonly ApiScope[]): ApiScope[] {
  const granted = new Set<ApiScope>(scopes);
  if (granted.has('employees:write')) granted.add('employees:read');
  return API_SCOPES.filter((scope) => granted.has(scope));
}

/** What a kind/scope pair is wrong about, or null: an API token needs a scope, a SCIM token takes none. */
export function kindScopeProblem(kind: TokenKind, scopes: readonly string[]): string | null {
  if (kind === 'api' && scopes.length === 0) return 'An API token needs a scope: employees:read or employees:write.';
  if (kind === 'scim' && scopes.length > 0) return 'A SCIM token takes no scope; scopes are for API tokens (kind api).';
  return null;
}
