// The User attributes the gateway keeps (RFC 7643 sections 4.1 and 4.3), with canonical casing.
// Anything else a client sends (password, unknown or vendor attributes) is dropped, never stored.
export const CORE_USER_ATTRIBUTES = [
  'userName', 'name', 'displayName', 'nickName', 'profileUrl', 'title', 'userType', 'preferredLanguage',
  'locale', 'timezone', 'active', 'emails', 'phoneNumbers', 'ims', 'photos', 'addresses', 'entitlements',
  'roles', 'x509Certificates', 'externalId',
] as const;

export const NAME_SUB_ATTRIBUTES = ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'];

export const ENTERPRISE_ATTRIBUTES = ['employeeNumber', 'costCenter', 'organization', 'division', 'department', 'manager'];

export const MULTI_VALUED = new Set(['emails', 'phoneNumbers', 'ims', 'photos', 'addresses', 'entitlements', 'roles', 'x509Certificates']);

export const MULTI_VALUED_SUB_ATTRIBUTES: Record<string, string[]> = {
  addresses: ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type', 'primary'],
  default: ['value', 'display', 'type', 'primary'],
};

/** Canonical name for a case-insensitively matched attribute, or undefined when unknown. */
export function canonical(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  return known.find((candidate) => candidate.toLowerCase() === lower);
}
