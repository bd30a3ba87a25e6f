import { describe, expect, it } from 'vitest';
import { changeLines, changedFieldsSummary, formatChangeValue } from '../../../renderer/features/activity/change-format';

describe('changeLines', () => {
  it('uses the catalog labels and order, unknown fields last', () => {
    const lines = changeLines({
      status: { old: null, new: true },
      zebra: { old: 1, new: 2 },
      email: { old: null, new: 'ann@example.com' },
      userName: { old: null, new: 'ann' },
      lastName: { old: null, new: 'Lee' },
    });
    expect(lines.map((l) => l.label)).toEqual(['Username', 'Last Name', 'Status', 'Email Address', 'zebra']);
    expect(lines[0]).toEqual({ field: 'userName', label: 'Username', before: '(empty)', after: 'ann' });
    expect(lines[2]).toMatchObject({ before: '(empty)', after: 'Active' });
  });

  it('reads a deactivation and a cleared value', () => {
    expect(changeLines({ status: { old: true, new: false }, city: { old: 'Oslo', new: null } })).toEqual([
      { field: 'status', label: 'Status', before: 'Active', after: 'Inactive' },
      { field: 'city', label: 'City', before: 'Oslo', after: '(empty)' },
    ]);
  });

  it('is empty for a request that changed nothing', () => {
    expect(changeLines(null)).toEqual([]);
    expect(changeLines({})).toEqual([]);
  });
});

describe('formatChangeValue', () => {
  it('shows empty strings as empty and other values as text', () => {
    expect(formatChangeValue('email', '')).toBe('(empty)');
    expect(formatChangeValue('employeeNumber', 42)).toBe('42');
    expect(formatChangeValue('other', true)).toBe('true');
    expect(formatChangeValue('other', { a: 1 })).toBe('{"a":1}');
  });
});

describe('changedFieldsSummary', () => {
  const line = (label: string) => ({ field: label, label, before: '', after: '' });
  it('names up to three fields and counts the rest', () => {
    expect(changedFieldsSummary([line('Username')])).toBe('Username');
    expect(changedFieldsSummary(['A', 'B', 'C'].map(line))).toBe('A, B, C');
    expect(changedFieldsSummary(['A', 'B', 'C', 'D', 'E'].map(line))).toBe('A, B, C and 2 more');
  });
});
