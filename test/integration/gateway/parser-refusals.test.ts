// What Node's HTTP parser refuses before a handler runs (a head over 64 KB, a method it does not know, a
// malformed header, a TLS handshake on the plain port), CONNECT and a request without Host: each is
// answered in SCIM's error format (problem+json under /api/v1) and logged in Activity, with or without
// a token, and no row names the token. Sent over raw sockets, since fetch would refuse to send most of it.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_LOG_FILTER, type ProvisioningLogRecord } from '../../../main/store/provisioning-log-repository';
import { userApiInTempDir, type UserApiFixture } from '../../fixtures/user-api';

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: unknown;
}

const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

describe('requests refused by the HTTP parser', () => {
  let fx: UserApiFixture;
  let port = 0;
  beforeAll(async () => {
    fx = await userApiInTempDir();
    port = Number(new URL(fx.gateway.origin).port);
  });
  afterAll(() => fx.dispose());

  /** Writes the bytes, reads until the gateway closes, and parses the one response. */
  function raw(bytes: string | Buffer): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('end', () => {
        socket.end();
        const text = Buffer.concat(chunks).toString('utf8');
        const split = text.indexOf('\r\n\r\n');
        const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
        const headers = new Map(
          lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
        );
        const body = text.slice(split + 4);
        resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: body === '' ? null : JSON.parse(body) });
      });
      socket.write(bytes);
    });
  }

  const head = (requestLine: string, headers: string[]) => `${requestLine}\r\n${[...headers, ''].join('\r\n')}\r\n`;

  /** The Activity rows written since `afterId` (rows are written at the end of the event-loop turn). */
  async function rowsAfter(afterId: number): Promise<ProvisioningLogRecord[]> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const rows = fx.store.provisioningLog.page(OPEN_LOG_FILTER, null, 20);
      const fresh = rows.filter((row) => row.id > afterId);
      if (fresh.length > 0) return fresh;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return [];
  }
  const lastId = () => fx.store.provisioningLog.page(OPEN_LOG_FILTER, null, 1)[0]?.id ?? 0;

  function expectScimError(answer: RawAnswer, status: number, detail: RegExp) {
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe('application/scim+json; charset=utf-8');
    expect(answer.headers.get('connection')).toBe('close');
    expect(answer.body).toEqual({ schemas: [SCIM_ERROR], status: String(status), detail: expect.stringMatching(detail) });
  }

  async function expectOneRow(afterId: number, expected: Partial<ProvisioningLogRecord>, secrets: string[]) {
    const rows = await rowsAfter(afterId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: null, tokenId: null, ...expected });
    for (const secret of secrets) expect(JSON.stringify(rows[0])).not.toContain(secret);
  }

  for (const withToken of [false, true]) {
    const auth = () => (withToken ? [`Authorization: Bearer ${fx.token}`] : []);
    const label = withToken ? 'with a token' : 'without a token';

    it(`431 in SCIM format for a 100 KB Authorization header or other header, ${label}, logged without the token`, async () => {
      const before = lastId();
      const padding = 'a'.repeat(100 * 1024);
      const answer = await raw(
        head('GET /scim/v2/Users HTTP/1.1', [
          'Host: idsvc.example.com',
          ...(withToken ? [...auth(), `X-Padding: ${padding}`] : [`Authorization: Bearer ${padding}`]),
        ]),
      );
      expectScimError(answer, 431, /exceed 64 KB/);
      await expectOneRow(before, { status: 431, detail: (answer.body as { detail: string }).detail }, [
        fx.token,
        padding.slice(0, 100),
      ]);
    });

    it(`501 in SCIM format for an unknown method (FOO), ${label}, logged with its method and path`, async () => {
      const before = lastId();
      const answer = await raw(head('FOO /scim/v2/Users HTTP/1.1', ['Host: idsvc.example.com', ...auth()]));
      expectScimError(answer, 501, /does not implement the method FOO/);
      await expectOneRow(before, { status: 501, method: 'FOO', path: '/scim/v2/Users', scimType: null }, [fx.token]);
    });

    it(`400 in SCIM format for a malformed header, ${label}`, async () => {
      const before = lastId();
      const answer = await raw(head('GET /scim/v2/Users HTTP/1.1', ['Host: idsvc.example.com', ...auth(), 'Bad Header: x']));
      expectScimError(answer, 400, /not valid HTTP\/1\.1: Invalid header token/);
      await expectOneRow(before, { status: 400, method: 'GET', path: '/scim/v2/Users' }, [fx.token]);
    });

    it(`400 in SCIM format for an HTTP/1.1 request without Host, ${label}`, async () => {
      const before = lastId();
      const answer = await raw(head('GET /scim/v2/Users HTTP/1.1', [...auth(), 'Connection: close']));
      expectScimError(answer, 400, /Host header/);
      await expectOneRow(before, { status: 400, method: 'GET', path: '/scim/v2/Users' }, [fx.token]);
    });

    it(`501 problem+json for an unknown method under /api/v1, ${label}`, async () => {
      const before = lastId();
      const answer = await raw(head('FOO /api/v1/employees HTTP/1.1', ['Host: idsvc.example.com', ...auth()]));
      expect(answer.status).toBe(501);
      expect(answer.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(answer.body).toEqual({
        type: 'urn:idsvc:problem:not_implemented',
        title: expect.any(String),
        status: 501,
        detail: expect.stringMatching(/does not implement the method FOO/),
        code: 'not_implemented',
      });
      await expectOneRow(before, { status: 501, method: 'FOO', path: '/api/v1/employees', scimType: 'not_implemented' }, [
        fx.token,
      ]);
    });
  }

  it('431 in SCIM format for a URL over the limit', async () => {
    const answer = await raw(head(`GET /scim/v2/Users?filter=${'a'.repeat(70 * 1024)} HTTP/1.1`, ['Host: idsvc.example.com']));
    expectScimError(answer, 431, /exceed 64 KB/);
  });

  it('501 for CONNECT, 400 naming TLS for a TLS handshake on the plain port, each logged', async () => {
    let before = lastId();
    const tunnel = await raw(head('CONNECT example.com:443 HTTP/1.1', ['Host: example.com:443']));
    expectScimError(tunnel, 501, /CONNECT/);
    await expectOneRow(before, { status: 501, method: 'CONNECT', path: 'example.com:443' }, []);

    before = lastId();
    const clientHello = Buffer.from('16030100a5010000a10303', 'hex');
    const tls = await raw(Buffer.concat([clientHello, Buffer.alloc(160, 1)]));
    expectScimError(tls, 400, /TLS handshake/);
    await expectOneRow(before, { status: 400, method: '-', path: '' }, []);
  });

  it('answers a target that is no URL (http://[, which Node lets through) with 404; it used to end the process', async () => {
    for (const target of ['http://[', 'http://[/api/v1/employees']) {
      const answer = await raw(head(`GET ${target} HTTP/1.1`, ['Host: idsvc.example.com', 'Connection: close']));
      expectScimError(answer, 404, /Not a SCIM endpoint/);
    }
    const proxied = await raw(head('GET http://x/api/v1/employees HTTP/1.1', ['Host: x', 'Connection: close']));
    expect(proxied.status).toBe(401);
    expect(proxied.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  });

  it('serves a request with an Expect other than 100-continue instead of an empty 417', async () => {
    const answer = await raw(
      head('GET /scim/v2/Users HTTP/1.1', [
        'Host: idsvc.example.com',
        `Authorization: Bearer ${fx.token}`,
        'Expect: something-else',
        'Connection: close',
      ]),
    );
    expect(answer.status).toBe(200);
  });

  it('keeps serving ordinary requests, with no internal error, after all of the above', async () => {
    expect((await fx.request('GET', '/Users')).status).toBe(200);
    expect((await fx.api('GET', '/employees')).status).toBe(200);
    expect(fx.internalErrors).toEqual([]);
  });
});
