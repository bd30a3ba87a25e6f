// The renderer's store driven through the real HTTP client against a real console server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpApi } from '../../../renderer/api/http-client';
import { createConsoleStore, type ConsoleStore } from '../../../renderer/state/console-store';
import { isDirty } from '../../../renderer/state/settings/selectors';
import type { ConsoleApi } from '../../../preload/contract';
import { consoleServerInTempDir, type ConsoleServerFixture } from '../../fixtures/console-server';

describe('renderer settings slice over HTTP', () => {
  let fx: ConsoleServerFixture;
  let api: ConsoleApi;
  let store: ConsoleStore;
  beforeEach(async () => {
    fx = await consoleServerInTempDir();
    api = createHttpApi(fx.base, fx.server.sessionToken);
    store = createConsoleStore();
    await store.getState().loadSettings(api);
    await store.getState().loadOrganizations(api);
  });
  afterEach(() => fx.dispose());

  it('loads server truth into a clean draft', () => {
    const { settings } = store.getState();
    expect(settings.server?.version).toBe(1);
    expect(settings.draft).toEqual({ enabled: false, tenantUrl: '', newUserOrganizationId: null, syncedFields: ['status'] });
    expect(isDirty(store.getState())).toBe(false);
  });

  it('an edit makes it dirty; undoing the edit makes it clean again', () => {
    store.getState().editDraft({ syncedFields: ['status', 'city'] });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().editDraft({ syncedFields: ['status'] });
    expect(isDirty(store.getState())).toBe(false);
  });

  it('keeps an edit made while a reload was on its way, instead of resetting it to the loaded values', async () => {
    const loading = store.getState().loadSettings(api);
    store.getState().editDraft({ syncedFields: ['status', 'city'] });
    await loading;
    expect(store.getState().settings.draft?.syncedFields).toEqual(['status', 'city']);
    expect(store.getState().settings.loading).toBe(false);
    expect(isDirty(store.getState())).toBe(true);
  });

  it('an edit made during a reload that raced a save elsewhere meets the conflict when saved, not an overwrite', async () => {
    const loading = store.getState().loadSettings(api);
    store.getState().editDraft({ syncedFields: ['status', 'city'] });
    const other = createConsoleStore();
    await other.getState().loadSettings(api);
    other.getState().editDraft({ tenantUrl: 'https://other.example' });
    await other.getState().saveSettings(api);
    await loading;
    expect(await store.getState().saveSettings(api)).toMatchObject({ saved: false });
    expect(store.getState().settings.conflict).not.toBeNull();
    expect(fx.services.settings.get()).toMatchObject({
      version: 2,
      tenantUrl: 'https://other.example',
      syncedFields: ['status'],
    });
  });

  it('does not send a draft the rules refuse, and says which field', async () => {
    store.getState().editDraft({ enabled: true, tenantUrl: 'https://a.example/scim' });
    const result = await store.getState().saveSettings(api);
    expect(result).toEqual({ saved: false, field: 'newUserOrganizationId' });
    expect(store.getState().settings.feedback?.kind).toBe('error');
    expect(fx.services.settings.get().version).toBe(1);
  });

  it('saves and takes the normalized server answer as the new truth', async () => {
    const rootId = store.getState().organizations.list[0]!.id;
    store.getState().editDraft({ enabled: true, tenantUrl: 'https://A.example/scim/', newUserOrganizationId: rootId });
    expect(await store.getState().saveSettings(api)).toEqual({ saved: true });
    const { settings } = store.getState();
    expect(settings.server).toMatchObject({ version: 2, tenantUrl: 'https://a.example/scim' });
    expect(settings.draft?.tenantUrl).toBe('https://a.example/scim');
    expect(isDirty(store.getState())).toBe(false);
    expect(settings.feedback).toEqual({ kind: 'success', message: 'Provisioning settings saved.' });
  });

  it('a stale save sets the conflict, keeps the draft, and reload takes the saved version', async () => {
    const other = createConsoleStore();
    await other.getState().loadSettings(api);
    other.getState().editDraft({ tenantUrl: 'https://first.example' });
    await other.getState().saveSettings(api);

    store.getState().editDraft({ tenantUrl: 'https://second.example' });
    expect(await store.getState().saveSettings(api)).toEqual({ saved: false });
    expect(store.getState().settings.conflict).toMatch(
      /^Not saved: \S+ saved these settings at .+ and changed the Tenant URL\. Reload/,
    );
    expect(store.getState().settings.draft?.tenantUrl).toBe('https://second.example');

    await store.getState().reloadAfterConflict(api);
    expect(store.getState().settings.conflict).toBeNull();
    expect(store.getState().settings.draft?.tenantUrl).toBe('https://first.example');
  });

  it('creates an organization and lists it in tree order', async () => {
    const rootId = store.getState().organizations.list[0]!.id;
    const created = await store.getState().createOrganization(api, 'Provisioned', rootId);
    expect(store.getState().organizations.list.map((o) => o.name)).toEqual(['Enterprise', 'Provisioned']);
    expect(created.path).toEqual(['Enterprise', 'Provisioned']);
    await expect(store.getState().createOrganization(api, 'provisioned', rootId)).rejects.toMatchObject({
      code: 'conflict',
      field: 'name',
    });
  });

  it('a wrong session token surfaces as a load error', async () => {
    const fresh = createConsoleStore();
    await fresh.getState().loadSettings(createHttpApi(fx.base, 'wrong'));
    expect(fresh.getState().settings.loadError).toMatch(/session token/);
  });
});
