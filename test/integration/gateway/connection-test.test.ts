// The connection test against real listeners on loopback: the gateway over HTTPS with certificates
// generated for the test (valid, self-signed, another name, expired), over plain HTTP, another
// installation's gateway, another service, nothing at all; and the probe's refusals: a caller without
// the installation's key gets exactly the answer any unknown request gets.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../../main/connection-test/connection-test';
import { startGateway, type Gateway } from '../../../main/gateway/gateway-server';
import { PROBE_HEADER, probeAsk } from '../../../main/services/connection-probe/probe-proof';
import type { ConnectionReport } from '../../../preload/connection-contract';
import { settingsSaveInput } from '../../../preload/contract';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';
import { makeTestCertificates, type KeyPair, type TestCertificates } from '../../fixtures/test-certificates';

let certs: TestCertificates;
beforeAll(() => {
  certs = makeTestCertificates();
});
afterAll(() => certs.remove());

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function installation(): ServicesFixture {
  const fx = servicesInTempDir();
  cleanup.push(() => fx.dispose());
  return fx;
}

function saveTenantUrl(fx: ServicesFixture, tenantUrl: string | null): void {
  const current = fx.services.settings.get();
  fx.services.settings.save(
    settingsSaveInput.parse({
      version: current.version,
      enabled: false,
      tenantUrl,
      newUserOrganizationId: current.newUserOrganizationId,
      syncedFields: current.syncedFields,
    }),
    { name: 'ann' },
  );
}

async function gatewayOf(fx: ServicesFixture, tls?: KeyPair): Promise<Gateway> {
  const gateway = await startGateway({
    services: fx.services,
    port: 0,
    rateLimit: null,
    ...(tls ? { tls: { cert: tls.cert, key: tls.key } } : {}),
  });
  cleanup.push(() => gateway.close());
  return gateway;
}

const portOf = (gateway: Gateway) => Number(gateway.address.split(':').at(-1));

const run = (fx: ServicesFixture, options: { trustTestCa?: boolean } = {}) =>
  testConnection(fx.services.settings.get().tenantUrl, {
    probeKey: fx.services.gatewayHost.probeKey(),
    now: () => new Date(),
    timeoutMs: 3_000,
    ...(options.trustTestCa === false ? {} : { ca: certs.ca }),
  });

const outcomes = (report: ConnectionReport) => Object.fromEntries(report.steps.map((s) => [s.id, s.outcome]));
const stepOf = (report: ConnectionReport, id: string) => report.steps.find((s) => s.id === id)!;

describe('connection test against the gateway over HTTPS', () => {
  it('passes every step for this installation at its path with a valid certificate (loopback is a warning)', async () => {
    const fx = installation();
    const gateway = await gatewayOf(fx, certs.valid);
    saveTenantUrl(fx, `https://localhost:${portOf(gateway)}/scim/v2`);
    const report = await run(fx);
    expect(outcomes(report)).toEqual({ url: 'passed', dns: 'warning', tcp: 'passed', tls: 'passed', gateway: 'passed' });
    expect(report.reachable).toBe(true);
    expect(stepOf(report, 'dns').advice).toMatch(/another computer cannot reach it/);
    expect(stepOf(report, 'tls').detail).toMatch(/valid for localhost until \d{4}-\d\d-\d\d/);
  });

  it('names a self-signed certificate, and still finds this gateway behind it', async () => {
    const fx = installation();
    const gateway = await gatewayOf(fx, certs.selfSigned);
    saveTenantUrl(fx, `https://localhost:${portOf(gateway)}/scim/v2`);
    const report = await run(fx);
    expect(outcomes(report)).toMatchObject({ tcp: 'passed', tls: 'failed', gateway: 'passed' });
    expect(stepOf(report, 'tls').detail).toMatch(/self-signed/);
    expect(report.reachable).toBe(false);
  });

  it('names a certificate for another host name', async () => {
    const fx = installation();
    const gateway = await gatewayOf(fx, certs.wrongName);
    saveTenantUrl(fx, `https://localhost:${portOf(gateway)}/scim/v2`);
    const report = await run(fx);
    expect(stepOf(report, 'tls')).toMatchObject({
      outcome: 'failed',
      detail: expect.stringMatching(/not for localhost: it names other\.example/),
    });
    expect(stepOf(report, 'tls').advice).toMatch(/names include localhost/);
  });

  it('names an expired certificate with its date', async () => {
    const fx = installation();
    const gateway = await gatewayOf(fx, certs.expired);
    saveTenantUrl(fx, `https://localhost:${portOf(gateway)}/scim/v2`);
    const report = await run(fx);
    expect(stepOf(report, 'tls')).toMatchObject({
      outcome: 'failed',
      detail: expect.stringMatching(/expired on \d{4}-\d\d-\d\d/),
    });
  });

  it('without trusting the issuing CA, a valid chain is reported as an untrusted authority', async () => {
    const fx = installation();
    const gateway = await gatewayOf(fx, certs.valid);
    saveTenantUrl(fx, `https://localhost:${portOf(gateway)}/scim/v2`);
    const report = await run(fx, { trustTestCa: false });
    expect(stepOf(report, 'tls').detail).toMatch(/not trusted/);
  });

  it('says the server does not speak TLS when https:// points at plain HTTP', async () => {
    const fx = installation();
    const gateway = await gatewayOf(fx);
    saveTenantUrl(fx, `https://localhost:${portOf(gateway)}/scim/v2`);
    const report = await run(fx);
    expect(outcomes(report)).toMatchObject({ tcp: 'passed', tls: 'failed', gateway: 'skipped' });
    expect(stepOf(report, 'tls').detail).toMatch(/does not speak TLS/);
  });
});

describe('connection test: is it this gateway, at this path?', () => {
  it('plain http:// on this computer skips TLS and proves the gateway', async () => {
    const fx = installation();
    const gateway = await gatewayOf(fx);
    saveTenantUrl(fx, `http://127.0.0.1:${portOf(gateway)}/scim/v2`);
    const report = await run(fx);
    expect(outcomes(report)).toEqual({ url: 'passed', dns: 'warning', tcp: 'passed', tls: 'skipped', gateway: 'passed' });
  });

  it("tells another installation's gateway from this one", async () => {
    const ours = installation();
    const theirs = installation();
    const gateway = await gatewayOf(theirs);
    saveTenantUrl(theirs, `http://127.0.0.1:${portOf(gateway)}/scim/v2`);
    saveTenantUrl(ours, `http://127.0.0.1:${portOf(gateway)}/scim/v2`);
    const report = await run(ours);
    // Their gateway cannot check our ask, so it answers as to anyone: a SCIM 404.
    expect(stepOf(report, 'gateway')).toMatchObject({
      outcome: 'failed',
      detail: expect.stringMatching(/not as this installation's gateway at \/scim\/v2/),
      advice: expect.stringMatching(/another installation's gateway/),
    });
  });

  it('says when a SCIM gateway answers at the host and port but not at the saved path', async () => {
    const ours = installation();
    const theirs = installation();
    const gateway = await gatewayOf(theirs);
    saveTenantUrl(theirs, `http://127.0.0.1:${portOf(gateway)}/scim/v2`);
    saveTenantUrl(ours, `http://127.0.0.1:${portOf(gateway)}/old/scim`);
    const report = await run(ours);
    expect(stepOf(report, 'gateway')).toMatchObject({
      outcome: 'failed',
      detail: expect.stringMatching(/not as this installation's gateway at \/old\/scim/),
    });
  });

  it('says when another service answers', async () => {
    const fx = installation();
    const server: Server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>hello</h1>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    saveTenantUrl(fx, `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2`);
    const report = await run(fx);
    expect(stepOf(report, 'gateway')).toMatchObject({
      outcome: 'failed',
      detail: 'Another service answers here (HTTP 200, text/html), not this gateway.',
    });
  });

  it('says nothing listens, and runs nothing after', async () => {
    const fx = installation();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    saveTenantUrl(fx, `https://localhost:${port}/scim/v2`);
    const report = await run(fx);
    expect(outcomes(report)).toEqual({ url: 'passed', dns: 'warning', tcp: 'failed', tls: 'skipped', gateway: 'skipped' });
    expect(stepOf(report, 'tcp').detail).toMatch(/Nothing listens at .* port \d+ \(connection refused\)/);
  });

  it('says the host name does not resolve', async () => {
    const fx = installation();
    saveTenantUrl(fx, 'https://no-such-host.invalid/scim/v2');
    const report = await run(fx);
    expect(outcomes(report)).toMatchObject({ dns: 'failed', tcp: 'skipped' });
    expect(stepOf(report, 'dns').detail).toMatch(/no-such-host\.invalid does not resolve/);
  });

  it('says no Tenant URL is saved', async () => {
    const report = await run(installation());
    expect(outcomes(report)).toEqual({ url: 'failed', dns: 'skipped', tcp: 'skipped', tls: 'skipped', gateway: 'skipped' });
  });
});

describe('the probe reveals nothing to a caller without the key', () => {
  async function setUp() {
    const fx = installation();
    const gateway = await gatewayOf(fx);
    saveTenantUrl(fx, `http://127.0.0.1:${portOf(gateway)}/scim/v2`);
    const url = `${gateway.origin}/scim/v2`;
    const get = async (headers: Record<string, string> = {}) => {
      const response = await fetch(url, { headers });
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    };
    return { fx, url, get, logged: () => fx.services.gatewayStatus.status().lastCall };
  }

  it('a forged, foreign-key, wrong-path, stale or replayed ask gets the answer a request without one gets', async () => {
    const { fx, get } = await setUp();
    const plain = await get();
    expect(plain.status).toBe(404);
    const key = fx.services.gatewayHost.probeKey();
    const now = new Date();
    const asks = [
      'v1.0.x.y',
      probeAsk(Buffer.alloc(32, 7), '/scim/v2', now).header,
      probeAsk(key, '/scim/v3', now).header,
      probeAsk(key, '/scim/v2', new Date(now.getTime() - 10 * 60_000)).header,
    ];
    for (const ask of asks) expect(await get({ [PROBE_HEADER]: ask })).toEqual(plain);
    const genuine = probeAsk(key, '/scim/v2', now).header;
    expect((await get({ [PROBE_HEADER]: genuine })).status).toBe(200);
    expect(await get({ [PROBE_HEADER]: genuine })).toEqual(plain);
  });

  it("the console's own proven probe is not logged as identity-provider traffic; a refused one is logged like any 404", async () => {
    const { fx, get, logged } = await setUp();
    await get({ [PROBE_HEADER]: 'v1.0.x.y' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const forged = logged();
    expect(forged?.status).toBe(404);
    const report = await run(fx);
    expect(stepOf(report, 'gateway').outcome).toBe('passed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logged()?.id).toBe(forged?.id);
  });
});
