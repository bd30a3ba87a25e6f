// After a save lost to someone else's: what they changed (for the banner), and the draft Reload makes:
// their saved values with the administrator's own edits on top where the two did not touch the same
// field. Where both changed a field, theirs is kept and the field is named, so nothing is overwritten
// unseen.
import { catalogFieldLabel as fieldLabel } from '../../../preload/field-catalog';
import type { SettingsView } from '../../../preload/contract';
import { draftFrom, type DraftField, type SettingsDraft } from './initial-state';

const FIELDS: readonly DraftField[] = ['enabled', 'tenantUrl', 'newUserOrganizationId', 'syncedFields'];

const FIELD_WORDS: ReadonlyMap<DraftField, string> = new Map([
  ['enabled', 'the provisioning switch'],
  ['tenantUrl', 'the Tenant URL'],
  ['newUserOrganizationId', 'the Organization for New Users'],
  ['syncedFields', 'the synchronized fields'],
]);

const same = (field: DraftField, a: SettingsDraft, b: SettingsDraft): boolean => {
  if (field === 'syncedFields') return [...a.syncedFields].sort().join() === [...b.syncedFields].sort().join();
  if (field === 'tenantUrl') return a.tenantUrl.trim() === b.tenantUrl.trim();
  return a[field] === b[field];
};

export const changedFields = (before: SettingsView, after: SettingsView): DraftField[] =>
  FIELDS.filter((field) => !same(field, draftFrom(before), draftFrom(after)));

/** "ann saved at 20:10 and changed the Tenant URL and the synchronized fields (added City)." */
export function conflictMessage(before: SettingsView, latest: SettingsView, time: (iso: string) => string): string {
  const who = latest.updatedBy ?? 'Someone else';
  const when = latest.updatedAt ? ` at ${time(latest.updatedAt)}` : '';
  const changed = changedFields(before, latest).map((field) => {
    if (field !== 'syncedFields') return FIELD_WORDS.get(field) ?? field;
    const added = latest.syncedFields.filter((key) => !before.syncedFields.includes(key)).map(fieldLabel);
    const removed = before.syncedFields.filter((key) => !latest.syncedFields.includes(key)).map(fieldLabel);
    const parts = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''];
    return `the synchronized fields (${parts.filter(Boolean).join('; ')})`;
  });
  const what = changed.length ? ` and changed ${list(changed)}` : '';
  return `Not saved: ${who} saved these settings${when}${what}. Reload to see their version with your other changes kept.`;
}

export interface Merged {
  draft: SettingsDraft;
  /** Fields both changed: theirs was kept. */
  collided: DraftField[];
}

export function mergeDraft(before: SettingsView, mine: SettingsDraft, latest: SettingsView): Merged {
  const base = draftFrom(before);
  const theirs = draftFrom(latest);
  const draft: SettingsDraft = { ...theirs };
  const collided: DraftField[] = [];
  for (const field of FIELDS) {
    if (same(field, base, mine)) continue;
    if (same(field, base, theirs)) Object.assign(draft, { [field]: mine[field] });
    else if (!same(field, mine, theirs)) collided.push(field);
  }
  return { draft, collided };
}

export const collidedWords = (fields: readonly DraftField[]): string => list(fields.map((f) => FIELD_WORDS.get(f) ?? f));

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
