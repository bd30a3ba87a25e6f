import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { organizationCreateInput } from '../../../preload/contract';
import { enableProvisioning, servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

describe('OrganizationsService', () => {
  let fx: ServicesFixture;
  let rootId: string;
  const create = (name: string, parentId = rootId) =>
    fx.services.organizations.create(organizationCreateInput.parse({ name, parentId }), { name: 'ann' });
  const count = () => (fx.store.db.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n;

  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
  });
  afterEach(() => fx.dispose());

  it('lists the tree in pre-order with depth and path, siblings by name', () => {
    const provisioning = create('SCIM Provisioned');
    create('Agents', provisioning.id);
    create('Billing');
    expect(fx.services.organizations.list().map((o) => [o.path.join('/'), o.depth])).toEqual([
      ['Enterprise', 0],
      ['Enterprise/Billing', 1],
      ['Enterprise/SCIM Provisioned', 1],
      ['Enterprise/SCIM Provisioned/Agents', 2],
    ]);
  });

  it('creates a child, trims the name and audits it', () => {
    const org = create('  Provisioned  ');
    expect(org).toMatchObject({ name: 'Provisioned', parentId: rootId, depth: 1, path: ['Enterprise', 'Provisioned'] });
    expect(fx.store.audit.newestFirst(1)[0]).toMatchObject({
      action: 'organization.create',
      target: org.id,
      actor: 'ann',
      details: { name: 'Provisioned', parentId: rootId, parent: 'Enterprise' },
    });
  });

  it('refuses a sibling with the same name in any case, and writes nothing', () => {
    create('Provisioned');
    expect(() => create('PROVISIONED')).toThrow(expect.objectContaining({ code: 'conflict', field: 'name' }));
    create('Ärzte Süd');
    expect(() => create('ärzte SÜD')).toThrow(expect.objectContaining({ code: 'conflict', field: 'name' }));
    expect(count()).toBe(3);
  });

  it('allows the same name under another parent', () => {
    const a = create('Region A');
    expect(create('Agents', a.id).path).toEqual(['Enterprise', 'Region A', 'Agents']);
    expect(create('Agents').path).toEqual(['Enterprise', 'Agents']);
  });

  it('refuses an unknown parent', () => {
    expect(() => create('X', 'missing')).toThrow(expect.objectContaining({ code: 'not_found', field: 'parentId' }));
    expect(count()).toBe(1);
  });

  it('the contract refuses an empty or over-long name before the service sees it', () => {
    expect(organizationCreateInput.safeParse({ name: '   ', parentId: rootId }).success).toBe(false);
    expect(organizationCreateInput.safeParse({ name: 'x'.repeat(101), parentId: rootId }).success).toBe(false);
    expect(organizationCreateInput.safeParse({ name: 'x'.repeat(100), parentId: rootId }).success).toBe(true);
  });
  describe('changing the tree', () => {
    const ann = { name: 'ann' };
    const paths = () => fx.services.organizations.list().map((o) => o.path.join('/'));
    const auditCount = () => fx.store.audit.newestFirst(1000).length;

    it('renames, unique among siblings in any case; the root too; audits old and new names', () => {
      const sales = create('Sales');
      create('Support');
      const renamed = fx.services.organizations.rename({ id: sales.id, name: 'Sales & Marketing' }, ann);
      expect(renamed).toMatchObject({ id: sales.id, name: 'Sales & Marketing', path: ['Enterprise', 'Sales & Marketing'] });
      expect(fx.store.audit.newestFirst(1)[0]).toMatchObject({
        action: 'organization.rename',
        target: sales.id,
        actor: 'ann',
        details: {
          name: 'Sales & Marketing',
          organization: 'Enterprise/Sales & Marketing',
          changes: { name: { old: 'Sales', new: 'Sales & Marketing' } },
        },
      });
      // Only its own case changes: allowed, it is the same name.
      expect(fx.services.organizations.rename({ id: sales.id, name: 'SALES & marketing' }, ann).name).toBe('SALES & marketing');
      const before = auditCount();
      expect(() => fx.services.organizations.rename({ id: sales.id, name: 'support' }, ann)).toThrow(
        expect.objectContaining({ code: 'conflict', field: 'name' }),
      );
      expect(() => fx.services.organizations.rename({ id: 'missing', name: 'X' }, ann)).toThrow(
        expect.objectContaining({ code: 'not_found', field: 'id' }),
      );
      expect(auditCount()).toBe(before);
      expect(fx.services.organizations.rename({ id: rootId, name: 'Contoso' }, ann).path).toEqual(['Contoso']);
      expect(paths()).toEqual(['Contoso', 'Contoso/SALES & marketing', 'Contoso/Support']);
    });

    it('moves with everything below it; never under itself or below itself, nor the root, nor onto a sibling name', () => {
      const sales = create('Sales');
      const emea = create('EMEA', sales.id);
      const north = create('North', emea.id);
      const support = create('Support');
      create('EMEA', support.id);
      const moved = fx.services.organizations.move({ id: emea.id, parentId: rootId }, ann);
      expect(moved.path).toEqual(['Enterprise', 'EMEA']);
      expect(paths()).toContain('Enterprise/EMEA/North');
      expect(fx.store.audit.newestFirst(1)[0]).toMatchObject({
        action: 'organization.move',
        target: emea.id,
        details: { name: 'EMEA', changes: { parent: { old: 'Enterprise/Sales', new: 'Enterprise' } } },
      });
      const before = paths();
      const refusals: Array<[{ id: string; parentId: string }, object]> = [
        [
          { id: emea.id, parentId: emea.id },
          { code: 'validation', field: 'parentId' },
        ],
        [
          { id: emea.id, parentId: north.id },
          { code: 'validation', field: 'parentId' },
        ],
        [
          { id: rootId, parentId: sales.id },
          { code: 'validation', field: 'id' },
        ],
        [
          { id: emea.id, parentId: support.id },
          { code: 'conflict', field: 'name' },
        ],
        [
          { id: emea.id, parentId: 'missing' },
          { code: 'not_found', field: 'parentId' },
        ],
        [
          { id: 'missing', parentId: rootId },
          { code: 'not_found', field: 'id' },
        ],
      ];
      for (const [input, refusal] of refusals) {
        expect(() => fx.services.organizations.move(input, ann), JSON.stringify(input)).toThrow(expect.objectContaining(refusal));
      }
      expect(paths()).toEqual(before);
    });

    it('deletes only an organization nothing is in, saying what is; counts employees in each and below', () => {
      const sales = create('Sales');
      const emea = create('EMEA', sales.id);
      const newHires = create('New Hires');
      const empty = create('Empty');
      enableProvisioning(fx, ['status'], newHires.id);
      const employee = fx.services.directory.createLocal({ userName: 'lee', organizationId: emea.id }, ann);
      const scim = fx.services.employees.create({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'gone' });
      fx.services.employees.delete(scim.employee.id);
      expect(fx.services.organizations.employeeCounts()).toEqual({ [rootId]: 2, [sales.id]: 1, [emea.id]: 1, [newHires.id]: 1 });

      const refuse = (id: string) => () => fx.services.organizations.delete({ id }, ann);
      expect(refuse(rootId)).toThrow(expect.objectContaining({ code: 'validation', field: 'id' }));
      expect(refuse(sales.id)).toThrow(
        expect.objectContaining({ code: 'conflict', message: 'It has 1 sub-organization: move or delete them first.' }),
      );
      expect(refuse(emea.id)).toThrow(
        expect.objectContaining({ code: 'conflict', message: '1 employee is in it: move them first.' }),
      );
      expect(refuse(newHires.id)).toThrow(
        expect.objectContaining({ code: 'conflict', message: expect.stringContaining('Organization for New Users') }),
      );
      expect(refuse('missing')).toThrow(expect.objectContaining({ code: 'not_found', field: 'id' }));
      expect(count()).toBe(5);

      fx.services.organizations.delete({ id: empty.id }, ann);
      expect(fx.store.audit.newestFirst(1)[0]).toMatchObject({
        action: 'organization.delete',
        target: empty.id,
        details: { name: 'Empty', parent: 'Enterprise' },
      });
      // Someone the identity provider deleted is still an employee of New Hires: WFO keeps them.
      enableProvisioning(fx, ['status'], rootId);
      expect(refuse(newHires.id)).toThrow(
        expect.objectContaining({ code: 'conflict', message: '1 employee is in it: move them first.' }),
      );
      fx.services.directory.move([employee.id], rootId, ann);
      fx.services.organizations.delete({ id: emea.id }, ann);
      fx.services.organizations.delete({ id: sales.id }, ann);
      expect(paths()).toEqual(['Enterprise', 'Enterprise/New Hires']);
    });
  });
});
