// Which saved-settings changes refuse the identity provider's next calls, and so need the
// administrator's confirmation first: switching provisioning off (403 Forbidden) or moving the Tenant
// URL's path (404 Not Found at the old one), while an identity provider called in the last 7 days.
// Pure: the settings tab asks before saving; the CLI can ask the same.

export const RECENT_CALL_DAYS = 7;

export interface ConnectionSettings {
  enabled: boolean;
  tenantUrl: string | null;
}

/** The last call an identity provider made with one of its tokens. */
export interface LastCall {
  at: string;
  /** The token's label. */
  by: string;
}

export interface BreakingChange {
  kind: 'provisioning-off' | 'path-changed';
  /** What the identity provider meets, in a sentence. */
  consequence: string;
}

/** The most recent use of a SCIM token (tokens record their last use, at most a minute stale). */
export function lastIdentityProviderCall(
  tokens: readonly { kind: string; label: string; lastUsedAt: string | null }[],
): LastCall | null {
  let last: LastCall | null = null;
  for (const token of tokens) {
    if (token.kind !== 'scim' || token.lastUsedAt === null) continue;
    if (last === null || Date.parse(token.lastUsedAt) > Date.parse(last.at)) last = { at: token.lastUsedAt, by: token.label };
  }
  return last;
}

/** The path the gateway serves for a Tenant URL, as its router compares it (case and trailing slashes aside). */
function servedPath(tenantUrl: string): string | null {
  try {
    return new URL(tenantUrl.trim()).pathname.replace(/\/+$/, '').toLowerCase();
  } catch {
    return null;
  }
}

export function breakingChanges(
  saved: ConnectionSettings,
  next: ConnectionSettings,
  lastCall: LastCall | null,
  now: Date,
): BreakingChange[] {
  if (!saved.enabled || lastCall === null) return [];
  if (now.getTime() - Date.parse(lastCall.at) > RECENT_CALL_DAYS * 86_400_000) return [];
  const changes: BreakingChange[] = [];
  const oldPath = saved.tenantUrl === null ? null : servedPath(saved.tenantUrl);
  const newPath = next.tenantUrl === null || next.tenantUrl.trim() === '' ? null : servedPath(next.tenantUrl);
  if (oldPath !== null && newPath !== null && oldPath !== newPath) {
    changes.push({
      kind: 'path-changed',
      consequence:
        `The gateway will answer 404 Not Found at the old path ${oldPath || '/'}: the identity provider's calls fail until its ` +
        `Tenant URL is changed to ${next.tenantUrl?.trim()}.`,
    });
  }
  if (!next.enabled) {
    changes.push({
      kind: 'provisioning-off',
      consequence:
        "The gateway will refuse the identity provider's calls with 403 Forbidden: no user is created, updated or deactivated " +
        'until provisioning is switched on again.',
    });
  }
  return changes;
}
