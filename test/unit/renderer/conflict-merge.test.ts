import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../preload/contract';
import { conflictMessage, mergeDraft } from '../../../renderer/state/settings/conflict-merge';
import { draftFrom } from '../../../renderer/state/settings/initial-state';

const before: SettingsView = {
  enabled: true,
  tenantUrl: 'https://a.example/scim/v2',
  suggestedTenantUrl: 'https://h:8443/scim/v2',
  newUserOrganizationId: 'org-1',
  syncedFields: ['status'],
  version: 3,
  updatedAt: '2026-12-04T10:00:00Z',
  updatedBy: 'ann',
};

describe('after a conflict', () => {
  it('says who saved, when, and what they changed', () => {
    const latest = {
      ...before,
      version: 4,
      updatedBy: 'bob',
      tenantUrl: 'https://b.example/scim/v2',
      syncedFields: ['city'] as never,
    };
    expect(conflictMessage(before, latest, () => '11:00')).toBe(
      'Not saved: bob saved these settings at 11:00 and changed the Tenant URL and the synchronized fields (added City; removed Status). ' +
        'Reload to see their version with your other changes kept.',
    );
  });

  it('Reload keeps my edits where they did not touch what they changed; where both did, theirs wins and is named', () => {
    const latest = { ...before, version: 4, tenantUrl: 'https://b.example/scim/v2', newUserOrganizationId: 'org-2' };
    const mine = {
      ...draftFrom(before),
      enabled: false,
      tenantUrl: 'https://c.example/scim/v2',
      syncedFields: ['status', 'city'] as never,
    };
    const merged = mergeDraft(before, mine, latest);
    expect(merged.draft).toEqual({
      enabled: false,
      tenantUrl: 'https://b.example/scim/v2',
      newUserOrganizationId: 'org-2',
      syncedFields: ['status', 'city'],
    });
    expect(merged.collided).toEqual(['tenantUrl']);
    // The same change on both sides is no collision.
    expect(mergeDraft(before, { ...draftFrom(before), tenantUrl: 'https://b.example/scim/v2' }, latest).collided).toEqual([]);
  });
});
