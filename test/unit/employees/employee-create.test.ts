// create(): time-ordered ids, and a taken userName refused by the unique index itself (there is no
// look-up first), with nothing written; a name freed by a SCIM delete can be taken again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enableProvisioning, servicesInTempDir, type ServicesFixture } from '../../fixtures/services';
import { MATCH_ALL } from '../../../main/store/employee-query';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('EmployeeProvisioningService.create', () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
    enableProvisioning(fx);
  });
  afterEach(() => fx.dispose());

  const user = (userName: string) => ({ userName, name: { givenName: 'Kim', familyName: 'Lee' } });
  const count = () => fx.store.employees.count(MATCH_ALL);

  it('gives each new employee a UUIDv7 id, later ones sorting after earlier ones', () => {
    const ids = ['a', 'b', 'c', 'd'].map((name) => fx.services.employees.create(user(`${name}@example.com`)).employee.id);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect([...ids].sort()).toEqual(ids);
  });

  it('refuses a userName held by another visible employee, in any case, and writes nothing', () => {
    fx.services.employees.create(user('kim@example.com'));
    expect(() => fx.services.employees.create(user('KIM@example.com'))).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'userName', message: "userName 'KIM@example.com' is already in use." }),
    );
    expect(count()).toBe(1);
  });

  it('stores a blank externalId or displayName as absent, for users and groups alike', () => {
    const { employee } = fx.services.employees.create({ ...user('kim@example.com'), externalId: '  ', displayName: '' });
    expect(fx.store.employees.byId(employee.id)).toMatchObject({ externalId: null, displayName: null });
    const { group } = fx.services.groups.create({ displayName: 'Agents', externalId: ' ' });
    expect(fx.store.groups.visibleById(group.id)).toMatchObject({ externalId: null });
  });

  it('lets a userName freed by a SCIM delete be taken again', () => {
    const { employee } = fx.services.employees.create(user('kim@example.com'));
    fx.services.employees.delete(employee.id);
    expect(fx.services.employees.create(user('kim@example.com')).employee.id).not.toBe(employee.id);
    expect(count()).toBe(1);
    expect(fx.store.employees.byId(employee.id)).toMatchObject({
      userName: 'kim@example.com',
      scimDeletedAt: expect.any(String),
    });
  });
});
