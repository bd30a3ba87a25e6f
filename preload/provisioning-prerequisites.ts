// What must hold before SCIM provisioning can be enabled: a Tenant URL and an Organization for New Users.
// Pure and shared: main refuses a save that breaks it, the renderer shows the same words inline.

export type PrerequisiteField = 'newUserOrganizationId' | 'tenantUrl';

export interface PrerequisiteProblem {
  field: PrerequisiteField;
  message: string;
}

export interface ProvisioningDraft {
  enabled: boolean;
  /** Null or blank means none (the form keeps an empty string, the saved settings null). */
  tenantUrl: string | null;
  newUserOrganizationId: string | null;
}

/**
 * The problems that keep these settings from enabling provisioning; empty when they may be saved.
 * Disabled settings need nothing. Only presence is checked here: the Tenant URL's form is
 * `checkTenantUrl`'s, and whether the organization exists only main can tell. Ordered as main reports them.
 */
export function provisioningPrerequisites(settings: ProvisioningDraft): PrerequisiteProblem[] {
  if (!settings.enabled) return [];
  const problems: PrerequisiteProblem[] = [];
  if (settings.newUserOrganizationId === null) {
    problems.push({
      field: 'newUserOrganizationId',
      message: 'Choose an Organization for New Users before enabling SCIM provisioning.',
    });
  }
  if (settings.tenantUrl === null || settings.tenantUrl.trim() === '') {
    problems.push({ field: 'tenantUrl', message: 'Enter the Tenant URL before enabling SCIM provisioning.' });
  }
  return problems;
}
