// The Employees view's pure logic: "1–50 of 100,000", the edit a save sends (only changed fields,
// never a SCIM-owned one), the messages after a move or an import, and how names and previews read.
import { describe, expect, it } from 'vitest';
import type { EmployeeView } from '../../../preload/employees-contract';
import { formatDate } from '../../../renderer/components/time-format';
import { namesPreview } from '../../../preload/count-words';
import { deletedNote, fullName, sourceSentence } from '../../../renderer/features/employees/employees-format';
import { applyLabel, hasChanges, notListedText, previewSummary } from '../../../preload/placement-format';
import { draftFromEmployee, employeeChanges, takenOverMessage } from '../../../renderer/state/employees/employee-draft';
import { rangeLabel } from '../../../renderer/state/employees/selectors';
import { movedMessage, placedMessage, statusMessage } from '../../../renderer/state/employees/write-messages';

const ann: EmployeeView = {
  id: 'e1',
  userName: 'ann@example.com',
  firstName: 'Ann',
  lastName: 'Example',
  status: 'active',
  employeeNumber: null,
  email: 'ann@example.com',
  workPhone: null,
  cellPhone: null,
  addressLine1: null,
  city: 'Lisbon',
  state: null,
  zipCode: null,
  country: null,
  organizationId: 'org-new',
  organizationPath: ['Enterprise', 'New Hires'],
  source: 'scim',
  scimDeletedAt: null,
  scimOwnedFields: ['userName', 'firstName', 'lastName', 'status', 'email'],
  version: 3,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('rangeLabel', () => {
  it('says which rows show out of how many, with thousands separated', () => {
    expect(rangeLabel({ first: 1, last: 50, total: 100_000 })).toBe('1–50 of 100,000');
    expect(rangeLabel({ first: 99_951, last: 100_000, total: 100_000 })).toBe('99,951–100,000 of 100,000');
    expect(rangeLabel({ first: 1, last: 1, total: 1 })).toBe('1–1 of 1');
    expect(rangeLabel({ first: 0, last: -1, total: 0 })).toBe('0 of 0');
  });
});

describe('where an employee came from', () => {
  const deletedAt = '2026-12-04T09:30:00.000Z';
  it("says a local employee is all WFO's and a provisioned one is the identity provider's", () => {
    expect(sourceSentence({ source: 'local', scimDeletedAt: null })).toBe('Added in WFO; every field is editable here.');
    expect(sourceSentence(ann)).toBe('Provisioned by the identity provider.');
    expect(deletedNote(ann)).toBeNull();
  });

  it('says when the identity provider deleted the user, and that WFO owns every field from then on', () => {
    const left = { ...ann, scimDeletedAt: deletedAt, scimOwnedFields: [] };
    expect(sourceSentence(left)).toBe(
      `Provisioned by the identity provider, which deleted the user on ${formatDate(deletedAt)}. ` +
        'WFO keeps the employee and its history; every field is editable here.',
    );
    expect(deletedNote(left)).toBe(`Deleted ${formatDate(deletedAt)}`);
    expect(formatDate(deletedAt)).toMatch(/2026/);
  });
});

describe('employeeChanges', () => {
  it('is empty for an untouched draft, and for whitespace around an unchanged value', () => {
    expect(employeeChanges(ann, draftFromEmployee(ann))).toEqual({});
    expect(employeeChanges(ann, { ...draftFromEmployee(ann), city: '  Lisbon ' })).toEqual({});
  });

  it('sends only the changed fields, trimmed, a cleared one as null, and the organization', () => {
    const draft = { ...draftFromEmployee(ann), workPhone: ' +1 555 0100 ', city: '', organizationId: 'org-sales' };
    expect(employeeChanges(ann, draft)).toEqual({ workPhone: '+1 555 0100', city: null, organizationId: 'org-sales' });
  });

  it('never sends a field main says the identity provider owns, even if the draft differs', () => {
    const draft = {
      ...draftFromEmployee(ann),
      firstName: 'Anna',
      status: 'inactive' as const,
      email: 'x@example.com',
      country: 'PT',
    };
    expect(employeeChanges(ann, draft)).toEqual({ country: 'PT' });
  });

  it('sends status and names for an employee that owns nothing to SCIM', () => {
    const local = { ...ann, source: 'local' as const, scimOwnedFields: [] };
    const draft = { ...draftFromEmployee(local), firstName: 'Anna', status: 'inactive' as const };
    expect(employeeChanges(local, draft)).toEqual({ firstName: 'Anna', status: 'inactive' });
  });

  it('names the fields taken over by their catalog labels', () => {
    expect(takenOverMessage(['email'])).toBe(
      'Not saved: Email Address is now managed by your identity provider. It was put back to the saved value; save again to keep your other changes.',
    );
    expect(takenOverMessage(['workPhone', 'city'])).toMatch(/^Not saved: Work Phone, City are now managed .* They were put back/);
  });
});

describe('messages', () => {
  it('says how many moved where, and why fewer than selected', () => {
    expect(movedMessage(3, 3, ['Enterprise', 'Sales'])).toBe('3 employees moved to Enterprise/Sales.');
    expect(movedMessage(1, 1, ['Enterprise'])).toBe('1 employee moved to Enterprise.');
    expect(movedMessage(3, 2, ['Enterprise', 'Sales'])).toBe('2 employees moved to Enterprise/Sales (1 employee already there).');
    expect(movedMessage(2, 0, ['Enterprise', 'Sales'])).toBe(
      'Nothing moved: the selected employees are already in Enterprise/Sales.',
    );
    expect(placedMessage({ moved: 1_234, edited: 0 })).toBe('Placements applied: 1,234 employees moved.');
    expect(placedMessage({ moved: 2, edited: 1 })).toBe('Placements applied: 2 employees moved, 1 employee edited.');
    expect(placedMessage({ moved: 0, edited: 3 })).toBe('Placements applied: 3 employees edited.');
    expect(placedMessage({ moved: 0, edited: 0 })).toBe('Placements applied: nobody needed to change.');
  });

  it('says how many took the status, and why fewer than selected', () => {
    expect(statusMessage(2, 2, 'inactive')).toBe('2 employees made inactive.');
    expect(statusMessage(3, 1, 'active')).toBe('1 employee made active (2 employees already active).');
    expect(statusMessage(1, 0, 'inactive')).toBe('Nothing changed: the employee is inactive already.');
    expect(statusMessage(4, 0, 'active')).toBe('Nothing changed: the selected employees are active already.');
  });

  it('summarizes a placements preview from its counts, which are whole where its lists are not', () => {
    const counts = (moves: number, edits: number, ownedCells: number, problems: number) => ({
      counts: { moves, edits, fieldChanges: edits, ownedCells, problems },
    });
    const preview = { ...counts(1, 0, 0, 2), unchanged: 4 };
    expect(previewSummary(preview)).toBe('1 move, 4 unchanged, 2 problems (skipped).');
    const none = { ...counts(0, 0, 0, 0), unchanged: 0 };
    expect(previewSummary(none)).toBe('0 moves, 0 unchanged.');
    expect(hasChanges(none)).toBe(false);
    expect(applyLabel(preview)).toBe('Apply 1 move');
    expect(applyLabel(counts(12_000, 0, 0, 0))).toBe('Apply 12,000 moves');
    expect(previewSummary({ ...counts(1, 1, 2, 2), unchanged: 4 })).toBe(
      '1 move, 1 edit, 4 unchanged, 2 problems (skipped), 2 values managed by your identity provider (left as they are).',
    );
    expect(previewSummary({ ...counts(0, 0, 1, 0), unchanged: 0 })).toBe(
      '0 moves, 0 unchanged, 1 value managed by your identity provider (left as it is).',
    );
    expect(applyLabel(counts(1, 1, 0, 0))).toBe('Apply 1 move and 1 edit');
    expect(applyLabel(counts(0, 2, 0, 0))).toBe('Apply 2 edits');
    expect(hasChanges(counts(0, 1, 0, 0))).toBe(true);
    expect(notListedText(1000, 1000)).toBe('');
    expect(notListedText(1000, 1_000_000)).toBe('… and 999,000 more not listed');
  });

  it('reads names and selections', () => {
    expect(fullName(ann)).toBe('Ann Example');
    expect(fullName({ firstName: null, lastName: 'Solo' })).toBe('Solo');
    expect(fullName({ firstName: ' ', lastName: null })).toBeNull();
    expect(namesPreview(['a', 'b'])).toBe('a, b');
    expect(namesPreview(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
  });
});
