// PATCH hands replace() the row it patched; a row that went stale meanwhile must be refused, not written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enableProvisioning, servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

describe('EmployeeProvisioningService.replace with the row already read', () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
    enableProvisioning(fx);
  });
  afterEach(() => fx.dispose());

  const user = (givenName: string) => ({ userName: 'kim@example.com', name: { givenName, familyName: 'Lee' } });

  it('writes when the row is current', () => {
    const { employee } = fx.services.employees.create(user('Kim'));
    const { employee: after } = fx.services.employees.replace(employee.id, user('Kimberly'), undefined, employee);
    expect(after).toMatchObject({ firstName: 'Kimberly', version: 2 });
    expect(fx.store.employees.byId(employee.id)).toMatchObject({ firstName: 'Kimberly', version: 2 });
  });

  it('refuses with a version conflict when another writer got there first, and keeps their write', () => {
    const { employee } = fx.services.employees.create(user('Kim'));
    fx.services.employees.replace(employee.id, user('Other'));
    expect(() => fx.services.employees.replace(employee.id, user('Mine'), undefined, employee)).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'version' }),
    );
    expect(fx.store.employees.byId(employee.id)).toMatchObject({ firstName: 'Other', version: 2 });
  });
});
