import { describe, expect, it } from 'vitest';
import { breakingChanges, lastIdentityProviderCall } from '../../../preload/breaking-change';

const now = new Date('2026-12-04T12:00:00Z');
const saved = { enabled: true, tenantUrl: 'https://idsvc.example.com/scim/v2' };
const recent = { at: '2026-12-04T09:00:00Z', by: 'Microsoft Entra ID' };
const kinds = (next: typeof saved, lastCall = recent as typeof recent | null, before = saved) =>
  breakingChanges(before, next, lastCall, now).map((c) => c.kind);

describe('breakingChanges', () => {
  it('switching provisioning off is breaking while the identity provider called in the last 7 days', () => {
    expect(kinds({ ...saved, enabled: false })).toEqual(['provisioning-off']);
    expect(breakingChanges(saved, { ...saved, enabled: false }, recent, now)[0]?.consequence).toMatch(/403 Forbidden/);
    expect(kinds({ ...saved, enabled: false }, { at: '2026-11-27T11:59:00Z', by: 'x' })).toEqual([]);
    expect(kinds({ ...saved, enabled: false }, { at: '2026-11-27T12:01:00Z', by: 'x' })).toEqual(['provisioning-off']);
    expect(kinds({ ...saved, enabled: false }, null)).toEqual([]);
  });

  it('a new path is breaking; a new host, port, case or trailing slash is not', () => {
    const moved = breakingChanges(saved, { ...saved, tenantUrl: 'https://idsvc.example.com/scim/v3' }, recent, now);
    expect(moved.map((c) => c.kind)).toEqual(['path-changed']);
    expect(moved[0]?.consequence).toMatch(/404 Not Found at the old path \/scim\/v2.*https:\/\/idsvc\.example\.com\/scim\/v3/);
    expect(kinds({ ...saved, tenantUrl: 'https://other.example.com:9443/scim/v2' })).toEqual([]);
    expect(kinds({ ...saved, tenantUrl: 'https://idsvc.example.com/SCIM/v2/' })).toEqual([]);
    expect(kinds({ ...saved, tenantUrl: 'https://idsvc.example.com' })).toEqual(['path-changed']);
  });

  it('both at once are both said; nothing is breaking while provisioning was off', () => {
    expect(kinds({ enabled: false, tenantUrl: 'https://idsvc.example.com/v3' })).toEqual(['path-changed', 'provisioning-off']);
    expect(kinds({ enabled: true, tenantUrl: 'https://idsvc.example.com/v3' }, recent, { ...saved, enabled: false })).toEqual([]);
  });

  it('an unparsable or empty new URL is left to the Tenant URL rule', () => {
    expect(kinds({ ...saved, tenantUrl: 'not a url' })).toEqual([]);
    expect(kinds({ ...saved, tenantUrl: '' })).toEqual([]);
  });
});

describe('lastIdentityProviderCall', () => {
  it('is the latest use of a SCIM token; API tokens and unused tokens do not count', () => {
    expect(
      lastIdentityProviderCall([
        { kind: 'scim', label: 'Okta', lastUsedAt: '2026-12-01T00:00:00Z' },
        { kind: 'api', label: 'HR export', lastUsedAt: '2026-12-04T00:00:00Z' },
        { kind: 'scim', label: 'Entra', lastUsedAt: '2026-12-03T00:00:00Z' },
        { kind: 'scim', label: 'Unused', lastUsedAt: null },
      ]),
    ).toEqual({ at: '2026-12-03T00:00:00Z', by: 'Entra' });
    expect(lastIdentityProviderCall([])).toBeNull();
  });
});
