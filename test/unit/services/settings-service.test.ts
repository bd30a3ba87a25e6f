import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsSaveInput, type SettingsSaveInput } from '../../../preload/contract';
import { ServiceError } from '../../../main/services/errors';
import { Store } from '../../../main/store/store';
import { SettingsService } from '../../../main/services/settings/settings-service';
import { suggestTenantUrl } from '../../../main/services/settings/tenant-url-suggestion';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const admin = { name: 'ann' };

describe('SettingsService', () => {
  let fx: ServicesFixture;
  let rootId: string;
  const save = (input: SettingsSaveInput, actor = admin) => fx.services.settings.save(settingsSaveInput.parse(input), actor);
  const auditCount = () => (fx.store.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
  });
  afterEach(() => fx.dispose());

  it('starts disabled, with Status selected, no Tenant URL and a suggestion that is not saved', () => {
    const view = fx.services.settings.get();
    expect(view).toMatchObject({
      enabled: false,
      tenantUrl: null,
      newUserOrganizationId: null,
      syncedFields: ['status'],
      version: 1,
      suggestedTenantUrl: 'https://host.example:8443/scim/v2',
    });
    expect(fx.store.settings.read().tenantUrl).toBeNull();
  });

  it('saves, normalizes the Tenant URL, bumps the version and writes an audit row with old and new values', () => {
    const view = save({
      version: 1,
      enabled: true,
      tenantUrl: 'https://IDSVC.example.com/scim/v2/',
      newUserOrganizationId: rootId,
      syncedFields: ['email', 'status'],
    });
    expect(view).toMatchObject({
      enabled: true,
      tenantUrl: 'https://idsvc.example.com/scim/v2',
      newUserOrganizationId: rootId,
      syncedFields: ['status', 'email'],
      version: 2,
      updatedBy: 'ann',
      updatedAt: '2026-11-28T12:00:00.000Z',
    });
    const [entry] = fx.store.audit.newestFirst(1);
    expect(entry).toMatchObject({ actor: 'ann', action: 'settings.save', at: '2026-11-28T12:00:00.000Z' });
    expect(entry!.details).toEqual({
      changes: {
        enabled: { old: false, new: true },
        tenantUrl: { old: null, new: 'https://idsvc.example.com/scim/v2' },
        newUserOrganizationId: { old: null, new: rootId },
        // The organization by its path too, for the Audit view.
        newUserOrganization: { old: null, new: 'Enterprise' },
        syncedFields: { old: ['status'], new: ['status', 'email'] },
      },
    });
  });

  it('a save that changes nothing writes nothing', () => {
    const view = save({ version: 1, enabled: false, tenantUrl: null, newUserOrganizationId: null, syncedFields: ['status'] });
    expect(view.version).toBe(1);
    expect(auditCount()).toBe(0);
  });

  it('refuses a stale save with conflict and writes nothing', () => {
    save({ version: 1, enabled: false, tenantUrl: 'https://a.example/scim', newUserOrganizationId: null, syncedFields: [] });
    const before = auditCount();
    expect(() =>
      save({ version: 1, enabled: false, tenantUrl: 'https://b.example/scim', newUserOrganizationId: null, syncedFields: [] }),
    ).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(fx.services.settings.get()).toMatchObject({ tenantUrl: 'https://a.example/scim', version: 2 });
    expect(auditCount()).toBe(before);
  });

  it('sees a save made by another process and refuses the stale one there too', () => {
    const other = Store.open(fx.dataDir);
    try {
      const otherSettings = new SettingsService(other, fx.clock, 'x');
      otherSettings.save(
        settingsSaveInput.parse({
          version: 1,
          enabled: false,
          tenantUrl: 'https://other.example',
          newUserOrganizationId: null,
          syncedFields: [],
        }),
        { name: 'bob' },
      );
      expect(fx.services.settings.get()).toMatchObject({ tenantUrl: 'https://other.example', updatedBy: 'bob' });
      expect(() => save({ version: 1, enabled: false, tenantUrl: null, newUserOrganizationId: null, syncedFields: [] })).toThrow(
        expect.objectContaining({ code: 'conflict' }),
      );
    } finally {
      other.close();
    }
  });

  it.each([
    [
      'an unknown organization',
      { version: 1, enabled: false, tenantUrl: null, newUserOrganizationId: 'no-such-org', syncedFields: [] },
      'newUserOrganizationId',
      /does not exist/,
    ],
    [
      'enabling without an organization',
      { version: 1, enabled: true, tenantUrl: 'https://a.example/scim', newUserOrganizationId: null, syncedFields: [] },
      'newUserOrganizationId',
      /before enabling/,
    ],
  ])('refuses %s, naming the field, and writes nothing', (_name, input, field, message) => {
    let caught: unknown;
    try {
      save(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ServiceError);
    expect(caught).toMatchObject({ code: 'validation', field });
    expect((caught as Error).message).toMatch(message);
    expect(fx.services.settings.get().version).toBe(1);
    expect(auditCount()).toBe(0);
  });

  it('refuses enabling without a Tenant URL', () => {
    expect(() => save({ version: 1, enabled: true, tenantUrl: null, newUserOrganizationId: rootId, syncedFields: [] })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'tenantUrl' }),
    );
    expect(fx.services.settings.get().enabled).toBe(false);
  });

  it('settings survive closing and re-opening the database', () => {
    save({
      version: 1,
      enabled: true,
      tenantUrl: 'https://a.example/scim/v2',
      newUserOrganizationId: rootId,
      syncedFields: ['city'],
    });
    fx.services.close();
    const reopened = Store.open(fx.dataDir);
    try {
      expect(new SettingsService(reopened, fx.clock, 'x').get()).toMatchObject({
        enabled: true,
        tenantUrl: 'https://a.example/scim/v2',
        newUserOrganizationId: rootId,
        syncedFields: ['city'],
        version: 2,
      });
    } finally {
      reopened.close();
    }
  });
});

describe('suggestTenantUrl', () => {
  it("uses this machine's host name, the gateway port and base path", () => {
    expect(suggestTenantUrl('WFO-App01.corp.example')).toBe('https://wfo-app01.corp.example:8443/scim/v2');
  });
  it('falls back to localhost when the host name cannot form a URL', () => {
    expect(suggestTenantUrl('bad host/name')).toBe('https://localhost:8443/scim/v2');
  });
});
