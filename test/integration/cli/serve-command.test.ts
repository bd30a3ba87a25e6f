// idsvc serve in-process: where it listens, what it refuses, TLS, and a graceful stop that lets a
// request in flight finish.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { createServices } from '../../../main/services/services';
import { Store } from '../../../main/store/store';
import { captureIo, type CapturedIo } from '../../fixtures/cli-io';
import { provisionedDataDir } from '../../fixtures/services';
import { makeTempDir } from '../../fixtures/temp-dir';

const listening = (io: CapturedIo) => /listening on (https?):\/\/([\d.]+):(\d+)\/scim\/v2/.exec(io.stdout[0] ?? '');

describe('idsvc serve', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let io: CapturedIo;
  let token: string;
  beforeEach(async () => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
    io = captureIo(dir.path);
    token = await provisionedDataDir(dataDir, 'Okta');
  });
  afterEach(() => dir.remove());

  it('serves on loopback, and a stop lets the request in flight finish before closing', async () => {
    const exit = runCli(['serve', '--data-dir', dataDir, '--port', '0'], io);
    await expect.poll(() => io.stdout.length).toBe(1);
    const [, scheme, host, port] = listening(io)!;
    expect([scheme, host]).toEqual(['http', '127.0.0.1']);
    expect(io.stdout[0]).toContain('Tenant URL https://idsvc.example.com/scim/v2');

    const body = JSON.stringify({ userName: 'inflight@example.com', name: { givenName: 'In', familyName: 'Flight' } });
    const answered = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host,
          port: Number(port),
          path: '/scim/v2/Users',
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/scim+json',
            'Content-Length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      // Half the body now, the rest after the stop began: the request is in flight during the stop.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        io.stop();
        setTimeout(() => req.end(body.slice(10)), 200);
      }, 200);
    });
    expect(await answered).toBe(201);
    expect(await exit).toBe(0);
    const store = Store.open(dataDir);
    const services = createServices(store, { secrets: new MemorySecretStore() });
    try {
      expect(store.employees.visibleByUserName('inflight@example.com')).toBeDefined();
      expect(services.gatewayStatus.status()).toMatchObject({
        running: false,
        listeners: [expect.objectContaining({ stoppedAt: expect.any(String) })],
      });
    } finally {
      services.close();
    }
  });

  it('refuses plain HTTP on a non-loopback address unless behind a proxy', async () => {
    expect(await runCli(['serve', '--data-dir', dataDir, '--host', '0.0.0.0', '--port', '0'], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/--tls-cert.*--behind-proxy/)]);
    expect(io.stdout).toEqual([]);

    const behind = captureIo(dir.path);
    const exit = runCli(['serve', '--data-dir', dataDir, '--host', '0.0.0.0', '--port', '0', '--behind-proxy'], behind);
    await expect.poll(() => behind.stdout.length).toBe(1);
    expect(behind.stdout[0]).toMatch(/behind a TLS proxy/);
    behind.stop();
    expect(await exit).toBe(0);
  });

  it.each([
    [['--tls-cert', 'a.pem'], /go together/],
    [['--tls-cert', '/nope/cert.pem', '--tls-key', '/nope/key.pem'], /--tls-cert: cannot read/],
    [['--rate-limit', 'fast'], /--rate-limit must be a whole number/],
    [['--port', '-1'], /'--port' argument is ambiguous/],
    [['--port', '99999'], /--port must be a whole number from 0 to 65535/],
  ])('refuses %j with exit 2', async (flags, message) => {
    expect(await runCli(['serve', '--data-dir', dataDir, ...flags], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(message)]);
  });

  it('serves HTTPS with the given certificate', async () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir.path, 'key.pem'),
        '-out',
        join(dir.path, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const exit = runCli(
      [
        'serve',
        '--data-dir',
        dataDir,
        '--port',
        '0',
        '--tls-cert',
        join(dir.path, 'cert.pem'),
        '--tls-key',
        join(dir.path, 'key.pem'),
      ],
      io,
    );
    await expect.poll(() => io.stdout.length).toBe(1);
    const [, scheme, host, port] = listening(io)!;
    expect(scheme).toBe('https');
    const status = await new Promise<number>((resolve, reject) => {
      httpsRequest(
        {
          host,
          port: Number(port),
          path: '/scim/v2/ServiceProviderConfig',
          headers: { Authorization: `Bearer ${token}` },
          ca: readFileSync(join(dir.path, 'cert.pem')),
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(200);
    io.stop();
    expect(await exit).toBe(0);
  });
});
