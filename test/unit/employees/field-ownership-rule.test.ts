// The ownership rule as a table: SCIM-managed or local (or deleted over SCIM) x provisioning on or off
// x each selectable field selected or not. The answer is in catalog order.
import { describe, expect, it } from 'vitest';
import { isScimManaged, scimOwnedFields } from '../../../main/services/employees/field-ownership';
import { SELECTABLE_FIELD_KEYS, type SelectableFieldKey } from '../../../preload/field-catalog';

const scim = { source: 'scim' as const, scimDeletedAt: null };
const local = { source: 'local' as const, scimDeletedAt: null };
const deleted = { source: 'scim' as const, scimDeletedAt: '2026-12-01T00:00:00.000Z' };
const FIXED = ['userName', 'firstName', 'lastName'];

describe('scimOwnedFields', () => {
  it.each(SELECTABLE_FIELD_KEYS.map((key) => [key]))(
    '%s: owned only when selected, only for a SCIM-managed employee, only while enabled',
    (key) => {
      const others = SELECTABLE_FIELD_KEYS.filter((k) => k !== key);
      const selected: SelectableFieldKey[] = [key];
      const notSelected: SelectableFieldKey[] = others;
      expect(scimOwnedFields(scim, { enabled: true, syncedFields: selected })).toEqual([...FIXED, key]);
      expect(scimOwnedFields(scim, { enabled: true, syncedFields: notSelected })).not.toContain(key);
      expect(scimOwnedFields(scim, { enabled: true, syncedFields: notSelected })).toEqual([...FIXED, ...others]);
      // Provisioning off: only the name the identity provider matches the employee by stays locked.
      expect(scimOwnedFields(scim, { enabled: false, syncedFields: selected })).toEqual(['userName']);
      expect(scimOwnedFields(scim, { enabled: false, syncedFields: notSelected })).toEqual(['userName']);
      for (const subject of [local, deleted]) {
        for (const enabled of [true, false]) {
          expect(scimOwnedFields(subject, { enabled, syncedFields: selected })).toEqual([]);
          expect(scimOwnedFields(subject, { enabled, syncedFields: SELECTABLE_FIELD_KEYS })).toEqual([]);
        }
      }
    },
  );

  it('keeps catalog order whatever order the selection was saved in, and owns the fixed three with nothing selected', () => {
    expect(scimOwnedFields(scim, { enabled: true, syncedFields: ['country', 'status', 'email'] })).toEqual([
      ...FIXED,
      'status',
      'email',
      'country',
    ]);
    expect(scimOwnedFields(scim, { enabled: true, syncedFields: [] })).toEqual(FIXED);
  });

  it('never owns the organization', () => {
    expect(scimOwnedFields(scim, { enabled: true, syncedFields: SELECTABLE_FIELD_KEYS })).not.toContain('organizationId');
    expect(scimOwnedFields(scim, { enabled: true, syncedFields: SELECTABLE_FIELD_KEYS })).toHaveLength(
      3 + SELECTABLE_FIELD_KEYS.length,
    );
  });

  it('a SCIM-managed employee is one the identity provider created or took over and has not deleted', () => {
    expect(isScimManaged(scim)).toBe(true);
    expect(isScimManaged(local)).toBe(false);
    expect(isScimManaged(deleted)).toBe(false);
  });
});
