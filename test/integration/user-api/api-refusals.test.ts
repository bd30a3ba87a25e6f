// What the user management API must refuse, each as RFC 9457 problem+json with its code, and what a
// refusal must not do: write anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin } from '../../fixtures/gateway';
import { userApiInTempDir, type UserApiFixture } from '../../fixtures/user-api';

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: `urn:idsvc:problem:${code}`,
  title: expect.any(String),
  status,
  detail: expect.any(String),
  code,
  ...extra,
});

describe('user management API refusals', () => {
  let fx: UserApiFixture;
  let localId: string;
  beforeEach(async () => {
    fx = await userApiInTempDir();
    localId = fx.services.directory.createLocal(
      { userName: 'lena@example.com', firstName: 'Lena', organizationId: fx.rootId },
      admin,
    ).id;
  });
  afterEach(async () => {
    expect(fx.internalErrors).toEqual([]);
    await fx.dispose();
  });

  it('401 with a Bearer challenge without a token, with garbage, and with a SCIM token; problem+json', async () => {
    const none = await fx.api('GET', '/employees', { token: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    expect(none.body).toEqual(problem(401, 'unauthorized'));
    const garbage = await fx.api('GET', '/employees', { token: 'not.a.jwt' });
    expect(garbage.status).toBe(401);
    expect(garbage.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(garbage.text).not.toContain('not.a.jwt');
    const scim = await fx.api('GET', `/employees/${localId}`, { token: fx.token });
    expect(scim.status).toBe(401);
    expect(scim.body).toEqual(problem(401, 'unauthorized'));
    expect(scim.body.detail).toMatch(/SCIM token/);
    expect((await fx.api('GET', `/employees/${localId}`, { token: fx.readToken })).status).toBe(200);
  });

  it('the SCIM endpoints refuse an API token with 401, also one the API just accepted (cached)', async () => {
    expect((await fx.api('GET', '/employees', { token: fx.writeToken })).status).toBe(200);
    const refused = await fx.request('GET', '/Users', { token: fx.writeToken });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/user management API token/);
    expect((await fx.request('GET', '/Users')).status).toBe(200);
  });

  it('403 for a read-only token writing (PATCH, POST, DELETE); nothing is written', async () => {
    const before = fx.services.directory.get(localId);
    const patch = await fx.api('PATCH', `/employees/${localId}`, { token: fx.readToken, body: { city: 'Lyon' } });
    expect(patch.status).toBe(403);
    expect(patch.body).toEqual(problem(403, 'forbidden'));
    expect(patch.headers.get('www-authenticate')).toContain('error="insufficient_scope", scope="employees:write"');
    const post = await fx.api('POST', '/employees', {
      token: fx.readToken,
      body: { userName: 'new@example.com', organizationId: fx.rootId },
    });
    expect(post.status).toBe(403);
    expect((await fx.api('DELETE', `/employees/${localId}`, { token: fx.readToken })).status).toBe(403);
    expect(fx.services.directory.get(localId)).toEqual(before);
    expect(
      fx.services.directory.page({
        search: 'new@',
        organizationId: null,
        source: null,
        status: null,
        awaitingPlacement: false,
        scimDeleted: null,
        sort: 'userName',
        descending: false,
        limit: 5,
        cursor: null,
      }).items,
    ).toEqual([]);
  });

  it('a revoked API token is refused on the very next request', async () => {
    expect((await fx.api('GET', '/employees', { token: fx.readToken })).status).toBe(200);
    const record = fx.services.tokens.list('api').find((t) => t.label === 'Reporting')!;
    fx.services.tokens.revoke(record.id, admin);
    const revoked = await fx.api('GET', '/employees', { token: fx.readToken });
    expect(revoked.status).toBe(401);
    expect(revoked.body.detail).toMatch(/revoked/);
  });

  it('keeps working while SCIM provisioning is disabled; the SCIM endpoints answer 403', async () => {
    fx.saveSettings({ enabled: false });
    expect((await fx.request('GET', '/Users')).status).toBe(403);
    expect((await fx.api('GET', `/employees/${localId}`)).status).toBe(200);
    expect((await fx.api('PATCH', `/employees/${localId}`, { body: { city: 'Porto' } })).body.city).toBe('Porto');
  });

  it('415 for a PATCH that is not application/merge-patch+json and a POST that is not application/json', async () => {
    for (const contentType of ['application/json', 'application/scim+json', 'text/plain']) {
      const answer = await fx.api('PATCH', `/employees/${localId}`, { body: { city: 'Lyon' }, contentType });
      expect(answer.status, contentType).toBe(415);
      expect(answer.body).toEqual(problem(415, 'unsupported_media_type', { fields: ['Content-Type'] }));
    }
    const post = await fx.api('POST', '/employees', {
      body: { userName: 'x@example.com', organizationId: fx.rootId },
      contentType: 'application/merge-patch+json',
    });
    expect(post.status).toBe(415);
    expect(fx.services.directory.get(localId).city).toBeNull();
  });

  it('413 for a body over 1 MB; nothing is written', async () => {
    const huge = await fx.api('PATCH', `/employees/${localId}`, { body: { city: 'x'.repeat(1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual(problem(413, 'payload_too_large'));
    expect(fx.services.directory.get(localId).version).toBe(1);
  });

  it('404 for unknown paths and employees, also for Object.prototype names; 405 with Allow', async () => {
    for (const path of [
      '',
      '/',
      '/users',
      '/employees/',
      '/employees/x/y',
      '/constructor',
      '/__proto__',
      '/employees/constructor',
      '/employees/__proto__',
      '/employees/%E0%A4%A',
    ]) {
      const answer = await fx.api('GET', path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).toEqual(problem(404, 'not_found'));
    }
    expect((await fetch(`${fx.gateway.origin}/api/v10/employees`)).status).toBe(404);
    const put = await fx.api('PUT', `/employees/${localId}`, { body: {} });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expect(put.body).toEqual(problem(405, 'method_not_allowed'));
    const collection = await fx.api('DELETE', '/employees');
    expect(collection.headers.get('allow')).toBe('GET, POST');
    expect((await fx.api('PROPFIND', '/employees')).status).toBe(405);
  });

  it('400 validation naming every field at fault; nothing is written', async () => {
    const bad = await fx.api('PATCH', `/employees/${localId}`, { body: { status: 'retired', city: 42, nickname: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual(problem(400, 'validation', { fields: expect.arrayContaining(['status', 'city', 'nickname']) }));
    const readOnly = await fx.api('PATCH', `/employees/${localId}`, { body: { version: 7, id: 'other' } });
    expect(readOnly.body).toEqual(problem(400, 'validation', { fields: ['version', 'id'] }));
    const removed = await fx.api('PATCH', `/employees/${localId}`, { body: { status: null } });
    expect(removed.body).toEqual(problem(400, 'validation', { fields: ['status'] }));
    expect((await fx.api('PATCH', `/employees/${localId}`, { body: '[1]' })).status).toBe(400);
    expect((await fx.api('PATCH', `/employees/${localId}`, { body: '{"city":' })).body).toEqual(problem(400, 'validation'));
    const email = await fx.api('PATCH', `/employees/${localId}`, { body: { email: 'not-an-address' } });
    expect(email.body).toEqual(problem(400, 'validation', { fields: ['email'] }));
    const org = await fx.api('PATCH', `/employees/${localId}`, { body: { organizationId: 'no-such-org' } });
    expect(org.body).toEqual(problem(400, 'validation', { fields: ['organizationId'] }));
    const limit = await fx.api('GET', '/employees?limit=0');
    expect(limit.body).toEqual(problem(400, 'validation', { fields: ['limit'] }));
    expect((await fx.api('GET', '/employees?sortBy=name')).body).toEqual(problem(400, 'validation', { fields: ['sortBy'] }));
    expect((await fx.api('GET', '/employees?source=ldap')).body).toEqual(problem(400, 'validation', { fields: ['source'] }));
    expect((await fx.api('GET', '/employees?cursor=garbage')).body).toEqual(problem(400, 'validation', { fields: ['cursor'] }));
    const create = await fx.api('POST', '/employees', { body: { firstName: 'No name', organizationId: fx.rootId } });
    expect(create.body).toEqual(problem(400, 'validation', { fields: ['userName'] }));
    expect(fx.services.directory.get(localId).version).toBe(1);
  });

  it('Object.prototype names in a body or query are ordinary 400s naming them; nothing is written', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const patch = await fx.api('PATCH', `/employees/${localId}`, { body: `{"${name}": {"city": "x"}}` });
      expect(patch.status, name).toBe(400);
      expect(patch.body, name).toEqual(problem(400, 'validation', { fields: [name] }));
      const post = await fx.api('POST', '/employees', {
        body: `{"userName": "p@example.com", "organizationId": "${fx.rootId}", "${name}": 1}`,
      });
      expect(post.body, name).toEqual(problem(400, 'validation', { fields: [name] }));
      expect((await fx.api('GET', `/employees?${name}=1`)).body, name).toEqual(problem(400, 'validation', { fields: [name] }));
    }
    expect(fx.services.directory.get(localId).version).toBe(1);
  });

  it('409 conflict for a userName in use, naming it', async () => {
    const taken = await fx.api('POST', '/employees', { body: { userName: 'LENA@example.com', organizationId: fx.rootId } });
    expect(taken.status).toBe(409);
    expect(taken.body).toEqual(problem(409, 'conflict', { fields: ['userName'] }));
  });
});

describe('user management API rate limit', () => {
  it('429 with Retry-After once a token has used its burst', async () => {
    const fx = await userApiInTempDir({ rateLimit: { perSecond: 1, burst: 2 } });
    try {
      expect((await fx.api('GET', '/employees')).status).toBe(200);
      expect((await fx.api('GET', '/employees')).status).toBe(200);
      const limited = await fx.api('GET', '/employees');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('1');
      expect(limited.body).toEqual(problem(429, 'rate_limited'));
      // Another token has its own bucket.
      expect((await fx.api('GET', '/employees', { token: fx.readToken })).status).toBe(200);
    } finally {
      await fx.dispose();
    }
  });
});
