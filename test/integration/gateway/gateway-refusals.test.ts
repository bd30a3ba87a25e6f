// What the gateway must refuse, each with the SCIM error RFC 7644 section 3.12 describes, and what
// it must never change: fields SCIM does not own.
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { admin, gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';
import { MATCH_ALL } from '../../../main/store/employee-query';
import { OPEN_LOG_FILTER } from '../../../main/store/provisioning-log-repository';

const user = (userName: string, extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  name: { givenName: 'Test', familyName: 'User' },
  ...extra,
});
const scimError = (status: number, scimType?: string) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
  status: String(status),
  ...(scimType ? { scimType } : {}),
  detail: expect.any(String),
});

describe('gateway refusals', () => {
  let fx: GatewayFixture;
  beforeEach(async () => {
    fx = await gatewayInTempDir();
  });
  afterEach(() => fx.dispose());

  it('401 with WWW-Authenticate without a token, with garbage, with a revoked token on the very next request', async () => {
    const none = await fx.request('GET', '/Users', { token: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(none.body).toEqual(scimError(401));
    const garbage = await fx.request('GET', '/Users', { token: 'not.a.jwt' });
    expect(garbage.status).toBe(401);
    expect(garbage.body.detail).not.toContain('not.a.jwt');

    expect((await fx.request('GET', '/Users')).status).toBe(200);
    const [record] = fx.services.tokens.list();
    fx.services.tokens.revoke(record!.id, admin);
    const revoked = await fx.request('GET', '/Users');
    expect(revoked.status).toBe(401);
    expect(revoked.body.detail).toMatch(/revoked/);
  });

  it('403 once provisioning is disabled in the console, without a restart; 200 again when re-enabled', async () => {
    fx.saveSettings({ enabled: false });
    const disabled = await fx.request('GET', '/Users');
    expect(disabled.status).toBe(403);
    expect(disabled.body.detail).toMatch(/disabled/);
    const [logged] = fx.store.provisioningLog.page({ ...OPEN_LOG_FILTER, outcome: 'failure' }, null, 1);
    expect(logged).toMatchObject({ status: 403, actor: 'Microsoft Entra ID', operation: 'refused' });
    fx.saveSettings({ enabled: true });
    expect((await fx.request('GET', '/Users')).status).toBe(200);
  });

  it('follows a Tenant URL whose path changed, without a restart', async () => {
    fx.saveSettings({ tenantUrl: 'https://idsvc.example.com/identity/scim' });
    expect((await fx.request('GET', '/Users')).status).toBe(404);
    const moved = await fetch(`${fx.gateway.origin}/identity/scim/Users`, { headers: { Authorization: `Bearer ${fx.token}` } });
    expect(moved.status).toBe(200);
  });

  /** A request with the target exactly as given (fetch would resolve `..` before sending). */
  const rawTarget = (target: string) =>
    new Promise<{ status: number; body: { totalResults?: number; detail?: string } }>((resolve, reject) => {
      const { hostname, port } = new URL(fx.gateway.origin);
      const req = httpRequest({ hostname, port, path: target, headers: { Authorization: `Bearer ${fx.token}` } }, (res) => {
        let text = '';
        res
          .setEncoding('utf8')
          .on('data', (chunk: string) => (text += chunk))
          .on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      });
      req.on('error', reject).end();
    });

  it('answers the absolute-form target a proxy sends, and does not resolve dot segments', async () => {
    const absolute = await rawTarget(`${fx.gateway.origin}/scim/v2/Users?count=1`);
    expect(absolute.status).toBe(200);
    expect(absolute.body.totalResults).toBe(0);
    const dotted = await rawTarget('/scim/v2/Users/../Groups');
    expect(dotted.status).toBe(404);
    expect(dotted.body.detail).toMatch(/No such endpoint/);
    const protocolRelative = await rawTarget('//scim/v2/Users');
    expect(protocolRelative.status).toBe(404);
  });

  it('400 invalidFilter for a bad filter, naming the position', async () => {
    const { status, body } = await fx.request('GET', `/Users?filter=${encodeURIComponent('userName eq')}`);
    expect(status).toBe(400);
    expect(body).toEqual(scimError(400, 'invalidFilter'));
    expect(body.detail).toMatch(/column/);
  });

  it('400 invalidFilter, not 500, for a filter comparing an attribute with the wrong kind of value', async () => {
    for (const [resource, filter, detail] of [
      ['Users', 'active eq "true"', /boolean/],
      ['Users', 'userName eq 5', /userName/],
      ['Users', 'externalId eq true', /externalId/],
      ['Users', 'active gt true', /active/],
      ['Users', 'meta.created gt 5', /created/],
      ['Users', 'emails[type eq 5].value eq "x"', /type/],
      ['Groups', 'displayName eq 5', /displayName/],
    ] as const) {
      const { status, body } = await fx.request('GET', `/${resource}?filter=${encodeURIComponent(filter)}`);
      expect({ filter, status }).toEqual({ filter, status: 400 });
      expect(body).toEqual(scimError(400, 'invalidFilter'));
      expect(body.detail).toMatch(detail);
    }
    const logged = fx.store.provisioningLog.page({ ...OPEN_LOG_FILTER, outcome: 'failure' }, null, 10);
    expect(logged.map((row) => row.status)).toEqual(Array(7).fill(400));
  });

  it('logs a body cut short by the client as its failure (400), not as a gateway error', async () => {
    const socket = connect(Number(new URL(fx.gateway.origin).port), '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      `POST /scim/v2/Users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${fx.token}\r\n` +
        'Content-Type: application/scim+json\r\nContent-Length: 100\r\n\r\n{"userName"',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    const logged = await vi.waitFor(() => {
      const [row] = fx.store.provisioningLog.page({ ...OPEN_LOG_FILTER, outcome: 'failure' }, null, 1);
      if (!row) throw new Error('not logged yet');
      return row;
    });
    expect(logged).toMatchObject({ status: 400, method: 'POST', detail: expect.stringMatching(/ended early/) });
    expect(fx.internalErrors).toEqual([]);
    expect(fx.store.employees.count(MATCH_ALL)).toBe(0);
  });

  it('answers HEAD like GET without a body, and 405 with Allow for a method a resource does not take', async () => {
    const id = (await fx.request('POST', '/Users', { body: user('head@example.com') })).body.id;
    const got = await fetch(`${fx.base}/Users/${id}`, { headers: { Authorization: `Bearer ${fx.token}` } });
    const gotBody = await got.text();
    const head = await fetch(`${fx.base}/Users/${id}`, { method: 'HEAD', headers: { Authorization: `Bearer ${fx.token}` } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('etag')).toBe('W/"1"');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(gotBody)));
    const options = await fx.request('OPTIONS', '/Users');
    expect(options.status).toBe(405);
    expect(options.headers.get('allow')).toBe('GET, POST, HEAD');
    expect(options.body).toEqual(scimError(405));
    expect((await fx.request('DELETE', '/ServiceProviderConfig')).headers.get('allow')).toBe('GET, HEAD');
    expect((await fx.request('GET', '/ServiceProviderConfig/x')).status).toBe(404);
  });

  it('400 invalidSyntax for malformed JSON, 413 for a body over 1 MB; nothing is written', async () => {
    expect((await fx.request('POST', '/Users', { body: '{"userName": "x",' })).body).toEqual(scimError(400, 'invalidSyntax'));
    const huge = await fx.request('POST', '/Users', { body: user('big', { displayName: 'x'.repeat(1024 * 1024) }) });
    expect(huge.status).toBe(413);
    expect(fx.store.employees.visibleByUserName('big')).toBeUndefined();
    expect(fx.store.employees.visibleByUserName('x')).toBeUndefined();
  });

  it('413 for a body over 1 MB sent without Content-Length (chunked), and the connection still answers', async () => {
    const chunk = JSON.stringify(user('chunked', { displayName: 'x'.repeat(64 * 1024) }));
    const chunks = Array.from({ length: 20 }, () => chunk);
    const response = await fetch(`${fx.base}/Users`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${fx.token}`, 'Content-Type': 'application/scim+json' },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.headers.get('content-length')).not.toBeNull();
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(scimError(413));
    expect(fx.store.employees.visibleByUserName('chunked')).toBeUndefined();
    expect((await fx.request('GET', '/Users')).status).toBe(200);
  });

  it('400 invalidSyntax for an empty body', async () => {
    const response = await fx.request('POST', '/Users', { body: '' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(scimError(400, 'invalidSyntax'));
    expect(response.body.detail).toMatch(/empty/);
  });

  it('409 uniqueness for a duplicate userName in any case', async () => {
    expect((await fx.request('POST', '/Users', { body: user('dup@example.com') })).status).toBe(201);
    const again = await fx.request('POST', '/Users', { body: user('DUP@example.com') });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(scimError(409, 'uniqueness'));
  });

  it('409 uniqueness for a userName that differs only in non-ASCII case or in Unicode composition', async () => {
    expect((await fx.request('POST', '/Users', { body: user('Änne.Øster@example.com') })).status).toBe(201);
    for (const twin of ['änne.øster@EXAMPLE.com', 'A\u0308NNE.ØSTER@example.com']) {
      const again = await fx.request('POST', '/Users', { body: user(twin) });
      expect(again.status, twin).toBe(409);
      expect(again.body).toEqual(scimError(409, 'uniqueness'));
    }
    const other = (await fx.request('POST', '/Users', { body: user('other@example.com') })).body.id;
    const renamed = await fx.request('PATCH', `/Users/${other}`, {
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'userName', value: 'ÄNNE.ØSTER@example.com' }],
      },
    });
    expect(renamed.status).toBe(409);
    expect(fx.store.employees.count(MATCH_ALL)).toBe(2);
    expect(fx.store.employees.byId(other)!.userName).toBe('other@example.com');
  });

  it('409 uniqueness for a group displayName in any case; a group may change the case of its own name', async () => {
    const group = (displayName: string) => ({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName,
      members: [],
    });
    const id = (await fx.request('POST', '/Groups', { body: group('Ärzte Süd') })).body.id;
    const twin = await fx.request('POST', '/Groups', { body: group('ärzte SÜD') });
    expect(twin.status).toBe(409);
    expect(twin.body).toEqual(scimError(409, 'uniqueness'));
    expect((await fx.request('PUT', `/Groups/${id}`, { body: group('ÄRZTE SÜD') })).status).toBe(200);
    expect((await fx.request('POST', '/Groups', { body: group('Ärzte süd') })).status).toBe(409);
    expect((await fx.request('PUT', `/Groups/${id}`, { body: group('Pflege') })).status).toBe(200);
    expect((await fx.request('POST', '/Groups', { body: group('ärzte süd') })).status).toBe(201);
    expect(
      (await fx.request('GET', `/Groups?filter=${encodeURIComponent('displayName eq "ÄRZTE SÜD"')}`)).body.totalResults,
    ).toBe(1);
    expect((await fx.request('DELETE', `/Groups/${id}`)).status).toBe(204);
    expect((await fx.request('POST', '/Groups', { body: group('PFLEGE') })).status).toBe(201); // a delete frees the name
  });

  it.each([
    ['a name with a forbidden character', user('n1', { name: { givenName: 'Ann!', familyName: 'Lee' } }), /name\.givenName/],
    ['a family name with a comma', user('n2', { name: { givenName: 'Ann', familyName: 'Lee, Jr' } }), /name\.familyName/],
    ['a userName over 50 characters', user('u'.repeat(51)), /userName must be at most 50/],
    ['no userName', { name: { givenName: 'A', familyName: 'B' } }, /userName is required/],
    ['active that is not a boolean', user('n3', { active: 'maybe' }), /active must be true or false/],
    ['emails that is not a list', user('n4', { emails: 'a@b.c' }), /emails must be a list/],
    ['a userName of 51 emoji', user('😀'.repeat(51)), /userName must be at most 50 characters/],
    ['a userName of only a zero-width space', user('\u200B'), /userName must contain a visible character/],
    ['a userName of only a combining accent', user('\u0301'), /userName must contain a visible character/],
    ['a userName of only blank Hangul and Braille signs', user('\u3164\u2800'), /userName must contain a visible character/],
    ['a userName with a trailing space', user('ann@example.com '), /userName may not begin or end with white space/],
    ['a userName with a leading no-break space', user('\u00a0ann@example.com'), /userName may not begin or end with white space/],
    [
      'a userName ending in a zero-width space',
      user('ann@example.com\u200b'),
      /userName may not begin or end with white space or an invisible/,
    ],
    [
      'a userName ending in NEXT LINE (U+0085)',
      user('ann@example.com\u0085'),
      /userName may not begin or end with white space or an invisible/,
    ],
    [
      'a userName beginning with a Hangul filler',
      user('\u3164ann@example.com'),
      /userName may not begin or end with white space or an invisible/,
    ],
    [
      'a userName beginning with a combining accent',
      user('\u0301ann@example.com'),
      /userName may not begin or end with white space or an invisible/,
    ],
    ['a userName holding a NUL', user('ann\u0000x@example.com'), /userName may not contain control characters/],
    ['a userName holding a line feed', user('ann\nx@example.com'), /userName may not contain control characters/],
    ['half a surrogate pair in userName', user('a\ud800b@x'), /userName is not valid Unicode/],
    [
      'half a surrogate pair in name.familyName',
      user('n5', { name: { givenName: 'A', familyName: 'B\udc00' } }),
      /name\.familyName is not valid Unicode/,
    ],
    ['half a surrogate pair in externalId', user('n6', { externalId: '\ud83d' }), /externalId is not valid Unicode/],
    [
      'half a surrogate pair in a home email',
      user('n7', { emails: [{ type: 'home', value: 'a\ud800@x' }] }),
      /^emails\.value is not valid Unicode/,
    ],
    [
      'half a surrogate pair in an email type',
      user('n8', { emails: [{ type: 'w\udc00', value: 'a@x' }] }),
      /^emails\.type is not valid Unicode/,
    ],
    [
      'half a surrogate pair in the enterprise manager',
      user('n9', { 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { manager: { value: '\ud800' } } }),
      /^urn:ietf:params:scim:schemas:extension:enterprise:2\.0:User:manager\.value is not valid/,
    ],
    ['half a surrogate pair in title', user('n10', { title: 'Lead \udbff' }), /^title is not valid Unicode/],
  ])('400 invalidValue for %s, naming the attribute; nothing is written', async (_name, body, detail) => {
    const response = await fx.request('POST', '/Users', { body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(scimError(400, 'invalidValue'));
    expect(response.body.detail).toMatch(detail);
    expect(fx.store.employees.count(MATCH_ALL)).toBe(0);
  });

  it('304 without a body when If-None-Match names the current version, users and groups alike', async () => {
    const id = (await fx.request('POST', '/Users', { body: user('cached@example.com') })).body.id;
    const gid = (await fx.request('POST', '/Groups', { body: { displayName: 'Cached', members: [] } })).body.id;
    for (const path of [`/Users/${id}`, `/Users/${id}?attributes=userName`, `/Groups/${gid}`]) {
      for (const tag of ['W/"1"', '"1"', 'W/"7", W/"1"', '*']) {
        const same = await fx.request('GET', path, { headers: { 'If-None-Match': tag } });
        expect([path, tag, same.status, same.body]).toEqual([path, tag, 304, null]);
        expect(same.headers.get('etag')).toBe('W/"1"');
      }
      const stale = await fx.request('GET', path, { headers: { 'If-None-Match': 'W/"0", other' } });
      expect(stale.status).toBe(200);
      expect(stale.body.id).toEqual(expect.any(String));
    }
    await fx.request('PUT', `/Users/${id}`, { body: user('cached@example.com', { displayName: 'Changed' }) });
    const changed = await fx.request('GET', `/Users/${id}`, { headers: { 'If-None-Match': 'W/"1"' } });
    expect(changed.status).toBe(200);
    expect(changed.body.displayName).toBe('Changed');
    expect((await fx.request('GET', '/Users/unknown', { headers: { 'If-None-Match': '*' } })).status).toBe(404);
  });

  it('stores text that only looks like a lone surrogate: an escaped backslash before "ud800"', async () => {
    const created = await fx.request('POST', '/Users', {
      body: user('slash@example.com', { title: '\\ud800 and \\\ud83d\ude00' }),
    });
    expect(created.status).toBe(201);
    expect(created.body.title).toBe('\\ud800 and \\\ud83d\ude00');
  });

  it('accepts a userName that ends in a combining vowel sign, as Devanagari names do', async () => {
    expect((await fx.request('POST', '/Users', { body: user('सीता') })).status).toBe(201);
  });

  it('counts userName characters in its NFC form, and gives WFO that form; the identity provider reads back what it sent', async () => {
    const decomposed = 'e\u0301'.repeat(50); // 100 UTF-16 units, 50 characters once composed
    const created = await fx.request('POST', '/Users', { body: user(decomposed) });
    expect(created.status).toBe(201);
    expect(created.body.userName).toBe(decomposed);
    expect(fx.store.employees.byId(created.body.id)!.userName).toBe('é'.repeat(50));
    expect((await fx.request('POST', '/Users', { body: user('😀'.repeat(50)) })).status).toBe(201);
    expect((await fx.request('POST', '/Users', { body: user('e\u0301'.repeat(51)) })).body.detail).toMatch(
      /at most 50 characters/,
    );
  });

  it('400 invalidSyntax for a body that is not UTF-8; nothing is written', async () => {
    const json = Buffer.from(JSON.stringify(user('bytes@example.com')));
    const body = Buffer.concat([json.subarray(0, 12), Buffer.from([0xc3, 0x28]), json.subarray(12)]);
    const response = await fetch(`${fx.base}/Users`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${fx.token}`, 'Content-Type': 'application/scim+json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ...scimError(400, 'invalidSyntax'), detail: 'The request body is not valid UTF-8.' });
    expect(fx.store.employees.count(MATCH_ALL)).toBe(0);
  });

  it('400 invalidValue for half a surrogate pair in a group displayName, externalId or member', async () => {
    for (const body of [
      { displayName: 'G\ud800' },
      { displayName: 'G', externalId: '\udfff' },
      { displayName: 'G', members: [{ value: '\ud800' }] },
    ]) {
      const response = await fx.request('POST', '/Groups', { body });
      expect(response.status).toBe(400);
      expect(response.body.detail).toMatch(/is not valid Unicode/);
    }
    expect(fx.services.groups.all()).toEqual([]);
  });

  it('compares ETags as text, takes a list in If-Match, and refuses a write whose If-None-Match holds', async () => {
    const id = (await fx.request('POST', '/Users', { body: user('tags@example.com') })).body.id;
    const write = (headers: Record<string, string>) =>
      fx.request('PUT', `/Users/${id}`, { body: user('tags@example.com', { displayName: JSON.stringify(headers) }), headers });
    // "01" is another tag than "1", though it reads as the same number.
    expect((await write({ 'If-Match': 'W/"01"' })).status).toBe(412);
    expect((await fx.request('GET', `/Users/${id}`, { headers: { 'If-None-Match': 'W/"01"' } })).status).toBe(200);
    expect((await write({ 'If-Match': 'W/"7", W/"1"' })).status).toBe(200); // version 2 now
    expect((await write({ 'If-None-Match': '*' })).status).toBe(412);
    expect((await write({ 'If-None-Match': 'W/"2"' })).status).toBe(412);
    expect((await fx.request('DELETE', `/Users/${id}`, { headers: { 'If-None-Match': 'W/"2"' } })).status).toBe(412);
    expect((await fx.request('GET', `/Users/${id}`, { headers: { 'If-Match': 'W/"1"' } })).status).toBe(412);
    expect((await fx.request('GET', `/Users/${id}`, { headers: { 'If-Match': 'W/"2"' } })).status).toBe(200);
    expect((await write({ 'If-None-Match': 'W/"1"' })).status).toBe(200);
    expect(fx.store.employees.byId(id)).toMatchObject({ version: 3, displayName: '{"If-None-Match":"W/\\"1\\""}' });
  });

  it('judges a request on its own before its preconditions: 400 and 409 come before 412 (RFC 7232 section 5)', async () => {
    const id = (await fx.request('POST', '/Users', { body: user('order@example.com') })).body.id;
    await fx.request('POST', '/Users', { body: user('taken@example.com') });
    const gid = (await fx.request('POST', '/Groups', { body: { displayName: 'Order', members: [] } })).body.id;
    const stale = { 'If-Match': 'W/"9"' };
    const patchOp = (Operations: unknown[]) => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations });
    const cases: Array<[string, string, unknown, number]> = [
      ['PUT', `/Users/${id}`, user('u'.repeat(51)), 400],
      ['PATCH', `/Users/${id}`, patchOp([{ op: 'frobnicate', path: 'active', value: false }]), 400],
      ['PATCH', `/Users/${id}`, patchOp([{ op: 'replace', path: 'userName', value: 'TAKEN@example.com' }]), 409],
      ['PUT', `/Users/${id}`, user('taken@example.com'), 409],
      ['PUT', `/Groups/${gid}`, { displayName: 'Order', members: [{ value: 'nobody' }] }, 400],
      ['PATCH', `/Groups/${gid}`, patchOp([{ op: 'add', path: 'members', value: [{ value: 'nobody' }] }]), 400],
      ['PATCH', `/Users/${id}`, patchOp([{ op: 'replace', path: 'active', value: false }]), 412],
    ];
    for (const [method, path, body, status] of cases) {
      const response = await fx.request(method, path, { body, headers: stale });
      expect([method, path, response.status]).toEqual([method, path, status]);
    }
    expect(fx.store.employees.byId(id)).toMatchObject({ version: 1, userName: 'order@example.com', active: true });
  });

  it('412 when If-Match names an older version; the write happens with the current one', async () => {
    const id = (await fx.request('POST', '/Users', { body: user('etag@example.com') })).body.id;
    const stale = await fx.request('PUT', `/Users/${id}`, {
      body: user('etag@example.com', { displayName: 'X' }),
      headers: { 'If-Match': 'W/"7"' },
    });
    expect(stale.status).toBe(412);
    expect(fx.store.employees.byId(id)!.displayName).toBeNull();
    const fresh = await fx.request('PUT', `/Users/${id}`, {
      body: user('etag@example.com', { displayName: 'X' }),
      headers: { 'If-Match': 'W/"1"' },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe('W/"2"');
  });

  it('412 for a stale If-Match on every write, users and groups alike, and nothing changes', async () => {
    const userId = (await fx.request('POST', '/Users', { body: user('stale@example.com') })).body.id;
    const groupId = (await fx.request('POST', '/Groups', { body: { displayName: 'Stale', members: [] } })).body.id;
    const stale = { 'If-Match': 'W/"9"' };
    const patch = (path: string, value: unknown) => ({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path, value }],
    });
    for (const [method, path, body] of [
      ['PUT', `/Users/${userId}`, user('stale@example.com', { displayName: 'X' })],
      ['PATCH', `/Users/${userId}`, patch('displayName', 'X')],
      ['DELETE', `/Users/${userId}`, undefined],
      ['PUT', `/Groups/${groupId}`, { displayName: 'Renamed' }],
      ['PATCH', `/Groups/${groupId}`, patch('displayName', 'Renamed')],
      ['DELETE', `/Groups/${groupId}`, undefined],
    ] as const) {
      const response = await fx.request(method, path, { body, headers: stale });
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 412 });
    }
    const unchanged = (await fx.request('GET', `/Users/${userId}`)).body;
    expect(unchanged).not.toHaveProperty('displayName');
    expect(unchanged.meta.version).toBe('W/"1"');
    expect((await fx.request('GET', `/Groups/${groupId}`)).body).toMatchObject({
      displayName: 'Stale',
      meta: { version: 'W/"1"' },
    });
    expect((await fx.request('DELETE', `/Users/${userId}`, { headers: { 'If-Match': 'W/"1"' } })).status).toBe(204);
    expect((await fx.request('DELETE', `/Groups/${groupId}`, { headers: { 'If-Match': 'W/"1"' } })).status).toBe(204);
  });

  it('never changes a field SCIM does not own, yet reads back what the identity provider sent', async () => {
    fx.saveSettings({ syncedFields: ['status'] });
    const id = (
      await fx.request('POST', '/Users', {
        body: user('own@example.com', { emails: [{ type: 'work', value: 'idp@example.com' }] }),
      })
    ).body.id;
    fx.store.db.prepare("UPDATE employees SET email = 'wfo@example.com', city = 'Lyon' WHERE id = ?").run(id);
    const put = await fx.request('PUT', `/Users/${id}`, {
      body: user('own@example.com', {
        emails: [{ type: 'work', value: 'idp2@example.com' }],
        addresses: [{ type: 'work', locality: 'Paris' }],
        active: false,
      }),
    });
    expect(put.body.emails[0].value).toBe('idp2@example.com');
    expect(fx.store.employees.byId(id)).toMatchObject({ email: 'wfo@example.com', city: 'Lyon', active: false });
  });

  it('deactivations do not deactivate anyone while Status is not SCIM-owned', async () => {
    fx.saveSettings({ syncedFields: [] });
    const id = (await fx.request('POST', '/Users', { body: user('keep@example.com') })).body.id;
    await fx.request('PUT', `/Users/${id}`, { body: user('keep@example.com', { active: false }) });
    await fx.request('DELETE', `/Users/${id}`);
    expect(fx.store.employees.byId(id)!.active).toBe(true);
  });

  it('404 for unknown resources and endpoints, 405 for unsupported methods', async () => {
    expect((await fx.request('GET', '/Users/nope')).body).toEqual(scimError(404));
    expect((await fx.request('GET', '/Bulk')).status).toBe(404);
    expect((await fx.request('DELETE', '/Users')).status).toBe(405);
  });

  it('hides internal failures behind a generic 500 without a stack trace', async () => {
    fx.store.db.exec('ALTER TABLE employees RENAME TO employees_gone');
    const response = await fx.request('GET', '/Users');
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toMatch(/employees|sqlite|at .*\.ts/i);
    fx.store.db.exec('ALTER TABLE employees_gone RENAME TO employees');
  });
});

describe('gateway rate limit', () => {
  let fx: GatewayFixture;
  beforeEach(async () => {
    fx = await gatewayInTempDir({ rateLimit: { perSecond: 1, burst: 3 } });
  });
  afterEach(() => fx.dispose());

  it('answers 429 with Retry-After in whole seconds once the burst is spent', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const response = await fx.request('GET', '/ServiceProviderConfig');
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
    expect(retryAfter).toMatch(/^[1-9]\d*$/);
  });
});
