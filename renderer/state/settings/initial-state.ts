// The settings slice's data: server truth (what main saved) apart from the draft (what is being typed).
import type { SelectableFieldKey } from '../../../preload/field-catalog';
import type { SettingsView } from '../../../preload/contract';

export interface SettingsDraft {
  enabled: boolean;
  tenantUrl: string;
  newUserOrganizationId: string | null;
  syncedFields: SelectableFieldKey[];
}

export type DraftField = keyof SettingsDraft;

export type Feedback = { kind: 'success' | 'error'; message: string };

export interface SettingsState {
  server: SettingsView | null;
  draft: SettingsDraft | null;
  loading: boolean;
  loadError: string | null;
  saving: boolean;
  /** Set once a save was attempted, so untouched empty fields are not flagged before that. */
  saveAttempted: boolean;
  /** Errors the server returned, by field, until that field is edited again. */
  serverErrors: Partial<Record<DraftField, string>>;
  /** The server's conflict message when a save lost to someone else's; offers a reload. */
  conflict: string | null;
  /** What the save lost to, read right after the conflict (null when that read failed). */
  conflictWith: SettingsView | null;
  feedback: Feedback | null;
}

export const initialSettingsState: SettingsState = {
  server: null,
  draft: null,
  loading: false,
  loadError: null,
  saving: false,
  saveAttempted: false,
  serverErrors: {},
  conflict: null,
  conflictWith: null,
  feedback: null,
};

export function draftFrom(view: SettingsView): SettingsDraft {
  return {
    enabled: view.enabled,
    tenantUrl: view.tenantUrl ?? '',
    newUserOrganizationId: view.newUserOrganizationId,
    syncedFields: [...view.syncedFields],
  };
}
