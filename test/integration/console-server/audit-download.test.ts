// GET /export/audit.csv and .json over real HTTP: authenticated like the API, refused without View Provisioning
// Activity, filtered like the Audit view, and streamed: a million rows go through without the server
// holding them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleServerInTempDir, type ConsoleServerFixture } from '../../fixtures/console-server';

describe('audit download (server mode)', () => {
  let fx: ConsoleServerFixture;
  beforeEach(async () => {
    fx = await consoleServerInTempDir();
  });
  afterEach(() => fx.dispose());

  /** `count` rows, one a minute from 2026-01-01, alternately by ann and bob. */
  const seed = (count: number) =>
    fx.store.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO audit_log (at, actor, action, target, details)
         SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || i || ' minutes'), CASE i % 2 WHEN 0 THEN 'ann' ELSE 'bob' END,
                'settings.save', 'provisioning_settings', '{"changes":{"enabled":{"old":false,"new":true}}}'
         FROM n`,
      )
      .run(count);

  const download = (query = '', headers: Record<string, string> = { Authorization: `Bearer ${fx.server.sessionToken}` }) =>
    fetch(`${fx.base}/export/audit.csv${query}`, { headers });

  it('streams every row newest first as CSV, across keyset pages', async () => {
    seed(2500);
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    // UTF-8's byte-order mark first, so Excel does not read the file in the machine's ANSI code page.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,time,operator,what,action,target,details');
    expect(lines).toHaveLength(2501);
    const ids = lines.slice(1).map((line) => Number(line.split(',')[0]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(2500);
    expect(lines[1]).toBe(
      `2500,2026-01-02T17:40:00.000Z,ann,Settings saved,settings.save,provisioning_settings,"{""changes"":{""enabled"":{""old"":false,""new"":true}}}"`,
    );
  });

  it('streams the same rows as one JSON array, filtered alike, each with its kind in words', async () => {
    seed(1200);
    const response = await fetch(`${fx.base}/export/audit.json?actor=bob`, {
      headers: { Authorization: `Bearer ${fx.server.sessionToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.json"$/);
    const rows = JSON.parse(await response.text()) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(600);
    expect(rows.every((row) => row.actor === 'bob')).toBe(true);
    expect(rows[0]).toEqual({
      id: 1199,
      at: '2026-01-01T19:59:00.000Z',
      actor: 'bob',
      action: 'settings.save',
      target: 'provisioning_settings',
      details: { changes: { enabled: { old: false, new: true } } },
      what: 'Settings saved',
    });
    const ids = rows.map((row) => row.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('refuses a format it does not make, and a bad filter, naming the field', async () => {
    const headers = { Authorization: `Bearer ${fx.server.sessionToken}` };
    expect((await fetch(`${fx.base}/export/audit.xml`, { headers })).status).toBe(404);
    const refused = await fetch(`${fx.base}/export/audit.json?since=yesterday`, { headers });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { field?: string } }).error.field).toBe('since');
  });

  it('filters by operator, kind and time like the Audit view', async () => {
    seed(10);
    fx.services.operators.add('carol', [], { name: 'ann' });
    const rows = async (query: string) => (await (await download(query)).text()).trimEnd().split('\r\n').slice(1);
    expect((await rows('?actor=bob')).every((line) => line.split(',')[2] === 'bob')).toBe(true);
    expect(await rows('?actor=bob')).toHaveLength(5);
    expect(await rows('?action=operator.add')).toEqual([expect.stringMatching(/,ann,Operator added,operator.add,carol,/)]);
    const window = await rows(
      `?since=${encodeURIComponent('2026-01-01T00:03:00Z')}&until=${encodeURIComponent('2026-01-01T00:06:00Z')}`,
    );
    expect(window.map((line) => line.split(',')[1])).toEqual([
      '2026-01-01T00:05:00.000Z',
      '2026-01-01T00:04:00.000Z',
      '2026-01-01T00:03:00.000Z',
    ]);
    expect((await download('?since=yesterday')).status).toBe(400);
  });

  it('refuses a request without the session token, and a caller without View Provisioning Activity', async () => {
    seed(3);
    const anonymous = await download('', {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toMatch(/settings\.save/);
    fx.services.operators.add('boss', ['manage-operators'], { name: 'ann' });
    fx.services.operators.revoke('ann', 'view-activity', { name: 'boss' });
    const refused = await download();
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/"View Provisioning Activity", which ann does not hold/),
    });
  });

  it('streams a million rows without the server holding them', { timeout: 180_000 }, async () => {
    seed(1_000_000);
    const response = await download();
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let newlines = 0;
    let bytes = 0;
    let peakHeap = 0;
    const baseline = process.memoryUsage().heapUsed;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      newlines += decoder.decode(value, { stream: true }).split('\n').length - 1;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    expect(newlines).toBe(1_000_001);
    // The CSV is over 100 MB; server and client share this process, so buffering it would show here.
    expect(bytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(peakHeap - baseline).toBeLessThan(64 * 1024 * 1024);
  });
});
