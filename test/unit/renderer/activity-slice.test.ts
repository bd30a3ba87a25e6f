import { describe, expect, it } from 'vitest';
import { ApiError, type ActivityEntry, type ChannelInput, type ConsoleApi } from '../../../preload/contract';
import { createConsoleStore } from '../../../renderer/state/console-store';

const entry = (id: number, status = 200): ActivityEntry => ({
  id,
  at: '2026-11-28T10:00:00Z',
  actor: 'Okta',
  method: 'GET',
  path: '/scim/v2/Users',
  resourceType: 'Users',
  resourceId: null,
  userName: `user${id}`,
  externalId: null,
  status,
  scimType: null,
  detail: null,
  changes: null,
  remoteAddress: '127.0.0.1',
  durationMs: 1,
  operation: 'read',
});
const OPEN = { since: null, until: null, operation: null, resourceType: null, outcome: null, text: null, exact: false };

/** A fake console API: answers activity:list from the handler and records each input. */
function fakeApi(
  list: (input: ChannelInput<'activity:list'>) => Promise<{ entries: ActivityEntry[]; nextBeforeId: number | null }>,
) {
  const calls: Array<ChannelInput<'activity:list'>> = [];
  const api = {
    async invoke(channel: string, input: unknown) {
      if (channel === 'activity:list') {
        calls.push(input as ChannelInput<'activity:list'>);
        return list(input as ChannelInput<'activity:list'>);
      }
      if (channel === 'activity:chart') return { bucketSeconds: 3600, buckets: [] };
      if (channel === 'gateway:status') throw new ApiError({ code: 'unavailable', message: 'down' });
      throw new Error(`unexpected ${channel}`);
    },
  } as ConsoleApi;
  return { api, calls };
}

describe('activity slice', () => {
  it('loads the first page with the filter, then older pages after it', async () => {
    const { api, calls } = fakeApi(async (input) =>
      input.beforeId ? { entries: [entry(1)], nextBeforeId: null } : { entries: [entry(3), entry(2)], nextBeforeId: 2 },
    );
    const store = createConsoleStore();
    await store
      .getState()
      .setActivityFilter(api, { outcome: 'failure', text: '  ann ', operation: 'delete', resourceType: 'Group' });
    expect(calls[0]).toEqual({ ...OPEN, outcome: 'failure', text: 'ann', operation: 'delete', resourceType: 'Group', limit: 50 });
    expect(store.getState().activity).toMatchObject({ loaded: true, nextBeforeId: 2, loadError: null });

    await store.getState().loadMoreActivity(api);
    expect(calls[1]).toEqual({
      ...OPEN,
      outcome: 'failure',
      text: 'ann',
      operation: 'delete',
      resourceType: 'Group',
      limit: 50,
      beforeId: 2,
    });
    expect(store.getState().activity.entries.map((e) => e.id)).toEqual([3, 2, 1]);
    expect(store.getState().activity.nextBeforeId).toBeNull();
  });

  it('sends the whole-name filter with its text only', async () => {
    const { api, calls } = fakeApi(async () => ({ entries: [], nextBeforeId: null }));
    const store = createConsoleStore();
    await store.getState().setActivityFilter(api, { text: ' ann@example.com ', exact: true });
    expect(calls.at(-1)).toEqual({ ...OPEN, text: 'ann@example.com', exact: true, limit: 50 });
    await store.getState().setActivityFilter(api, { text: '  ' });
    expect(calls.at(-1)).toEqual({ ...OPEN, limit: 50 });
  });

  it('sends no text filter for blank text, and picked days as local midnights (the last day included)', async () => {
    const { api, calls } = fakeApi(async () => ({ entries: [], nextBeforeId: null }));
    const store = createConsoleStore();
    await store.getState().setActivityFilter(api, { text: '   ', from: '2026-11-02', to: '2026-11-03' });
    expect(calls[0]).toMatchObject({
      text: null,
      since: new Date(2026, 10, 2).toISOString(),
      until: new Date(2026, 10, 4).toISOString(),
    });
  });

  it('sends an unknown operation or outcome as open, not as text the server would refuse', async () => {
    const { api, calls } = fakeApi(async () => ({ entries: [], nextBeforeId: null }));
    const store = createConsoleStore();
    await store.getState().setActivityFilter(api, { operation: 'drop', outcome: 'maybe' });
    expect(calls[0]).toMatchObject({ operation: null, outcome: null });
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    const answers: Array<(page: { entries: ActivityEntry[]; nextBeforeId: number | null }) => void> = [];
    const { api } = fakeApi(() => new Promise((resolve) => answers.push(resolve)));
    const store = createConsoleStore();
    const first = store.getState().setActivityFilter(api, { text: 'a' });
    const second = store.getState().setActivityFilter(api, { text: 'ann' });
    answers[1]!({ entries: [entry(9)], nextBeforeId: null });
    await second;
    answers[0]!({ entries: [entry(1), entry(2)], nextBeforeId: 2 });
    await first;
    expect(store.getState().activity.entries.map((e) => e.id)).toEqual([9]);
    expect(store.getState().activity.filter.text).toBe('ann');
  });

  it('reports a failed load in its live region and keeps what was shown', async () => {
    let fail = false;
    const { api } = fakeApi(async () => {
      if (fail) throw new ApiError({ code: 'unavailable', message: 'The console server cannot be reached.' });
      return { entries: [entry(1)], nextBeforeId: null };
    });
    const store = createConsoleStore();
    await store.getState().refreshActivity(api);
    fail = true;
    await store.getState().loadActivity(api);
    const { activity } = store.getState();
    expect(activity.entries).toHaveLength(1);
    expect(activity.feedback).toEqual({
      kind: 'error',
      message: 'The activity could not be loaded: The console server cannot be reached.',
    });
  });
});

describe('gateway slice', () => {
  it('announces a failure once, not on every timer reload', async () => {
    const { api } = fakeApi(async () => ({ entries: [], nextBeforeId: null }));
    const store = createConsoleStore();
    await store.getState().loadGatewayStatus(api);
    expect(store.getState().gateway.feedback?.kind).toBe('error');
    store.setState((s) => ({ gateway: { ...s.gateway, feedback: null } }));
    await store.getState().loadGatewayStatus(api);
    expect(store.getState().gateway.feedback).toBeNull();
    await store.getState().loadGatewayStatus(api, { announce: true });
    expect(store.getState().gateway.feedback?.kind).toBe('error');
  });
});
