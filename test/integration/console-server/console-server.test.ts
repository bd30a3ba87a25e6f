import { Agent, request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSV_FILE_MAX_BYTES } from '../../../preload/csv-file-text';
import { PLACEMENT_PREVIEW_LISTED, SELECTION_MAX } from '../../../preload/employees-contract';
import { consoleServerInTempDir, type ConsoleServerFixture } from '../../fixtures/console-server';

/** fetch() will not send a forged Host header, so the rebinding case uses node:http. */
function rawRequest(method: string, port: number, path: string, headers: Record<string, string>, body = '') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('server-mode console over real HTTP', () => {
  let fx: ConsoleServerFixture;
  beforeEach(async () => {
    fx = await consoleServerInTempDir();
  });
  afterEach(() => fx.dispose());

  it('prints a loopback URL carrying the session token', () => {
    expect(fx.server.url).toBe(`http://127.0.0.1:${fx.server.port}/#token=${fx.server.sessionToken}`);
  });

  it('serves the renderer with the CSP and no token needed for static files', async () => {
    const response = await fetch(`${fx.base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>console</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers a call with the token', async () => {
    const { status, body } = await fx.call('settings:get', {});
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, value: { enabled: false, version: 1 } });
  });

  it('saves, and the value is there for the next call', async () => {
    const orgs = await fx.call('organizations:list', {});
    const rootId = orgs.body.value[0].id;
    const saved = await fx.call('settings:save', {
      version: 1,
      enabled: true,
      tenantUrl: 'https://idsvc.example.com/scim/v2',
      newUserOrganizationId: rootId,
      syncedFields: ['status', 'email'],
    });
    expect(saved.status).toBe(200);
    const again = await fx.call('settings:get', {});
    expect(again.body.value).toMatchObject({ enabled: true, newUserOrganizationId: rootId, version: 2 });
  });

  it('refuses a call without the token (401) and writes nothing', async () => {
    const response = await fetch(`${fx.base}/api/settings:save`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        version: 1,
        enabled: false,
        tenantUrl: 'https://x.example',
        newUserOrganizationId: null,
        syncedFields: [],
      }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'authorization' } });
    expect(fx.services.settings.get().version).toBe(1);
  });

  it('refuses a wrong token (401)', async () => {
    const { status } = await fx.call('settings:get', {}, { Authorization: 'Bearer not-the-token' });
    expect(status).toBe(401);
  });

  it('refuses a foreign Origin (403) even with the token', async () => {
    const { status, body } = await fx.call('settings:get', {}, { Origin: 'http://attacker.example' });
    expect(status).toBe(403);
    expect(body.error.message).toMatch(/Origin/);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403, on static files too', async () => {
    const api = await rawRequest(
      'POST',
      fx.server.port,
      '/api/settings:get',
      {
        Host: `attacker.example:${fx.server.port}`,
        Authorization: `Bearer ${fx.server.sessionToken}`,
        'Content-Type': 'application/json',
      },
      '{}',
    );
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const page = await rawRequest('GET', fx.server.port, '/', { Host: 'attacker.example' });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('<title>');
  });

  it('answers bad input with 400 naming the field', async () => {
    const { status, body } = await fx.call('settings:save', {
      version: 1,
      enabled: false,
      tenantUrl: 'https://x.example/?q=1',
      newUserOrganizationId: null,
      syncedFields: [],
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'validation', field: 'tenantUrl' });
    expect(body.error.message).toMatch(/query/);
  });

  it('answers malformed JSON and non-objects with 400', async () => {
    expect((await fx.call('settings:get', '{"oops":')).status).toBe(400);
    expect((await fx.call('settings:get', '[1,2]')).status).toBe(400);
    const text = await fetch(`${fx.base}/api/settings:get`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${fx.server.sessionToken}` },
      body: 'hello',
    });
    expect(text.status).toBe(400);
  });

  it('answers a stale save with 409 conflict', async () => {
    const body = { version: 1, enabled: false, tenantUrl: 'https://a.example', newUserOrganizationId: null, syncedFields: [] };
    expect((await fx.call('settings:save', body)).status).toBe(200);
    const stale = await fx.call('settings:save', { ...body, tenantUrl: 'https://b.example' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
  });

  it('answers an unknown channel with 404 and an unknown organization with 400', async () => {
    expect((await fx.call('settings:delete', {})).status).toBe(404);
    const unknownOrg = await fx.call('settings:save', {
      version: 1,
      enabled: false,
      tenantUrl: null,
      newUserOrganizationId: 'nope',
      syncedFields: [],
    });
    expect(unknownOrg.status).toBe(400);
    expect(unknownOrg.body.error.field).toBe('newUserOrganizationId');
  });

  it('refuses an oversized body with 413', async () => {
    const { status } = await fx.call('settings:get', JSON.stringify({ pad: 'x'.repeat(800 * 1024) }));
    expect(status).toBe(413);
  });

  it('takes the largest selection an action takes: 10,000 ids of the longest kind (Select all N matching)', async () => {
    const ids = Array.from({ length: SELECTION_MAX }, (_, n) => `${String(n).padStart(5, '0')}`.padEnd(64, 'x'));
    const { status, body } = await fx.call('employees:set-status', { ids, status: 'inactive' });
    // Read whole and judged by the service: none of these employees exists (not a 413 for its size).
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'not_found' });
    const tooMany = await fx.call('employees:set-status', { ids: [...ids, 'one-more'], status: 'inactive' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({ code: 'validation', field: 'ids' });
  });

  it("takes a placements file far above a call's limit (an exported sheet of thousands of employees)", async () => {
    const lines = Array.from({ length: 20_000 }, (_, n) => `someone.${n}@example.com,Enterprise/Sales/EMEA`);
    const csv = `userName,organization\n${lines.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(3 * 256 * 1024);
    const { status, body } = await fx.call('employees:preview-placements', { csv });
    expect(status).toBe(200);
    // Read whole: every line reached the service (nobody has these names here); the first 1,000 are listed.
    expect(body.value.counts.problems).toBe(20_000);
    expect(body.value.problems).toHaveLength(PLACEMENT_PREVIEW_LISTED);
    expect(body.value.problems.at(-1)).toMatchObject({ line: PLACEMENT_PREVIEW_LISTED + 1, kind: 'unknown_user' });
  });

  it('refuses a file above its limit with 413 from its Content-Length, before reading it', async () => {
    const headers = {
      Authorization: `Bearer ${fx.server.sessionToken}`,
      'Content-Type': 'application/json',
      'Content-Length': String(2 * CSV_FILE_MAX_BYTES + 2 * 1024 * 1024),
    };
    const answer = await rawRequest('POST', fx.server.port, '/api/employees:apply-placements', headers, '{"csv":"');
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it("refuses a file channel's call without the token (401) before its body is read", async () => {
    const headers = { 'Content-Type': 'application/json', 'Content-Length': String(150 * 1024 * 1024) };
    const answer = await rawRequest('POST', fx.server.port, '/api/employees:apply-placements', headers, '{"csv":"');
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'authorization' } });
  });
});

describe('server-mode console shutdown', () => {
  it('closes promptly even with a keep-alive connection whose request was in flight', async () => {
    const fx = await consoleServerInTempDir();
    const agent = new Agent({ keepAlive: true });
    const body = '{}';
    const req = request({
      host: '127.0.0.1',
      port: fx.server.port,
      path: '/api/settings:get',
      method: 'POST',
      agent,
      headers: {
        Authorization: `Bearer ${fx.server.sessionToken}`,
        'Content-Type': 'application/json',
        'Content-Length': body.length,
      },
    });
    const settled = new Promise<void>((resolve) => {
      req.on('response', (res) => res.resume().on('end', resolve).on('error', resolve));
      req.on('error', () => resolve());
    });
    // Headers now, the body after close() began: the request is in flight when the server stops.
    req.flushHeaders();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const closed = fx.server.close();
    setTimeout(() => req.end(body), 200);
    await Promise.all([closed, settled]);
    expect(Date.now() - started).toBeLessThan(3000);
    agent.destroy();
    fx.dispose();
  });
});
