// The read fast path must answer exactly what the plain renderer answers.
import { describe, expect, it } from 'vitest';
import { renderUser, renderUserJson } from '../../../../main/gateway/scim/user-renderer';
import { sanitizeUser } from '../../../../main/gateway/scim/user-sanitizer';
import type { EmployeeRow } from '../../../../main/store/employees-repository';

const base: EmployeeRow = {
  id: 'e-1',
  userName: 'ann@example.com',
  externalId: 'x-1',
  firstName: 'Ann',
  lastName: 'Lee',
  displayName: 'Ann Lee',
  employeeNumber: '42',
  email: 'ann@example.com',
  workPhone: '+1 555',
  cellPhone: null,
  addressLine1: '1 Main St',
  city: 'Lyon',
  state: null,
  zipCode: '69001',
  country: 'FR',
  active: true,
  orgId: 'o',
  source: 'scim',
  scimResource: null,
  version: 3,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  scimDeletedAt: null,
};

describe('renderUserJson', () => {
  it.each([
    [
      'a stored resource',
      {
        ...base,
        scimResource: JSON.stringify(
          sanitizeUser({
            userName: 'ann@example.com',
            name: { givenName: 'Ann "A"' },
            emails: [{ type: 'work', value: 'a@b.c' }],
            title: 'Ünïcode \u2028',
          }),
        ),
      },
    ],
    [
      'a stored resource with only schemas',
      { ...base, scimResource: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'] }) },
    ],
    ['an employee SCIM never wrote (built from columns)', { ...base, source: 'local' as const }],
  ])('equals the plain renderer for %s', (_name, row) => {
    expect(JSON.parse(renderUserJson(row, 'https://idsvc.example.com/scim/v2', () => row))).toEqual(
      renderUser(row, 'https://idsvc.example.com/scim/v2'),
    );
  });

  it('reads the columns only when there is no stored resource', () => {
    let read = 0;
    renderUserJson({ ...base, scimResource: '{"userName":"a"}' }, 'https://x', () => {
      read += 1;
      return base;
    });
    expect(read).toBe(0);
  });
});
