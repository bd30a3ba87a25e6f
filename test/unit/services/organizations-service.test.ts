import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { organizationCreateInput } from '../../../preload/contract';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

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
});
