// What Node's HTTP parser refuses at the server-mode console (headers over 16 KB, an unknown method, a
// malformed header) and paths nothing serves: each answered with the console's error envelope
// `{ ok: false, error: { code, message } }`, over raw sockets since fetch would not send most of it.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleServerInTempDir, type ConsoleServerFixture } from '../../fixtures/console-server';

function raw(port: number, bytes: string): Promise<{ status: number; headers: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      socket.end();
      const split = received.indexOf('\r\n\r\n');
      resolve({
        status: Number(received.split(' ')[1]),
        headers: received.slice(0, split).toLowerCase(),
        body: JSON.parse(received.slice(split + 4)),
      });
    });
    socket.write(bytes);
  });
}

describe('server-mode console: refusals before routing', () => {
  let fx: ConsoleServerFixture;
  beforeAll(async () => {
    fx = await consoleServerInTempDir();
  });
  afterAll(() => fx.dispose());

  const host = () => `Host: 127.0.0.1:${fx.server.port}`;
  const auth = () => `Authorization: Bearer ${fx.server.sessionToken}`;

  it.each([
    [
      'headers over 16 KB',
      () => `POST /api/settings:get HTTP/1.1\r\n${host()}\r\n${auth()}\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
    ],
    ['an unknown method', () => `FOO /api/settings:get HTTP/1.1\r\n${host()}\r\n${auth()}\r\n\r\n`, 501],
    ['a malformed header', () => `POST /api/settings:get HTTP/1.1\r\n${host()}\r\nBad Header: x\r\n\r\n`, 400],
  ])('answers %s with the console envelope', async (_name, bytes, status) => {
    const answer = await raw(fx.server.port, bytes());
    expect(answer.status).toBe(status);
    expect(answer.headers).toContain('content-type: application/json; charset=utf-8');
    expect(answer.body).toEqual({ ok: false, error: { code: 'validation', message: expect.any(String) } });
  });

  it('answers a path or method nothing serves with 404 in the envelope', async () => {
    const answer = await raw(fx.server.port, `PROPFIND /nothing HTTP/1.1\r\n${host()}\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ ok: false, error: { code: 'not_found', message: 'Not found.' } });
    expect((await fx.call('settings:get', {})).status).toBe(200);
  });
});
