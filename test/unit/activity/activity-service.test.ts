// The Activity view's data: hourly buckets found without an index on time, and the filters.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityFilter, type ActivityFilterInput } from '../../../preload/activity-contract';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const query = (filter: ActivityFilterInput, beforeId: number | null = null, limit = 10) => ({
  ...activityFilter.parse(filter),
  beforeId,
  limit,
});

describe('ActivityService', () => {
  let fx: ServicesFixture;
  const log = (at: string, status: number, userName = 'u') =>
    fx.store.provisioningLog.append({
      at,
      actor: 'Entra',
      tokenId: 't',
      method: 'GET',
      path: '/scim/v2/Users',
      resourceType: 'User',
      resourceId: null,
      userName,
      externalId: null,
      status,
      scimType: null,
      detail: null,
      changes: null,
      remoteAddress: '127.0.0.1',
      durationMs: 1,
      operation: status === 401 ? 'refused' : 'read',
    });
  beforeEach(() => {
    fx = servicesInTempDir();
    fx.clock.set(new Date('2026-11-28T12:30:00.000Z'));
  });
  afterEach(() => fx.dispose());

  it('counts requests and failures per hour over the window, empty hours included, older rows left out', () => {
    for (let i = 0; i < 50; i += 1) log('2026-11-26T08:00:00.000Z', 200); // before the window
    log('2026-11-27T13:10:00.000Z', 200); // first hour of a 24-hour window
    log('2026-11-28T10:05:00.000Z', 201);
    log('2026-11-28T10:50:00.000Z', 409);
    log('2026-11-28T12:29:59.000Z', 500);
    const { bucketSeconds, buckets } = fx.services.activity.chart(24);
    expect(bucketSeconds).toBe(3600);
    expect(buckets).toHaveLength(24);
    expect(buckets[0]).toEqual({ at: '2026-11-27T13:00:00.000Z', requests: 1, failures: 0 });
    expect(buckets.find((b) => b.at === '2026-11-28T10:00:00.000Z')).toEqual({
      at: '2026-11-28T10:00:00.000Z',
      requests: 2,
      failures: 1,
    });
    expect(buckets.at(-1)).toEqual({ at: '2026-11-28T12:00:00.000Z', requests: 1, failures: 1 });
    expect(buckets.reduce((n, b) => n + b.requests, 0)).toBe(4);
  });

  it('an empty log gives empty buckets', () => {
    expect(fx.services.activity.chart(3).buckets.map((b) => b.requests)).toEqual([0, 0, 0]);
  });

  it('lists newest first, failures only, by user, in pages', () => {
    log('2026-11-28T10:00:00.000Z', 200, 'ann');
    log('2026-11-28T10:01:00.000Z', 409, 'ann');
    log('2026-11-28T10:02:00.000Z', 200, 'bob');
    log('2026-11-28T10:03:00.000Z', 401, 'bob_x');
    expect(fx.services.activity.list(query({ outcome: 'failure' })).entries.map((e) => e.status)).toEqual([401, 409]);
    expect(fx.services.activity.list(query({ text: 'ob_' })).entries.map((e) => e.userName)).toEqual(['bob_x']);
    const first = fx.services.activity.list(query({}, null, 3));
    expect(first.entries).toHaveLength(3);
    const rest = fx.services.activity.list(query({}, first.nextBeforeId, 3));
    expect(rest).toEqual({ entries: [expect.objectContaining({ userName: 'ann', status: 200 })], nextBeforeId: null });
    expect(fx.services.gatewayStatus.status()).toMatchObject({
      running: false,
      lastCall: { status: 401 },
      lastError: { status: 401 },
    });
  });

  // Twice: rows not yet in the text index are read row by row (instr), indexed ones through the index.
  for (const indexed of [false, true]) {
    it(`finds a user by any part of the name in any case, letters beyond ASCII included (${indexed ? 'indexed' : 'not yet indexed'})`, () => {
      log('2026-11-28T10:00:00.000Z', 200, 'ÄNNE.Øster');
      log('2026-11-28T10:01:00.000Z', 200, 'anne.oster');
      log('2026-11-28T10:02:00.000Z', 200, '100%_sure');
      log('2026-11-28T10:03:00.000Z', 200, '\u212Aelvin'); // the Kelvin sign folds to k
      if (indexed) fx.store.provisioningLog.indexPendingText();
      const byUser = (user: string) => fx.services.activity.list(query({ text: user })).entries.map((e) => e.userName);
      expect(byUser('änne.ø')).toEqual(['ÄNNE.Øster']);
      expect(byUser('STER')).toEqual(['anne.oster', 'ÄNNE.Øster']);
      expect(byUser('ANNE')).toEqual(['anne.oster']); // Ä is a letter of its own, not an A
      expect(byUser('0%_')).toEqual(['100%_sure']); // '%' and '_' are plain characters
      expect(byUser('Ø%s')).toEqual([]);
      expect(byUser('KELVIN')).toEqual(['\u212Aelvin']);
    });
  }
});
