// A write's changed fields as "Email Address: (empty) → ann@example.com", in the field catalog's
// order and with its labels, so the log speaks the same words as the Provisioning Settings tab. A
// group's member changes read as lists: "Members added: ann, bob".
import type { FieldChanges } from '../../../preload/contract';
import { FIXED_FIELDS, SELECTABLE_FIELDS } from '../../../preload/field-catalog';

export interface ChangeLine {
  field: string;
  label: string;
  before: string;
  after: string;
  /** Set for a list of names (members added or removed): shown alone, not as before → after. */
  list?: string;
}

// Group fields (services/groups/group-changes.ts), after the catalog's.
const CATALOG: ReadonlyArray<{ key: string; label: string }> = [
  ...FIXED_FIELDS,
  ...SELECTABLE_FIELDS,
  { key: 'displayName', label: 'Group name' },
  { key: 'externalId', label: 'externalId' },
  { key: 'membersAdded', label: 'Members added' },
  { key: 'membersRemoved', label: 'Members removed' },
];
const LIST_FIELDS: ReadonlyMap<string, 'old' | 'new'> = new Map([
  ['membersAdded', 'new'],
  ['membersRemoved', 'old'],
]);
export const EMPTY_VALUE = '(empty)';

export function formatChangeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (field === 'status' && typeof value === 'boolean') return value ? 'Active' : 'Inactive';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Catalog fields first in catalog order, then any other field alphabetically. */
export function changeLines(changes: FieldChanges | null): ChangeLine[] {
  if (!changes) return [];
  const order = (field: string) => {
    const index = CATALOG.findIndex((entry) => entry.key === field);
    return index === -1 ? CATALOG.length : index;
  };
  return Object.keys(changes)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((field) => {
      const line: ChangeLine = {
        field,
        label: CATALOG.find((entry) => entry.key === field)?.label ?? field,
        before: formatChangeValue(field, changes[field]!.old),
        after: formatChangeValue(field, changes[field]!.new),
      };
      const side = LIST_FIELDS.get(field);
      const names = side ? changes[field]![side] : undefined;
      if (Array.isArray(names)) line.list = names.map(String).join(', ');
      return line;
    });
}

/** "Username, First Name, Last Name and 2 more": what changed, before anyone opens the details. */
export function changedFieldsSummary(lines: readonly ChangeLine[], shown = 3): string {
  const names = lines.slice(0, shown).map((line) => line.label);
  const rest = lines.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ');
}
