// How long the provisioning log is kept, over a real SQLite file: the setting (default 90 days,
// audited, bounded), and pruning in batches that each delete only rows older than the retention.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLogPruner } from '../../../main/services/activity/log-pruner';
import { contract } from '../../../preload/contract';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const DAY_MS = 86_400_000;

describe('log retention', () => {
  let fx: ServicesFixture;
  const now = new Date('2026-11-28T12:00:00.000Z');
  beforeEach(() => {
    fx = servicesInTempDir();
    fx.clock.set(now);
  });
  afterEach(() => fx.dispose());

  /** `count` rows, one an hour, the newest `newestDaysAgo` days before now. */
  const seed = (count: number, newestDaysAgo: number) =>
    fx.store.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
         INSERT INTO provisioning_log (at, method, path, status, duration_ms, operation)
         SELECT strftime('%Y-%m-%dT%H:%M:%fZ', ?, '-' || (? - 1 - i) || ' hours'), 'GET', '/scim/v2/Users', 200, 1, 'read' FROM n`,
      )
      .run(count, new Date(now.getTime() - newestDaysAgo * DAY_MS).toISOString(), count);
  const count = () => fx.store.db.prepare('SELECT count(*) FROM provisioning_log').pluck().get() as number;
  const oldest = () => fx.store.db.prepare('SELECT min(at) FROM provisioning_log').pluck().get() as string;

  it('is 90 days until changed; a change is audited, the same value writes nothing', () => {
    expect(fx.services.activity.retention()).toEqual({ days: 90, updatedAt: null, updatedBy: null });
    expect(fx.services.activity.setRetention(30, { name: 'ann' })).toEqual({
      days: 30,
      updatedAt: now.toISOString(),
      updatedBy: 'ann',
    });
    fx.services.activity.setRetention(30, { name: 'bob' });
    const audits = fx.store.audit.newestFirst(10).filter((row) => row.action === 'activity.retention');
    expect(audits).toEqual([expect.objectContaining({ actor: 'ann', details: { days: { old: 90, new: 30 } } })]);
  });

  it('refuses a retention outside 1 to 3650 whole days, naming the field', () => {
    const input = contract['activity:set-retention'].input;
    for (const days of [0, -1, 3651, 1.5, Number.NaN]) {
      expect(input.safeParse({ days }).error?.issues[0]?.path).toEqual(['days']);
    }
    expect(input.safeParse({ days: '30' }).success).toBe(false);
    expect(input.parse({ days: 3650 })).toEqual({ days: 3650 });
    expect(() => fx.store.db.prepare('UPDATE log_retention SET days = 0').run()).toThrow(/CHECK/);
  });

  it('prunes only rows older than the retention, oldest first, in bounded batches', () => {
    seed(24 * 200, 0); // 200 days of hourly rows, the newest now
    const total = count();
    expect(fx.services.activity.pruneBatch(500)).toBe(500);
    expect(count()).toBe(total - 500);
    let deleted = 500;
    for (let batch = fx.services.activity.pruneBatch(500); batch > 0; batch = fx.services.activity.pruneBatch(500)) {
      expect(batch).toBeLessThanOrEqual(500);
      deleted += batch;
    }
    // Kept: exactly the rows at or after now - 90 days (the one exactly 90 days old included).
    expect(deleted).toBe(total - (90 * 24 + 1));
    expect(oldest() >= new Date(now.getTime() - 90 * DAY_MS).toISOString()).toBe(true);
    expect(fx.services.activity.pruneBatch(500)).toBe(0);
  });

  it('a shorter retention prunes more on the next run; the pruner works through every batch', async () => {
    seed(24 * 40, 0);
    fx.services.activity.setRetention(7, { name: 'ann' });
    const errors: unknown[] = [];
    const pruner = startLogPruner(fx.services.activity, {
      batch: 100,
      pauseMs: 0,
      intervalMs: 3_600_000,
      onError: (e) => errors.push(e),
    });
    try {
      await pruner.runNow();
      expect(count()).toBe(7 * 24 + 1);
      expect(errors).toEqual([]);
    } finally {
      pruner.stop();
    }
  });

  it('keeps everything when nothing is old enough, and an empty log is fine', () => {
    expect(fx.services.activity.pruneBatch(100)).toBe(0);
    seed(48, 1);
    expect(fx.services.activity.pruneBatch(100)).toBe(0);
    expect(count()).toBe(48);
  });
});
