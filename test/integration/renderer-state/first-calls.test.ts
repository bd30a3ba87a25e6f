// The first view's calls start together at boot (renderer/api/first-calls.ts), against a real console
// server through the real HTTP client: the store's first loads take those answers without asking
// again, later loads ask main, and an answer that waited too long is not used.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_CALL_FRESH_MS, FIRST_CALLS, withFirstCalls } from '../../../renderer/api/first-calls';
import { createHttpApi } from '../../../renderer/api/http-client';
import { createConsoleStore } from '../../../renderer/state/console-store';
import { consoleServerInTempDir, type ConsoleServerFixture } from '../../fixtures/console-server';

describe('the first calls, started together', () => {
  let fx: ConsoleServerFixture;
  /** Channels in the order the client sent them. */
  let sent: string[];
  let answers: Promise<Response>[];
  const countingFetch: typeof fetch = (input, init) => {
    sent.push(String(input).replace(/.*\/api\//, ''));
    const answer = fetch(input, init);
    answers.push(answer);
    return answer;
  };
  beforeEach(async () => {
    fx = await consoleServerInTempDir();
    sent = [];
    answers = [];
  });
  afterEach(() => fx.dispose());

  it('sends all four before any answer, and the first loads use their answers', async () => {
    const api = withFirstCalls(createHttpApi(fx.base, fx.server.sessionToken, countingFetch));
    // Synchronously: none of them waits for another's answer.
    expect(sent).toEqual([...FIRST_CALLS]);
    const store = createConsoleStore();
    const state = store.getState();
    await Promise.all([state.loadSession(api), state.loadSettings(api), state.loadOrganizations(api), state.loadTokens(api)]);
    expect(sent).toHaveLength(4);
    const loaded = store.getState();
    expect(loaded.session.view?.privileges.length).toBeGreaterThan(0);
    expect(loaded.settings.server?.version).toBe(1);
    expect(loaded.organizations.list.length).toBeGreaterThan(0);
    expect(loaded.tokens.loaded).toBe(true);

    // Only once: the tab reloads whenever it is opened, and that reload reaches main.
    fx.services.settings.save(
      {
        version: 1,
        enabled: false,
        tenantUrl: 'https://changed.example/scim/v2',
        newUserOrganizationId: null,
        syncedFields: ['status'],
      },
      { name: 'bob' },
    );
    await store.getState().loadSettings(api);
    expect(sent).toEqual([...FIRST_CALLS, 'settings:get']);
    expect(store.getState().settings.server?.tenantUrl).toBe('https://changed.example/scim/v2');
  });

  it('asks main again when the early answer is older than the freshness limit', async () => {
    let clock = 0;
    const api = withFirstCalls(createHttpApi(fx.base, fx.server.sessionToken, countingFetch), () => clock);
    await Promise.all(answers); // the early answer holds version 1
    fx.services.settings.save(
      {
        version: 1,
        enabled: false,
        tenantUrl: 'https://later.example/scim/v2',
        newUserOrganizationId: null,
        syncedFields: ['status'],
      },
      { name: 'bob' },
    );
    clock = FIRST_CALL_FRESH_MS + 1;
    const store = createConsoleStore();
    await store.getState().loadSettings(api);
    expect(sent.filter((channel) => channel === 'settings:get')).toHaveLength(2);
    expect(store.getState().settings.server?.version).toBe(2);
  });

  it('keeps the API’s other members (the export downloads) and leaves other channels alone', async () => {
    const base = createHttpApi(fx.base, fx.server.sessionToken, countingFetch);
    const download = async () => new Blob([]);
    const api = withFirstCalls(Object.assign(base, { downloadExport: download }));
    expect(api.downloadExport).toBe(download);
    await api.invoke('gateway:status', {});
    expect(sent.at(-1)).toBe('gateway:status');
  });

  it('an early call that failed leaves no unhandled rejection behind', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      withFirstCalls(createHttpApi(fx.base, 'not-the-session-token', countingFetch));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sent).toHaveLength(4);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
