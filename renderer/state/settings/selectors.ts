// Derived settings state: dirty, and the draft's problems as the rules see them before a save.
import { provisioningPrerequisites } from '../../../preload/provisioning-prerequisites';
import { checkTenantUrl } from '../../../preload/tenant-url-rule';
import type { ConsoleState } from '../console-store';
import { draftFrom, type DraftField, type SettingsDraft } from './initial-state';

export function isDirty(state: ConsoleState): boolean {
  const { server, draft } = state.settings;
  if (!server || !draft) return false;
  return !sameDraft(draftFrom(server), draft);
}

function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  return (
    a.enabled === b.enabled &&
    a.tenantUrl.trim() === b.tenantUrl.trim() &&
    a.newUserOrganizationId === b.newUserOrganizationId &&
    a.syncedFields.length === b.syncedFields.length &&
    a.syncedFields.every((key) => b.syncedFields.includes(key))
  );
}

/** What the rules say about the draft. Empty Tenant URL is only a problem when enabling. */
export function draftProblems(draft: SettingsDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  for (const problem of provisioningPrerequisites(draft)) problems[problem.field] = problem.message;
  if (draft.tenantUrl.trim() !== '') {
    const check = checkTenantUrl(draft.tenantUrl);
    if (!check.ok) problems.tenantUrl = check.message;
  }
  return problems;
}

/** The message to show next to a field now: a server error, else a rule problem once it matters. */
export function fieldError(state: ConsoleState, field: DraftField): string | undefined {
  const { draft, serverErrors, saveAttempted } = state.settings;
  if (serverErrors[field]) return serverErrors[field];
  if (!draft) return undefined;
  const problem = draftProblems(draft)[field];
  if (!problem) return undefined;
  // The organization rule is shown as soon as the switch is turned on; the URL once typed or on save.
  if (field === 'newUserOrganizationId' || saveAttempted) return problem;
  if (field === 'tenantUrl' && draft.tenantUrl.trim() !== '') return problem;
  return undefined;
}
