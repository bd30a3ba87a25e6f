import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../preload/contract';
import { createConsoleStore } from '../../../renderer/state/console-store';
import { draftFrom } from '../../../renderer/state/settings/initial-state';

const saved: SettingsView = {
  enabled: false,
  tenantUrl: null,
  suggestedTenantUrl: 'https://host:8443/scim/v2',
  newUserOrganizationId: null,
  syncedFields: ['status'],
  version: 1,
  updatedAt: null,
  updatedBy: null,
};

function storeWithSettings() {
  const store = createConsoleStore();
  store.setState((s) => ({ settings: { ...s.settings, server: saved, draft: draftFrom(saved) } }));
  return store;
}

describe('navigation slice', () => {
  it('starts on Provisioning Settings and moves freely while nothing is unsaved', () => {
    const store = storeWithSettings();
    expect(store.getState().navigation).toEqual({ view: 'settings', pending: null });
    store.getState().navigate('activity');
    expect(store.getState().navigation).toEqual({ view: 'activity', pending: null });
    store.getState().navigate('gateway');
    store.getState().navigate('settings');
    expect(store.getState().navigation.view).toBe('settings');
  });

  it('holds a move away from unsaved settings until it is confirmed, then discards the draft', () => {
    const store = storeWithSettings();
    store.getState().editDraft({ tenantUrl: 'https://typed.example.com/scim/v2' });
    store.getState().navigate('gateway');
    expect(store.getState().navigation).toEqual({ view: 'settings', pending: 'gateway' });
    expect(store.getState().settings.draft?.tenantUrl).toBe('https://typed.example.com/scim/v2');

    store.getState().confirmNavigation();
    expect(store.getState().navigation).toEqual({ view: 'gateway', pending: null });
    expect(store.getState().settings.draft).toEqual(draftFrom(saved));
  });

  it('keeps the view and the draft when the move is cancelled', () => {
    const store = storeWithSettings();
    store.getState().editDraft({ enabled: true });
    store.getState().navigate('activity');
    store.getState().cancelNavigation();
    expect(store.getState().navigation).toEqual({ view: 'settings', pending: null });
    expect(store.getState().settings.draft?.enabled).toBe(true);
  });

  it('does not ask when the current view is asked for again', () => {
    const store = storeWithSettings();
    store.getState().editDraft({ enabled: true });
    store.getState().navigate('settings');
    expect(store.getState().navigation).toEqual({ view: 'settings', pending: null });
  });
});
