// The one answer to "which fields of this employee are SCIM-owned now". The gateway's mapping, the
// console's Employees view and the user management API all ask here; the renderer gets the answer
// with each employee (`scimOwnedFields`) and keeps no copy of the rule.
import { FIXED_FIELDS, SELECTABLE_FIELDS, type SelectableFieldKey } from '../../../preload/field-catalog';
import type { EmployeeFieldKey } from '../../../preload/employees-contract';

export interface OwnershipSettings {
  enabled: boolean;
  syncedFields: readonly SelectableFieldKey[];
}

export interface OwnershipSubject {
  source: 'scim' | 'local';
  /** Set once the identity provider deleted the user: it manages the employee no longer. */
  scimDeletedAt: string | null;
}

const FIXED_KEYS: readonly EmployeeFieldKey[] = FIXED_FIELDS.map((field) => field.key);
const USER_NAME_ONLY: readonly EmployeeFieldKey[] = Object.freeze(['userName']);
const NOTHING: readonly EmployeeFieldKey[] = Object.freeze([]);

/** Created by the identity provider, or taken over by it (matched by userName), and not deleted there. */
export function isScimManaged(employee: OwnershipSubject): boolean {
  return employee.source === 'scim' && employee.scimDeletedAt === null;
}

// Settings reads return the same frozen array until the settings change: worked out once per selection.
const ownedBySelection = new WeakMap<readonly SelectableFieldKey[], readonly EmployeeFieldKey[]>();

/**
 * In catalog order. While provisioning is enabled a SCIM-managed employee's owned fields are the fixed
 * three plus the selected ones. Its userName stays owned while provisioning is off too: the identity
 * provider finds the employee by that name when provisioning resumes, so renaming it in WFO would make
 * the identity provider create a second employee. Local employees own nothing to SCIM.
 */
export function scimOwnedFields(employee: OwnershipSubject, settings: OwnershipSettings): readonly EmployeeFieldKey[] {
  if (!isScimManaged(employee)) return NOTHING;
  if (!settings.enabled) return USER_NAME_ONLY;
  let owned = ownedBySelection.get(settings.syncedFields);
  if (!owned) {
    const selected = new Set<string>(settings.syncedFields);
    owned = Object.freeze([
      ...FIXED_KEYS,
      ...SELECTABLE_FIELDS.filter((field) => selected.has(field.key)).map((field) => field.key),
    ]);
    ownedBySelection.set(settings.syncedFields, owned);
  }
  return owned;
}
