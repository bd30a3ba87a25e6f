import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../preload/audit-contract';
import { localDayRange, startOfLocalDay } from '../../../preload/local-day-range';
import { auditChangeLines, auditFacts, auditSubject } from '../../../renderer/features/audit/audit-format';
import { formatDate } from '../../../renderer/components/time-format';

const entry = (action: string, details: Record<string, unknown>, target: string | null = 'x'): AuditEntryView => ({
  id: 1,
  at: '2026-01-01T00:00:00.000Z',
  actor: 'ann',
  action,
  target,
  details,
});

describe('audit rows in words', () => {
  it('names what a row is about: the employee, token or operator, never the settings table', () => {
    expect(auditSubject(entry('employee.update', { userName: 'zoe@example.com', changes: {} }, 'uuid'))).toBe('zoe@example.com');
    expect(auditSubject(entry('token.create', { label: 'Entra ID', kid: 'k' }, 'jti'))).toBe('Entra ID');
    expect(auditSubject(entry('operator.add', { account: 'bob', changes: {} }, 'bob'))).toBe('bob');
    expect(auditSubject(entry('settings.save', { changes: {} }, 'provisioning_settings'))).toBeNull();
    expect(auditSubject(entry('signing_key.rotate', { retiredKid: 'old' }, 'newkid'))).toBe('newkid');
  });

  it('shows old and new values with the console labels: settings, privileges, catalog fields', () => {
    const settings = auditChangeLines(
      entry('settings.save', { changes: { enabled: { old: false, new: true }, syncedFields: { old: ['status'], new: [] } } }),
    );
    expect(settings.map((l) => [l.label, l.before, l.after])).toEqual([
      ['Provisioning', 'Off', 'On'],
      ['Fields owned by SCIM', 'Status', '(none)'],
    ]);
    const privileges = auditChangeLines(
      entry('operator.update', { changes: { privileges: { old: [], new: ['view-activity', 'manage-operators'] } } }),
    );
    expect(privileges.map((l) => [l.label, l.before, l.after])).toEqual([
      ['Privileges', '(none)', 'View Provisioning Activity, Manage Operators'],
    ]);
    const employee = auditChangeLines(entry('employee.update', { changes: { email: { old: null, new: 'a@b.c' } } }));
    expect(employee.map((l) => [l.label, l.before, l.after])).toEqual([['Email Address', '(empty)', 'a@b.c']]);
    expect(auditChangeLines(entry('token.revoke', { label: 'x' }))).toEqual([]);
  });

  it('lists other recorded facts, without repeating the subject', () => {
    expect(auditFacts(entry('token.create', { label: 'Entra ID', kid: 'k1', expiresAt: '2027-01-01T23:59:59.000Z' }))).toEqual([
      { label: 'Signing key', value: 'k1' },
      { label: 'Expires', value: formatDate('2027-01-01T23:59:59.000Z') },
    ]);
    expect(formatDate('2027-01-01T23:59:59.000Z')).not.toContain('T23');
    expect(auditFacts(entry('signing_key.rotate', { retiredKid: null }))).toEqual([{ label: 'Retired key', value: '(empty)' }]);
  });

  it('shows the Organization for New Users by its path, and by its id only on rows without the path', () => {
    const withPath = auditChangeLines(
      entry('settings.save', {
        changes: {
          newUserOrganizationId: { old: 'id-1', new: 'id-2' },
          newUserOrganization: { old: 'Enterprise', new: 'Enterprise/Sales' },
        },
      }),
    );
    expect(withPath.map((l) => [l.label, l.before, l.after])).toEqual([
      ['Organization for New Users', 'Enterprise', 'Enterprise/Sales'],
    ]);
    const older = auditChangeLines(entry('settings.save', { changes: { newUserOrganizationId: { old: null, new: 'id-2' } } }));
    expect(older.map((l) => [l.label, l.before, l.after])).toEqual([['Organization for New Users', '(empty)', 'id-2']]);
  });

  it('names a token kind and its access in words, and an organization by its parent path', () => {
    const api = auditFacts(
      entry('token.create', { label: 'HR sync', kind: 'api', scopes: ['employees:read', 'employees:write'] }),
    );
    expect(api).toEqual([
      { label: 'Kind', value: 'User management API' },
      { label: 'Access', value: 'Read and write employees' },
    ]);
    const scim = auditFacts(entry('token.create', { label: 'Entra ID', kind: 'scim', scopes: [] }));
    expect(scim).toEqual([
      { label: 'Kind', value: 'SCIM provisioning (identity provider)' },
      { label: 'Access', value: '(none)' },
    ]);
    const organization = auditFacts(
      entry('organization.create', { name: 'EMEA', parentId: 'uuid-1', parent: 'Enterprise/Sales' }),
    );
    expect(organization).toEqual([{ label: 'Parent', value: 'Enterprise/Sales' }]);
    // A row written before the path was recorded still says which parent, by id.
    expect(auditFacts(entry('organization.create', { name: 'EMEA', parentId: 'uuid-1' }))).toEqual([
      { label: 'Parent', value: 'uuid-1' },
    ]);
  });

  it("reads an organization's rename and move as Name and Parent changes, naming the organization", () => {
    const renamed = entry('organization.rename', {
      name: 'Customer Support',
      organization: 'Enterprise/Customer Support',
      changes: { name: { old: 'Support', new: 'Customer Support' } },
    });
    expect(auditSubject(renamed)).toBe('Customer Support');
    expect(auditChangeLines(renamed).map((l) => [l.label, l.before, l.after])).toEqual([['Name', 'Support', 'Customer Support']]);
    expect(auditFacts(renamed)).toEqual([{ label: 'Organization', value: 'Enterprise/Customer Support' }]);
    const moved = entry('organization.move', {
      name: 'EMEA',
      changes: { parent: { old: 'Enterprise/Sales', new: 'Enterprise/Support' } },
    });
    expect(auditChangeLines(moved).map((l) => [l.label, l.before, l.after])).toEqual([
      ['Parent', 'Enterprise/Sales', 'Enterprise/Support'],
    ]);
    expect(auditFacts(entry('organization.delete', { name: 'Temp', parent: 'Enterprise' }))).toEqual([
      { label: 'Parent', value: 'Enterprise' },
    ]);
  });

  it('turns picked days into the instants the filter compares, both days included', () => {
    const { since, until } = localDayRange('2026-03-01', '2026-03-02');
    expect(new Date(since!).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(until!).getTime()).toBe(new Date(2026, 2, 3).getTime());
    expect(localDayRange('', '2026-02-30')).toEqual({ since: null, until: null });
    expect(startOfLocalDay('2026-12-31', 1)?.getTime()).toBe(new Date(2027, 0, 1).getTime());
  });
});
