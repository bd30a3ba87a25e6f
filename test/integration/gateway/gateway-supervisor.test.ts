// The desktop app's gateway: listening exactly while provisioning is enabled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GatewaySupervisor } from '../../../main/gateway/gateway-supervisor';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

describe('GatewaySupervisor', () => {
  let fx: GatewayFixture;
  let supervisor: GatewaySupervisor;
  let events: string[];
  beforeEach(async () => {
    fx = await gatewayInTempDir();
    events = [];
    supervisor = new GatewaySupervisor(fx.services, { port: 0, rateLimit: null, onEvent: (e) => events.push(e.kind) });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await supervisor.stop();
    await fx.dispose();
  });

  it('starts while enabled, stops when disabled, starts again when re-enabled', async () => {
    await supervisor.reconcile();
    const first = supervisor.running;
    expect(first).not.toBeNull();
    const ok = await fetch(`${first!.origin}/scim/v2/ServiceProviderConfig`, {
      headers: { Authorization: `Bearer ${fx.token}` },
    });
    expect(ok.status).toBe(200);

    fx.saveSettings({ enabled: false });
    await supervisor.reconcile();
    expect(supervisor.running).toBeNull();
    await expect(fetch(`${first!.origin}/scim/v2/ServiceProviderConfig`)).rejects.toThrow();

    fx.saveSettings({ enabled: true });
    await supervisor.reconcile();
    expect(supervisor.running).not.toBeNull();
    expect(events).toEqual(['started', 'stopped', 'started']);
  });

  it('reports a step whose reads fail and tries again at the next tick', async () => {
    // The settings read refused once, as a busy or closing database would refuse it.
    vi.spyOn(fx.services.gatewayHost, 'provisioningEnabled').mockImplementationOnce(() => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    });
    const ticking = new GatewaySupervisor(fx.services, {
      port: 0,
      rateLimit: null,
      pollMs: 20,
      onEvent: (e) => events.push(e.kind),
    });
    ticking.start();
    await expect.poll(() => ticking.running !== null, { timeout: 5000 }).toBe(true);
    expect(events).toEqual(['failed', 'started']);
    await ticking.stop();
  });

  it('reports a start that fails and retries only after the pause', async () => {
    const busy = new GatewaySupervisor(fx.services, {
      port: Number(fx.gateway.address.split(':').at(-1)),
      retryMs: 60_000,
      onEvent: (e) => events.push(e.kind),
    });
    await busy.reconcile();
    await busy.reconcile();
    expect(busy.running).toBeNull();
    expect(events).toEqual(['failed']);
    await busy.stop();
  });
});
