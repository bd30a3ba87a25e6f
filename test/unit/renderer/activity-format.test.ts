import { describe, expect, it } from 'vitest';
import { OPEN_ACTIVITY_FILTER } from '../../../renderer/state/activity/initial-state';
import { resultSummary, statusLabel, userLabel } from '../../../renderer/features/activity/activity-format';
import { countOf } from '../../../preload/count-words';
import { formatLogTime, relativeTime } from '../../../renderer/components/time-format';

describe('statusLabel', () => {
  it('names the answers the gateway gives', () => {
    expect(statusLabel(201)).toBe('201 Created');
    expect(statusLabel(204)).toBe('204 No Content');
    expect(statusLabel(409)).toBe('409 Conflict');
    expect(statusLabel(401)).toBe('401 Unauthorized');
    expect(statusLabel(403)).toBe('403 Forbidden');
    expect(statusLabel(412)).toBe('412 Precondition Failed');
    expect(statusLabel(429)).toBe('429 Too Many Requests');
  });

  it('falls back to the class of an unknown code', () => {
    expect(statusLabel(299)).toBe('299 Success');
    expect(statusLabel(418)).toBe('418 Client error');
    expect(statusLabel(599)).toBe('599 Server error');
  });
});

describe('userLabel', () => {
  it('prefers the userName, then the externalId', () => {
    expect(userLabel({ userName: 'ann@example.com', externalId: 'e-1' })).toBe('ann@example.com');
    expect(userLabel({ userName: null, externalId: 'e-1' })).toBe('e-1');
    expect(userLabel({ userName: null, externalId: null })).toBeNull();
  });
});

describe('relativeTime', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  it('reads seconds, minutes, hours and days', () => {
    expect(relativeTime('2026-11-28T11:59:55Z', now)).toBe('just now');
    expect(relativeTime('2026-11-28T12:00:05Z', now)).toBe('just now');
    expect(relativeTime('2026-11-28T11:59:15Z', now)).toBe('45 seconds ago');
    expect(relativeTime('2026-11-28T11:59:00Z', now)).toBe('1 minute ago');
    expect(relativeTime('2026-11-28T09:30:00Z', now)).toBe('2 hours ago');
    expect(relativeTime('2026-11-23T12:00:00Z', now)).toBe('5 days ago');
  });
});

describe('formatLogTime', () => {
  it('says "Today" for today and shows a date otherwise', () => {
    const now = new Date(2026, 10, 28, 15, 0, 0);
    expect(formatLogTime(new Date(2026, 10, 28, 14, 3, 21).toISOString(), now)).toMatch(/^Today .*03.*21/);
    const earlier = formatLogTime(new Date(2026, 10, 27, 14, 3, 21).toISOString(), now);
    expect(earlier).not.toMatch(/Today/);
    expect(earlier).toMatch(/27/);
    expect(formatLogTime(new Date(2025, 0, 2, 9, 0, 0).toISOString(), now)).toMatch(/2025/);
  });
});

describe('resultSummary', () => {
  it('says how many, which filter, and when', () => {
    expect(countOf(1, 'request')).toBe('1 request');
    expect(countOf(0, 'request')).toBe('0 requests');
    expect(countOf(12_345, 'failed request')).toBe('12,345 failed requests');
    expect(resultSummary({ count: 1, more: false, filter: OPEN_ACTIVITY_FILTER, updatedAt: '14:03' })).toBe(
      'Showing 1 request, newest first. Updated 14:03.',
    );
    expect(
      resultSummary({
        count: 50,
        more: true,
        filter: { ...OPEN_ACTIVITY_FILTER, outcome: 'failure', text: ' ann ', operation: 'delete', resourceType: 'Group' },
        updatedAt: '14:03',
      }),
    ).toBe(
      'Showing 50 failed requests (operation delete, SCIM groups, matching "ann"), newest first; older ones: Load more. Updated 14:03.',
    );
    expect(
      resultSummary({
        count: 2,
        more: false,
        filter: { ...OPEN_ACTIVITY_FILTER, from: '2026-11-01', to: '2026-11-02' },
        updatedAt: '9:00',
      }),
    ).toBe('Showing 2 requests (from 2026-11-01 to 2026-11-02), newest first. Updated 9:00.');
  });
});
