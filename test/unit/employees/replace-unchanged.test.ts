// A replace that would write exactly what is stored (Okta PUTs every user on each sync) writes nothing:
// same version, same lastModified, no changes. Anything that would change a column still writes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SelectableFieldKey } from '../../../preload/field-catalog';
import { enableProvisioning, servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

describe('EmployeeProvisioningService.replace with nothing to change', () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
    enableProvisioning(fx);
  });
  afterEach(() => fx.dispose());

  const user = {
    userName: 'kim@example.com',
    name: { givenName: 'Kim', familyName: 'Lee' },
    addresses: [{ type: 'work', locality: 'Lyon' }],
  };
  const stored = (id: string) => fx.store.employees.byId(id)!;

  it('keeps the version and lastModified and reports no changes when the same resource comes again', () => {
    const { employee } = fx.services.employees.create(user);
    fx.clock.advance(60_000);
    const again = fx.services.employees.replace(employee.id, user);
    expect(again.changes).toEqual({});
    expect(again.employee).toMatchObject({ version: 1, updatedAt: employee.updatedAt });
    expect(stored(employee.id)).toMatchObject({ version: 1, updatedAt: employee.updatedAt });
  });

  it('writes when only the resource text differs, though no owned field does', () => {
    const { employee } = fx.services.employees.create(user);
    const { employee: after } = fx.services.employees.replace(employee.id, { ...user, title: 'Supervisor' });
    expect(after.version).toBe(2);
    expect(JSON.parse(stored(employee.id).scimResource!)).toMatchObject({ title: 'Supervisor' });
  });

  it('writes when the same resource now fills a field the settings newly gave to SCIM', () => {
    const { employee } = fx.services.employees.create(user);
    expect(stored(employee.id).city).toBeNull();
    enableProvisioning(fx, ['status', 'city'] as SelectableFieldKey[]);
    const { employee: after, changes } = fx.services.employees.replace(employee.id, user);
    expect(after.version).toBe(2);
    expect(changes).toEqual({ city: { old: null, new: 'Lyon' } });
    expect(stored(employee.id).city).toBe('Lyon');
  });

  it('refuses as a version conflict when the row handed in went stale, even though nothing would change', () => {
    const { employee } = fx.services.employees.create(user);
    fx.services.employees.replace(employee.id, { ...user, displayName: 'Someone else' });
    expect(() => fx.services.employees.replace(employee.id, user, undefined, employee)).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'version' }),
    );
    expect(stored(employee.id)).toMatchObject({ version: 2, displayName: 'Someone else' });
  });
});
