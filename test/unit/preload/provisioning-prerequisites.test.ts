import { describe, expect, it } from 'vitest';
import { provisioningPrerequisites } from '../../../preload/provisioning-prerequisites';
import { draftProblems } from '../../../renderer/state/settings/selectors';

const ORG = 'Choose an Organization for New Users before enabling SCIM provisioning.';
const URL = 'Enter the Tenant URL before enabling SCIM provisioning.';

describe('provisioningPrerequisites', () => {
  it('asks nothing of disabled settings', () => {
    expect(provisioningPrerequisites({ enabled: false, tenantUrl: null, newUserOrganizationId: null })).toEqual([]);
    expect(provisioningPrerequisites({ enabled: false, tenantUrl: '', newUserOrganizationId: null })).toEqual([]);
  });

  it('lets enabled settings with a Tenant URL and an organization through', () => {
    expect(
      provisioningPrerequisites({
        enabled: true,
        tenantUrl: 'https://idsvc.example.com/scim/v2',
        newUserOrganizationId: 'org-1',
      }),
    ).toEqual([]);
  });

  it('refuses enabling without an organization', () => {
    expect(
      provisioningPrerequisites({ enabled: true, tenantUrl: 'https://idsvc.example.com/scim/v2', newUserOrganizationId: null }),
    ).toEqual([{ field: 'newUserOrganizationId', message: ORG }]);
  });

  it('refuses enabling without a Tenant URL: null (saved settings), empty or blank (the form)', () => {
    for (const tenantUrl of [null, '', '   ']) {
      expect(provisioningPrerequisites({ enabled: true, tenantUrl, newUserOrganizationId: 'org-1' })).toEqual([
        { field: 'tenantUrl', message: URL },
      ]);
    }
  });

  it('names both problems, the organization first (main reports the first one)', () => {
    expect(provisioningPrerequisites({ enabled: true, tenantUrl: null, newUserOrganizationId: null })).toEqual([
      { field: 'newUserOrganizationId', message: ORG },
      { field: 'tenantUrl', message: URL },
    ]);
  });
});

describe("the renderer's draftProblems uses the same rule", () => {
  const draft = { enabled: true, tenantUrl: '', newUserOrganizationId: null, syncedFields: [] };

  it('shows both prerequisites by field', () => {
    expect(draftProblems(draft)).toEqual({ newUserOrganizationId: ORG, tenantUrl: URL });
  });

  it("shows the Tenant URL's form problem instead once one is typed, even while disabled", () => {
    expect(draftProblems({ ...draft, enabled: false, tenantUrl: 'ftp://x' })).toEqual({
      tenantUrl: expect.stringMatching(/https/),
    });
    expect(draftProblems({ ...draft, newUserOrganizationId: 'org-1', tenantUrl: 'https://idsvc.example.com' })).toEqual({});
  });
});
