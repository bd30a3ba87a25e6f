import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it("sees this connection's own writes, including raw SQL", () => {
    a.settings.read();
    a.db.prepare("UPDATE provisioning_settings SET tenant_url = 'https://raw.example' WHERE id = 1").run();
    expect(a.settings.read().tenantUrl).toBe('https://raw.example');
  });
});
