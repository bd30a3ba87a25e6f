// The Activity search through the text index (migration 013) over a real SQLite file: every searched
// column, the product's case folding, absent text, the other filters and keyset pages (against the
// same search done by reading every row in JS), pruning, reused ids, and the migration's backfill.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProvisioningLogEntry } from '../../../main/store/provisioning-log-repository';
import { MAX_PENDING, TEXT_INDEX_BATCH } from '../../../main/store/provisioning-log-text-index';
import { Store } from '../../../main/store/store';
import { activityFilter, type ActivityFilterInput } from '../../../preload/activity-contract';
import { ACTIVITY_OPERATIONS } from '../../../preload/activity-operations';
import { foldCase } from '../../../preload/case-fold';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';
import { logEntry } from '../../fixtures/log-entry';
import { makeTempDir } from '../../fixtures/temp-dir';
import { databaseAtVersion } from '../../fixtures/database-at-version';
import { eventually } from '../../fixtures/eventually';

const row = (i: number, changes: Partial<ProvisioningLogEntry> = {}): ProvisioningLogEntry =>
  logEntry({
    at: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
    path: `/scim/v2/Users?filter=userName%20eq%20%22u${i}%22`,
    userName: `u${i}@example.com`,
    externalId: `ext-${i}`,
    ...changes,
  });

describe('Activity search through the text index', () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
  });
  afterEach(() => fx.dispose());

  const append = (entries: ProvisioningLogEntry[]) =>
    fx.store.transaction(() => {
      for (const entry of entries) fx.store.provisioningLog.append(entry);
    });
  const mark = () => fx.store.db.prepare('SELECT indexed_through FROM provisioning_log_text_mark').pluck().get() as number;
  const list = (filter: ActivityFilterInput, beforeId: number | null = null, limit = 50) =>
    fx.services.activity.list({ ...activityFilter.parse(filter), beforeId, limit });
  const ids = (filter: ActivityFilterInput) => list(filter).entries.map((e) => e.id);

  /** Until the idle indexer has reached `through` (it starts 200 ms after the last append). */
  const indexedThrough = async (through: number) => {
    await eventually(() => mark() >= through, { everyMs: 50 });
    return mark();
  };

  it('indexes rows once appends pause, and finds text in every searched column, folded, indexed or not', async () => {
    append([
      row(0, { userName: 'ÄNNE.Øster' }),
      row(1, { externalId: 'EXT-Ωmega-7' }),
      row(2, { actor: 'Entra ID (Contoso)' }),
      row(3, { path: '/scim/v2/Groups/9f1c-QUARTZ' }),
      row(4, { status: 409, detail: 'userName Zebra.Crossing is taken' }),
      row(5, { userName: '\u212Aelvin "quoted" OR name*' }),
    ]);
    append(Array.from({ length: TEXT_INDEX_BATCH }, (_, i) => row(100 + i)));
    // Appends index nothing themselves; once they pause, the rows are indexed a batch at a time.
    expect(mark()).toBe(0);
    expect(await indexedThrough(TEXT_INDEX_BATCH + 6)).toBe(TEXT_INDEX_BATCH + 6);
    append([row(999, { userName: 'änne.tail' })]); // above the mark: read row by row until indexed
    expect(mark()).toBe(TEXT_INDEX_BATCH + 6);
    expect(ids({ text: 'ÄNNE' })).toEqual([TEXT_INDEX_BATCH + 7, 1]); // one row not indexed yet, one indexed
    expect(await indexedThrough(TEXT_INDEX_BATCH + 7)).toBe(TEXT_INDEX_BATCH + 7);

    expect(ids({ text: 'änne.ø' })).toEqual([1]);
    expect(ids({ text: 'ÄNNE' })).toEqual([TEXT_INDEX_BATCH + 7, 1]); // one row indexed, one not yet
    expect(ids({ text: 'Ωmega' })).toEqual([2]);
    expect(ids({ text: 'ωMEGA' })).toEqual([2]);
    expect(ids({ text: 'contoso)' })).toEqual([3]);
    expect(ids({ text: 'quartz' })).toEqual([4]);
    expect(ids({ text: 'zebra.crossing' })).toEqual([5]);
    expect(ids({ text: 'KELVIN "QUOTED" or NAME*' })).toEqual([6]); // quotes and FTS operators are text
    expect(ids({ text: '"quoted"' })).toEqual([6]);
    expect(ids({ text: 'u104@' })).toEqual([11]);
    expect(ids({ text: 'nowhere-at-all' })).toEqual([]);
    expect(ids({ text: 'a"b' })).toEqual([]);
  });

  it('under appends that never pause, the rows left unindexed stay within MAX_PENDING', () => {
    const many = (from: number, count: number) => Array.from({ length: count }, (_, i) => row(from + i));
    append(many(0, MAX_PENDING)); // one transaction: no pause in between
    expect(mark()).toBe(0);
    append(many(MAX_PENDING, 1)); // the append past the bound indexes the oldest batch itself
    expect(mark()).toBe(TEXT_INDEX_BATCH);
    expect(ids({ text: 'u5@example' })).toEqual([6]); // indexed
    expect(ids({ text: `u${MAX_PENDING}@example` })).toEqual([MAX_PENDING + 1]); // not yet
  });

  it('gives what reading every row gives, with each other filter and in keyset pages', () => {
    const operations = ACTIVITY_OPERATIONS;
    append(
      Array.from({ length: 900 }, (_, i) =>
        row(i, {
          userName: i % 7 === 0 ? `Group Night ${i % 5}` : `user${i}@example.com`,
          resourceType: i % 7 === 0 ? 'Group' : 'User',
          operation: operations[i % operations.length]!,
          status: i % 11 === 0 ? 500 : 200,
          detail: i % 13 === 0 ? 'Rare reason Kappa' : null,
        }),
      ),
    );
    fx.store.provisioningLog.indexPendingText();
    expect(mark()).toBe(900);
    const all = list({}, null, 1000).entries;
    const day = (i: number) => new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString();
    const filters: ActivityFilterInput[] = [
      { text: 'night' },
      { text: 'night 3' },
      { text: 'kappa' },
      { text: 'example.com' },
      { text: 'example.com', operation: 'delete' },
      { text: 'example.com', resourceType: 'Group' }, // a common text, a filter it never meets: nothing
      { text: 'night', resourceType: 'User' },
      { text: 'kappa', outcome: 'failure' },
      { text: 'example.com', outcome: 'success', operation: 'create' },
      { text: 'user1', since: day(100), until: day(400) },
      { text: 'night', since: day(300), operation: 'read' },
      { text: 'absent text' },
      // The whole name: one group of many holding "night", not the users whose names hold a part of it.
      { text: 'GROUP NIGHT 3', exact: true },
      { text: 'group night', exact: true },
      { text: 'user15@example.com', exact: true },
      { text: 'user15@example.com', exact: true, operation: 'update' },
    ];
    for (const filter of filters) {
      const parsed = activityFilter.parse(filter);
      const needle = foldCase(parsed.text!);
      const expected = all
        .filter((e) =>
          [e.userName, e.externalId, e.actor, e.path, e.detail].some((v) => v !== null && foldCase(v).includes(needle)),
        )
        .filter((e) => !parsed.exact || (e.userName !== null && foldCase(e.userName) === needle))
        .filter((e) => parsed.operation === null || e.operation === parsed.operation)
        .filter((e) => parsed.resourceType === null || e.resourceType === parsed.resourceType)
        .filter((e) => parsed.outcome === null || (parsed.outcome === 'failure') === e.status >= 400)
        .filter((e) => (parsed.since === null || e.at >= parsed.since) && (parsed.until === null || e.at < parsed.until))
        .map((e) => e.id);
      const paged: number[] = [];
      let beforeId: number | null = null;
      do {
        const page = list(filter, beforeId, 7);
        paged.push(...page.entries.map((e) => e.id));
        beforeId = page.nextBeforeId;
      } while (beforeId !== null);
      expect(paged, JSON.stringify(filter)).toEqual(expected);
      expect(ids(filter), JSON.stringify(filter)).toEqual(expected.slice(0, 50));
    }
    expect(ids({ text: 'example.com', resourceType: 'Group' })).toEqual([]);
    expect(ids({ text: 'night 3' }).length).toBeGreaterThan(0);
    expect(ids({ text: 'group night 3', exact: true }).length).toBeGreaterThan(0);
    expect(ids({ text: 'group night', exact: true })).toEqual([]);
    expect(ids({ text: 'user15@example.com', exact: true })).toHaveLength(1);
  });

  it('forgets pruned rows, and a reused id is searched by its new text only', () => {
    append(Array.from({ length: 600 }, (_, i) => row(i, { userName: i < 500 ? `old-${i}@example.com` : `kept-${i}` })));
    fx.store.provisioningLog.indexPendingText();
    const indexed = (text: string) =>
      fx.store.db
        .prepare('SELECT count(*) FROM provisioning_log_text WHERE provisioning_log_text MATCH ?')
        .pluck()
        .get(`"${text}"`);
    expect(ids({ text: 'old-42@' })).toHaveLength(1);
    expect(indexed('old-')).toBe(500);
    const cutoff = new Date(Date.UTC(2026, 10, 1) + 500 * 1000).toISOString();
    while (fx.store.transaction(() => fx.store.provisioningLog.pruneBatch(cutoff, 2000)) > 0);
    expect(ids({ text: 'old-' })).toEqual([]);
    expect(indexed('old-')).toBe(0);
    expect(ids({ text: 'kept-' })).toHaveLength(50);
    expect(indexed('kept-')).toBe(100);

    // Everything goes: new rows take ids from 1 again, below the old mark. They must be searched.
    while (fx.store.transaction(() => fx.store.provisioningLog.pruneBatch('9999-01-01T00:00:00.000Z', 2000)) > 0);
    expect(mark()).toBe(0);
    append([row(1, { userName: 'Reborn-One' })]);
    expect(ids({ text: 'reborn' })).toEqual([1]);
    expect(ids({ text: 'kept-' })).toEqual([]);
    fx.store.provisioningLog.indexPendingText();
    expect(ids({ text: 'reborn' })).toEqual([1]);
    expect(ids({ text: 'u1@' })).toEqual([]);
  });
});

describe('migration 013', () => {
  it('indexes the rows logged before it, so they are found through the index', () => {
    const dir = makeTempDir();
    try {
      const db = databaseAtVersion(dir.path, 12);
      const insert = db.prepare(
        `INSERT INTO provisioning_log (at, actor, method, path, user_name, external_id, status, detail, duration_ms)
         VALUES ('2026-01-01T00:00:00.000Z', ?, 'GET', ?, ?, ?, ?, ?, 1)`,
      );
      insert.run('Okta', '/scim/v2/Users', 'ÄNNE@example.com', 'x-1', 200, null);
      insert.run('Entra', '/scim/v2/Groups/Quartz', 'Night shift', null, 200, null);
      insert.run(null, '/scim/v2/Users', null, null, 401, 'The bearer token has expired.');
      db.close();

      const store = Store.open(dir.path);
      try {
        expect(store.db.prepare('SELECT indexed_through FROM provisioning_log_text_mark').pluck().get()).toBe(3);
        const search = (text: string) =>
          store.db
            .prepare('SELECT rowid FROM provisioning_log_text WHERE provisioning_log_text MATCH ?')
            .pluck()
            .all(`"${text}"`);
        expect(search('änne@')).toEqual([1]);
        expect(search('quartz')).toEqual([2]);
        expect(search('has expired')).toEqual([3]);
        const page = (text: string) =>
          store.provisioningLog
            .page({ ...activityFilter.parse({ text }), since: null, until: null, userName: null }, null, 10)
            .map((r) => r.id);
        expect(page('ÄNNE')).toEqual([1]);
        expect(page('night SHIFT')).toEqual([2]);
        expect(page('expired')).toEqual([3]);
        expect(page('nothing like it')).toEqual([]);
      } finally {
        store.close();
      }
    } finally {
      dir.remove();
    }
  });
});
