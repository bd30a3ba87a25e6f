// The Activity filters over a real SQLite file: each filter alone and together, keyset pages, the
// query plans that keep a page fast at a million rows, the export's text, and migration 010's
// operation for rows logged before it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityCsvChunks, activityJsonChunks } from '../../../main/services/activity/activity-export';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { migrate } from '../../../main/store/migrator';
import { logPageSql, rowWindowSql } from '../../../main/store/provisioning-log-filter';
import { OPEN_LOG_FILTER, type LogFilter, type ProvisioningLogEntry } from '../../../main/store/provisioning-log-repository';
import { activityFilter, type ActivityFilterInput } from '../../../preload/activity-contract';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';
import { logEntry } from '../../fixtures/log-entry';
import { makeTempDir } from '../../fixtures/temp-dir';
import { databaseAtVersion } from '../../fixtures/database-at-version';

const row = logEntry;

describe('Activity filters', () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
    const log = (changes: Partial<ProvisioningLogEntry>) => fx.store.provisioningLog.append(row(changes));
    log({ at: '2026-11-01T08:00:00.000Z', method: 'POST', status: 201, userName: 'ann@example.com', operation: 'create' });
    log({ at: '2026-11-02T09:00:00.000Z', method: 'PATCH', status: 200, userName: 'ann@example.com', operation: 'deactivate' });
    log({
      at: '2026-11-02T23:59:59.999Z',
      method: 'POST',
      status: 201,
      resourceType: 'Group',
      userName: 'Night shift',
      operation: 'create',
    });
    log({
      at: '2026-11-03T00:00:00.000Z',
      method: 'GET',
      status: 401,
      actor: null,
      tokenId: null,
      operation: 'refused',
      detail: 'The bearer token is not a valid JWT.',
    });
    log({
      at: '2026-11-03T10:00:00.000Z',
      method: 'DELETE',
      status: 204,
      resourceType: 'Group',
      userName: 'Night shift',
      operation: 'delete',
    });
    log({
      at: '2026-11-04T10:00:00.000Z',
      method: 'POST',
      status: 409,
      userName: 'ann@example.com',
      operation: 'create',
      detail: 'userName taken',
    });
    log({ at: '2026-11-04T11:00:00.000Z', path: '/api/v1/employees?search=bo', resourceType: 'Employee', actor: 'HR sync' });
  });
  afterEach(() => fx.dispose());

  const ids = (filter: ActivityFilterInput, beforeId: number | null = null, limit = 50) =>
    fx.services.activity.list({ ...activityFilter.parse(filter), beforeId, limit }).entries.map((e) => e.id);

  it('narrows by each filter alone', () => {
    expect(ids({})).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(ids({ operation: 'create' })).toEqual([6, 3, 1]);
    expect(ids({ operation: 'refused' })).toEqual([4]);
    expect(ids({ resourceType: 'Group' })).toEqual([5, 3]);
    expect(ids({ resourceType: 'Employee' })).toEqual([7]);
    expect(ids({ outcome: 'failure' })).toEqual([6, 4]);
    expect(ids({ outcome: 'success' })).toEqual([7, 5, 3, 2, 1]);
    expect(ids({ text: 'NIGHT' })).toEqual([5, 3]);
    expect(ids({ text: 'hr sync' })).toEqual([7]); // the token label
    expect(ids({ text: 'not a valid' })).toEqual([4]); // the reason
    expect(ids({ text: 'search=bo' })).toEqual([7]); // the path
  });

  it('takes a range of instants, since inclusive and until exclusive, in any offset', () => {
    expect(ids({ since: '2026-11-02T00:00:00.000Z', until: '2026-11-03T00:00:00.000Z' })).toEqual([3, 2]);
    expect(ids({ since: '2026-11-03T00:00:00.000Z' })).toEqual([7, 6, 5, 4]);
    expect(ids({ until: '2026-11-02T09:00:00.000Z' })).toEqual([1]);
    expect(ids({ since: '2026-11-03T01:00:00+01:00', until: '2026-11-03T11:00:00+01:00' })).toEqual([4]);
    expect(ids({ since: '2026-11-03T01:00:00+01:00', until: '2026-11-03T11:00:00.001+01:00' })).toEqual([5, 4]);
    expect(ids({ since: '2026-12-01T00:00:00Z' })).toEqual([]);
    expect(ids({ until: '2026-10-01T00:00:00Z' })).toEqual([]);
  });

  it('combines filters and pages them by id', () => {
    expect(ids({ operation: 'create', outcome: 'success', text: 'ann' })).toEqual([1]);
    expect(ids({ resourceType: 'Group', operation: 'delete', since: '2026-11-03T00:00:00Z' })).toEqual([5]);
    expect(ids({ operation: 'create' }, null, 2)).toEqual([6, 3]);
    expect(ids({ operation: 'create' }, 3, 2)).toEqual([1]);
    const page = fx.services.activity.list({ ...activityFilter.parse({ operation: 'create' }), beforeId: null, limit: 2 });
    expect(page.nextBeforeId).toBe(3);
  });

  it('refuses filter values the contract does not know, naming the field', () => {
    expect(activityFilter.safeParse({ operation: 'drop' }).error?.issues[0]?.path).toEqual(['operation']);
    expect(activityFilter.safeParse({ outcome: 'maybe' }).error?.issues[0]?.path).toEqual(['outcome']);
    expect(activityFilter.safeParse({ since: '2026-11-03' }).error?.issues[0]?.path).toEqual(['since']);
    expect(activityFilter.safeParse({ text: 'x'.repeat(201) }).error?.issues[0]?.path).toEqual(['text']);
    expect(activityFilter.parse({ text: '   ' }).text).toBeNull();
    // The text index holds three-character pieces: a shorter text would read every row, so it is refused.
    for (const short of ['a', 'ab', ' ab ', 'e\u0301x']) {
      expect(activityFilter.safeParse({ text: short }).error?.issues[0], short).toMatchObject({
        path: ['text'],
        message: 'Search needs at least 3 characters.',
      });
    }
    expect(activityFilter.parse({ text: ' abc ' }).text).toBe('abc');
    expect(activityFilter.parse({ text: 'ÄÖü' }).text).toBe('ÄÖü');
  });

  it('exports CSV with formula cells defused and quoting per RFC 4180, and JSON that parses', () => {
    fx.store.provisioningLog.append(
      row({ userName: '=HYPERLINK("http://evil")', actor: '+cmd', detail: 'line one\r\nline "two", three', externalId: '@x' }),
    );
    fx.store.provisioningLog.append(
      row({ userName: '-2+3', actor: '\tTab', path: '/scim/v2/Users?filter=a,b', externalId: '\rcr' }),
    );
    const csv = [...activityCsvChunks(fx.store.provisioningLog.each(OPEN_LOG_FILTER))].join('');
    const lines = csv.split('\r\n');
    // A byte-order mark first, for Excel (services/export/csv-text.ts csvChunks).
    expect(lines[0]).toBe(
      '\uFEFFid,time,token,operation,request,method,path,resource type,resource id,name,externalId,status,code,reason,changes,remote address,duration ms',
    );
    expect(lines[1]).toContain(`,'\tTab,read,"Search users: a,b",GET,"/scim/v2/Users?filter=a,b",User,,'-2+3,"'\rcr",200,`);
    expect(csv).toContain(
      `8,2026-11-28T10:00:00.000Z,'+cmd,read,List users,GET,/scim/v2/Users,User,,"'=HYPERLINK(""http://evil"")",'@x,`,
    );
    expect(csv).toContain('"line one\r\nline ""two"", three"');
    expect(csv.endsWith('\r\n')).toBe(true);
    const json = JSON.parse([...activityJsonChunks(fx.store.provisioningLog.each(OPEN_LOG_FILTER))].join('')) as Array<
      Record<string, unknown>
    >;
    expect(json).toHaveLength(9);
    expect(json[0]).toMatchObject({ id: 9, userName: '-2+3', request: 'Search users: a,b', operation: 'read' });
    expect(json[0]).not.toHaveProperty('tokenId');
    expect(JSON.parse([...activityJsonChunks([])].join(''))).toEqual([]);
  });

  it('streams a filtered export a page at a time, every row once, newest first', () => {
    for (let i = 0; i < 2500; i += 1)
      fx.store.provisioningLog.append(row({ at: '2026-11-05T00:00:00.000Z', status: i % 2 ? 500 : 200 }));
    const counter = { rows: 0 };
    const chunks = [...fx.services.activity.exportChunks(activityFilter.parse({ outcome: 'failure' }), 'csv', counter)];
    expect(counter.rows).toBe(1252);
    expect(chunks.length).toBeGreaterThan(2);
    const exported = chunks
      .join('')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => Number(line.split(',')[0]));
    expect(exported).toEqual([...exported].sort((a, b) => b - a));
    expect(new Set(exported).size).toBe(1252);
  });
});

describe('query plans at scale', () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
  });
  afterEach(() => fx.dispose());

  const plan = (filter: Partial<LogFilter>) => {
    const { sql, params } = logPageSql({ ...OPEN_LOG_FILTER, ...filter });
    return (fx.store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1000, 0, ...params, 50) as Array<{ detail: string }>)
      .map((r) => r.detail)
      .join('\n');
  };

  it('read a rare operation or resource type from its own index, in id order (no sort)', () => {
    expect(plan({ operation: 'delete' })).toMatch(
      /USING (COVERING )?INDEX provisioning_log_operation \(operation=\? AND id>\? AND id<\?\)/,
    );
    expect(plan({ resourceType: 'Group' })).toMatch(
      /USING (COVERING )?INDEX provisioning_log_resource_type \(resource_type=\? AND id>\? AND id<\?\)/,
    );
    expect(plan({ outcome: 'failure' })).toMatch(/provisioning_log_failures/);
    for (const filter of [{ operation: 'delete' as const }, { resourceType: 'Group' }, { outcome: 'failure' as const }, {}]) {
      expect(plan(filter)).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('read a date range or text as a range of the primary key, newest first', () => {
    expect(plan({ since: '2026-11-01T00:00:00.000Z', until: '2026-11-02T00:00:00.000Z' })).toMatch(
      /SEARCH provisioning_log USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/,
    );
    expect(plan({ text: 'ann' })).toMatch(/USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
    expect(plan({ text: 'ann' })).not.toMatch(/TEMP B-TREE/);
  });

  it('read the window of a rare operation that the text search checks row by row from its own index', () => {
    const { sql, params } = rowWindowSql({ ...OPEN_LOG_FILTER, operation: 'delete', text: 'ann' });
    const detail = (
      fx.store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array(5).fill('ann'), 1000, 0, ...params, 50) as Array<{
        detail: string;
      }>
    )
      .map((r) => r.detail)
      .join('\n');
    expect(detail).toMatch(/USING (COVERING )?INDEX provisioning_log_operation \(operation=\? AND id>\? AND id<\?\)/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });
});

describe('migration 010', () => {
  it('gives rows logged before it the operation their method, status and changes say', () => {
    const dir = makeTempDir();
    try {
      const db = databaseAtVersion(dir.path, 9);
      const insert = db.prepare(
        `INSERT INTO provisioning_log (at, method, path, status, changes, duration_ms) VALUES ('2026-01-01T00:00:00.000Z', ?, '/x', ?, ?, 1)`,
      );
      insert.run('POST', 201, null);
      insert.run('PATCH', 200, '{"status":{"old":true,"new":false}}');
      insert.run('PUT', 200, '{"city":{"old":null,"new":"Oslo"}}');
      insert.run('DELETE', 204, null);
      insert.run('GET', 200, null);
      insert.run('PATCH', 401, null);
      insert.run('GET', 429, null);
      insert.run('POST', 409, null);
      migrate(db, MIGRATIONS, () => new Date());
      const operations = db.prepare('SELECT operation FROM provisioning_log ORDER BY id').pluck().all();
      expect(operations).toEqual(['create', 'deactivate', 'update', 'delete', 'read', 'refused', 'refused', 'create']);
      expect(db.prepare('SELECT days FROM log_retention').pluck().get()).toBe(90);
      db.close();
    } finally {
      dir.remove();
    }
  });
});
