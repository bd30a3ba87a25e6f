// The desktop app's gateway serves the user management API while provisioning is disabled, as long
// as a usable API token exists; with neither, it stops.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GatewaySupervisor } from '../../../main/gateway/gateway-supervisor';
import { admin } from '../../fixtures/gateway';
import { userApiInTempDir, type UserApiFixture } from '../../fixtures/user-api';

describe('GatewaySupervisor and API tokens', () => {
  let fx: UserApiFixture;
  let supervisor: GatewaySupervisor;
  beforeEach(async () => {
    fx = await userApiInTempDir();
    supervisor = new GatewaySupervisor(fx.services, { port: 0, rateLimit: null });
  });
  afterEach(async () => {
    await supervisor.stop();
    await fx.dispose();
  });

  it('keeps listening with provisioning disabled while an API token is usable; stops once none is', async () => {
    fx.saveSettings({ enabled: false });
    await supervisor.reconcile();
    const running = supervisor.running;
    expect(running).not.toBeNull();
    const answer = await fetch(`${running!.origin}/api/v1/employees`, { headers: { Authorization: `Bearer ${fx.readToken}` } });
    expect(answer.status).toBe(200);
    for (const token of fx.services.tokens.list('api')) fx.services.tokens.revoke(token.id, admin);
    await supervisor.reconcile();
    expect(supervisor.running).toBeNull();
  });
});
