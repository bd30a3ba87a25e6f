import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services/services';
import { Store } from '../../../main/store/store';
import { makeTempDir } from '../../fixtures/temp-dir';

describe('read caches keyed on the change stamp', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let a: Store;
  let b: Store;
  beforeEach(() => {
    dir = makeTempDir();
    a = Store.open(dir.path);
    b = Store.open(dir.path);
  });
  afterEach(() => {
    a.close();
    b.close();
    dir.remove();
  });

  it('serves the same frozen settings object while nothing changed', () => {
    const first = a.settings.read();
    expect(a.settings.read()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first.syncedFields as string[]).push('city')).toThrow(TypeError);
  });

  it('sees a commit by another connection on the next read', () => {
    const before = a.settings.read();
    expect(
      b.settings.updateIfVersion(
        1,
        { enabled: false, tenantUrl: 'https://b.example', newUserOrganizationId: null, syncedFields: [] },
        'now',
        'bob',
      ),
    ).toBe(true);
    expect(a.settings.read()).not.toBe(before);
    expect(a.settings.read().tenantUrl).toBe('https://b.example');
  });

  it("with group commits on (a gateway), sees another connection's commit from the next turn of the event loop", async () => {
    a.groupCommits(() => undefined);
    const before = a.settings.read();
    const write = (tenantUrl: string, version: number) =>
      b.settings.updateIfVersion(
        version,
        { enabled: false, tenantUrl, newUserOrganizationId: null, syncedFields: [] },
        'now',
        'bob',
      );
    expect(write('https://b.example', 1)).toBe(true);
    // The same turn: data_version was read once for it.
    expect(a.settings.read()).toBe(before);
    await new Promise((resolve) => setImmediate(resolve));
    expect(a.settings.read().tenantUrl).toBe('https://b.example');
    // Its own writes it sees at once, in the same turn too.
    a.db.prepare("UPDATE provisioning_settings SET tenant_url = 'https://own.example' WHERE id = 1").run();
    expect(a.settings.read().tenantUrl).toBe('https://own.example');
    // Off again: every read looks.
    a.stopGroupCommits();
    expect(write('https://again.example', 2)).toBe(true);
    expect(a.settings.read().tenantUrl).toBe('https://again.example');
  });

  it("sees this connection's own writes, including raw SQL", () => {
    a.settings.read();
    a.db.prepare("UPDATE provisioning_settings SET tenant_url = 'https://raw.example' WHERE id = 1").run();
    expect(a.settings.read().tenantUrl).toBe('https://raw.example');
  });

  it('keeps the settings cache across employee writes: edits, moves and their history move no stamp', () => {
    const services = createServices(a, { firstOperator: { name: 'ann' } });
    const rootId = services.organizations.list()[0]!.id;
    const salesId = services.organizations.create({ name: 'Sales', parentId: rootId }, { name: 'ann' }).id;
    const amy = services.directory.createLocal({ userName: 'amy', organizationId: rootId }, { name: 'ann' });
    const cached = a.settings.read();
    services.directory.update(amy.id, { city: 'Oslo' }, { name: 'ann' }, () => true);
    expect(a.settings.read(), 'after an edit').toBe(cached);
    services.directory.move([amy.id], salesId, { name: 'ann' });
    expect(a.settings.read(), 'after a move').toBe(cached);
    services.directory.update(amy.id, { city: 'Rome', organizationId: rootId }, { name: 'ann' }, () => true);
    expect(a.settings.read(), 'after an edit that moves').toBe(cached);
    expect(services.directory.history(amy.id, null, 10).entries).toHaveLength(4);
  });
});
