// Settings actions. Each takes the ConsoleApi, so tests drive them against a real server.
import { ApiError } from '../../../preload/api-error';
import type { ConsoleApi, SettingsView } from '../../../preload/contract';
import { orderSyncedFields } from '../../../preload/field-catalog';
import type { ConsoleState, SliceCreator } from '../console-store';
import { messageOf } from '../error-message';
import {
  draftFrom,
  initialSettingsState,
  type DraftField,
  type Feedback,
  type SettingsDraft,
  type SettingsState,
} from './initial-state';
import { draftProblems } from './selectors';
import { collidedWords, conflictMessage, mergeDraft } from './conflict-merge';

const formatTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface SettingsActions {
  loadSettings(api: ConsoleApi): Promise<void>;
  editDraft(patch: Partial<SettingsDraft>): void;
  /** Returns the first field at fault when nothing was sent or the server refused, for focus. */
  saveSettings(api: ConsoleApi): Promise<{ saved: boolean; field?: DraftField }>;
  reloadAfterConflict(api: ConsoleApi): Promise<void>;
  /** Puts the draft back to what is saved (leaving the tab without saving). */
  discardDraft(): void;
  /** Shows a message in the tab's feedback bar and announces it. */
  announce(feedback: Feedback): void;
}

export type SettingsSlice = { settings: SettingsState } & SettingsActions;

const DRAFT_FIELDS: readonly DraftField[] = ['enabled', 'tenantUrl', 'newUserOrganizationId', 'syncedFields'];

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => {
  const patch = (next: Partial<SettingsState>) => set((s: ConsoleState) => ({ settings: { ...s.settings, ...next } }));

  return {
    settings: initialSettingsState,

    async loadSettings(api) {
      const draftBefore = get().settings.draft;
      patch({ loading: true, loadError: null });
      try {
        const server = await api.invoke('settings:get', {});
        // The tab reloads whenever it is opened and stays usable meanwhile: an edit made while this
        // load was on its way wins over it. A save then meets any newer version as a conflict.
        if (get().settings.draft !== draftBefore) {
          patch({ loading: false });
          return;
        }
        patch({ ...initialSettingsState, server, draft: draftFrom(server) });
      } catch (error) {
        patch({ loading: false, loadError: messageOf(error) });
      }
    },

    editDraft(changes) {
      const { draft, serverErrors } = get().settings;
      if (!draft) return;
      const cleared = { ...serverErrors };
      for (const key of Object.keys(changes) as DraftField[]) delete cleared[key];
      patch({ draft: { ...draft, ...changes }, serverErrors: cleared, feedback: null });
    },

    async saveSettings(api) {
      const { server, draft, saving } = get().settings;
      if (!server || !draft || saving) return { saved: false };
      const problems = draftProblems(draft);
      const firstProblem = DRAFT_FIELDS.find((field) => problems[field]);
      if (firstProblem) {
        patch({
          saveAttempted: true,
          feedback: { kind: 'error', message: `Not saved: ${problems[firstProblem]}` },
        });
        return { saved: false, field: firstProblem };
      }
      patch({ saving: true, saveAttempted: true, feedback: null });
      try {
        const saved = await api.invoke('settings:save', {
          version: server.version,
          enabled: draft.enabled,
          tenantUrl: draft.tenantUrl.trim() === '' ? null : draft.tenantUrl.trim(),
          newUserOrganizationId: draft.newUserOrganizationId,
          syncedFields: orderSyncedFields(draft.syncedFields),
        });
        patch({
          ...initialSettingsState,
          server: saved,
          draft: draftFrom(saved),
          feedback: { kind: 'success', message: 'Provisioning settings saved.' },
        });
        return { saved: true };
      } catch (error) {
        const field = error instanceof ApiError ? topField(error.field) : undefined;
        const conflict = error instanceof ApiError && error.code === 'conflict';
        // Who saved and what they changed: read now, so the banner can say it.
        const latest = conflict ? await api.invoke('settings:get', {}).catch(() => null) : null;
        patch({
          saving: false,
          // A conflict has its own banner (with Reload); a second message would say the same twice.
          conflict: conflict ? (latest ? conflictMessage(server, latest, formatTime) : messageOf(error)) : null,
          conflictWith: latest,
          serverErrors: field ? { [field]: messageOf(error) } : {},
          feedback: conflict ? null : { kind: 'error', message: `Not saved: ${messageOf(error)}` },
        });
        return field ? { saved: false, field } : { saved: false };
      }
    },

    // Their saved values, with this administrator's edits on top where they do not collide.
    async reloadAfterConflict(api) {
      const { server: before, draft: mine } = get().settings;
      let latest: SettingsView;
      try {
        latest = await api.invoke('settings:get', {});
      } catch (error) {
        patch({ feedback: { kind: 'error', message: `Not reloaded: ${messageOf(error)}` } });
        return;
      }
      if (!before || !mine) {
        patch({ ...initialSettingsState, server: latest, draft: draftFrom(latest) });
        return;
      }
      const { draft, collided } = mergeDraft(before, mine, latest);
      const kept = collided.length ? ` Both of you changed ${collidedWords(collided)}: theirs is shown.` : '';
      patch({
        ...initialSettingsState,
        server: latest,
        draft,
        feedback: { kind: 'success', message: `Reloaded the saved settings; your other changes are kept, not saved yet.${kept}` },
      });
    },

    discardDraft() {
      const { server } = get().settings;
      if (server) patch({ ...initialSettingsState, server, draft: draftFrom(server) });
    },

    announce(feedback) {
      patch({ feedback });
    },
  };
};

function topField(field: string | undefined): DraftField | undefined {
  const top = field?.split('.')[0];
  return DRAFT_FIELDS.find((candidate) => candidate === top);
}
