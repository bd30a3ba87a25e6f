// DOM ids of the tab's controls, so a failed save can move focus to the field at fault.
import type { DraftField } from '../../state/settings/initial-state';

export const FIELD_IDS: Record<DraftField, string> = {
  enabled: 'enable-provisioning',
  tenantUrl: 'tenant-url',
  newUserOrganizationId: 'new-user-organization',
  syncedFields: 'synced-field-status',
};

export const errorIdFor = (field: DraftField) => `${FIELD_IDS[field]}-error`;
