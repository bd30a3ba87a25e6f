// The Gateway view's data: a listener runs while its heartbeat is fresh and it has not stopped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEARTBEAT_STALE_MS } from '../../../main/services/gateway-status/gateway-status-service';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

describe('GatewayStatusService', () => {
  let fx: ServicesFixture;
  const NOW = new Date('2026-11-28T12:00:00.000Z');
  const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
  const listen = (id: string, startedAt: string, heartbeatAt: string) =>
    fx.store.gatewayListeners.start({
      id,
      pid: 4242,
      address: 'http://127.0.0.1:8443',
      tls: false,
      behindProxy: false,
      startedAt,
      heartbeatAt,
    });
  beforeEach(() => {
    fx = servicesInTempDir();
    fx.clock.set(NOW);
  });
  afterEach(() => fx.dispose());

  it('reports nothing running and no requests on a fresh database', () => {
    expect(fx.services.gatewayStatus.status()).toEqual({ running: false, listeners: [], lastCall: null, lastError: null });
  });

  it('counts a listener with a fresh heartbeat as running', () => {
    listen('a', ago(60_000), ago(HEARTBEAT_STALE_MS - 1));
    const status = fx.services.gatewayStatus.status();
    expect(status.running).toBe(true);
    expect(status.listeners).toEqual([expect.objectContaining({ address: 'http://127.0.0.1:8443', pid: 4242, running: true })]);
  });

  it('does not count a listener whose heartbeat went stale (its process died) or that stopped', () => {
    listen('stale', ago(120_000), ago(HEARTBEAT_STALE_MS));
    listen('stopped', ago(60_000), ago(1_000));
    fx.store.gatewayListeners.stop('stopped', ago(500));
    const status = fx.services.gatewayStatus.status();
    expect(status.running).toBe(false);
    expect(status.listeners.map((l) => [l.startedAt, l.running])).toEqual([
      [ago(60_000), false],
      [ago(120_000), false],
    ]);
  });
});
