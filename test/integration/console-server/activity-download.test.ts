// GET /export/activity.csv and .json over real HTTP: authenticated like the API, refused without View
// Provisioning Activity, filtered like the Activity view, and streamed a page at a time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleServerInTempDir, type ConsoleServerFixture } from '../../fixtures/console-server';

describe('Activity download (server mode)', () => {
  let fx: ConsoleServerFixture;
  beforeEach(async () => {
    fx = await consoleServerInTempDir();
  });
  afterEach(() => fx.dispose());

  /** `count` rows, one a minute from 2026-01-01; every third a failed group delete, the rest user reads. */
  const seed = (count: number) =>
    fx.store.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO provisioning_log (at, actor, method, path, resource_type, user_name, status, detail, duration_ms, operation)
         SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || i || ' minutes'), 'Okta',
                CASE i % 3 WHEN 0 THEN 'DELETE' ELSE 'GET' END, '/scim/v2/Users', CASE i % 3 WHEN 0 THEN 'Group' ELSE 'User' END,
                'user' || i || '@example.com', CASE i % 3 WHEN 0 THEN 404 ELSE 200 END,
                CASE i % 3 WHEN 0 THEN 'Group g not found.' END, 1.5, CASE i % 3 WHEN 0 THEN 'delete' ELSE 'read' END
         FROM n`,
      )
      .run(count);

  const download = (
    format: 'csv' | 'json',
    query = '',
    headers: Record<string, string> = { Authorization: `Bearer ${fx.server.sessionToken}` },
  ) => fetch(`${fx.base}/export/activity.${format}${query}`, { headers });

  it('streams every row newest first as CSV, across keyset pages', async () => {
    seed(2500);
    const response = await download('csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="activity-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,time,token,operation,request,/);
    expect(lines).toHaveLength(2501);
    const ids = lines.slice(1).map((line) => Number(line.split(',')[0]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(2500);
  });

  it('filters like the Activity view, as CSV and as JSON', async () => {
    seed(30);
    const csvRows = async (query: string) => (await (await download('csv', query)).text()).trimEnd().split('\r\n').slice(1);
    expect(await csvRows('?operation=delete&resourceType=Group&outcome=failure')).toHaveLength(10);
    expect(await csvRows('?outcome=success&text=USER7%40')).toEqual([expect.stringMatching(/^7,.*,user7@example.com,/)]);
    // Part of a name, or the whole one (as the link from an employee sends it): user1 is not user10 to 19.
    expect(await csvRows('?text=user1%40example.com')).toHaveLength(1);
    expect(await csvRows('?text=USER1')).toHaveLength(11);
    expect(await csvRows('?text=user1&exact=true')).toEqual([]);
    expect(await csvRows('?text=User1%40Example.com&exact=true')).toEqual([expect.stringMatching(/^1,.*,user1@example.com,/)]);
    const json = await download(
      'json',
      `?since=${encodeURIComponent('2026-01-01T00:03:00Z')}&until=${encodeURIComponent('2026-01-01T00:06:00Z')}`,
    );
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toMatch(/filename="activity-\d{4}-\d{2}-\d{2}\.json"/);
    const rows = (await json.json()) as Array<{ id: number; at: string; request: string; operation: string }>;
    expect(rows.map((row) => [row.id, row.operation, row.request])).toEqual([
      [5, 'read', 'List users'],
      [4, 'read', 'List users'],
      [3, 'delete', 'Delete group user3@example.com'],
    ]);
    // Empty filters in a query string are open, as a form sends them.
    expect(await csvRows('?operation=&text=')).toHaveLength(30);
  });

  it('refuses a bad filter naming it, and writes nothing of the log', async () => {
    seed(3);
    for (const query of ['?operation=drop', '?since=yesterday', '?outcome=maybe', '?unknown=1', '?exact=yes']) {
      const refused = await download('csv', query);
      expect({ query, status: refused.status }).toEqual({ query, status: 400 });
      expect(await refused.text()).not.toMatch(/example\.com/);
    }
    const body = (await (await download('json', '?operation=drop')).json()) as { error: { code: string; field: string } };
    expect(body.error).toMatchObject({ code: 'validation', field: 'operation' });
  });

  it('refuses a request without the session token, and a caller without View Provisioning Activity', async () => {
    seed(3);
    for (const format of ['csv', 'json'] as const) {
      const anonymous = await download(format, '', {});
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toMatch(/example\.com/);
      const wrongToken = await download(format, '', { Authorization: 'Bearer nope' });
      expect(wrongToken.status).toBe(401);
    }
    fx.services.operators.add('boss', ['manage-operators'], { name: 'ann' });
    fx.services.operators.revoke('ann', 'view-activity', { name: 'boss' });
    for (const format of ['csv', 'json'] as const) {
      const refused = await download(format);
      expect(refused.status).toBe(403);
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/View Provisioning Activity/) });
    }
  });

  it('the desktop channel answers unavailable over HTTP (browsers download instead)', async () => {
    const answer = await fx.call('activity:export-file', { format: 'csv' });
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe('unavailable');
  });

  it('streams 500,000 rows without the server holding them', { timeout: 180_000 }, async () => {
    seed(500_000);
    const response = await download('csv');
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let bytes = 0;
    let peakHeap = 0;
    const baseline = process.memoryUsage().heapUsed;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    // Over 60 MB of CSV (measured: 65 MB, the heap grew 11 MB alone, 37 MB once while the whole suite
    // ran: garbage not yet collected). Server and client share this process: holding the export would
    // grow the heap by at least its size, which the bound stays well under.
    expect(bytes).toBeGreaterThan(60 * 1024 * 1024);
    expect(peakHeap - baseline).toBeLessThan(48 * 1024 * 1024);
  });
});
