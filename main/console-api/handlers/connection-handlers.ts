// connection:test: runs the connection test (main/connection-test) from this process against the
// saved Tenant URL. The probe key stays here: the answer carries only what each step found.
import { testConnection, type ConnectionTestOptions } from '../../connection-test/connection-test';
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

export type ConnectionTestSettings = Partial<Pick<ConnectionTestOptions, 'ca' | 'timeoutMs'>>;

export function connectionHandlers(services: Services, settings: ConnectionTestSettings = {}): Pick<Handlers, 'connection:test'> {
  return {
    'connection:test': () =>
      testConnection(services.settings.get().tenantUrl, {
        ...settings,
        probeKey: services.gatewayHost.probeKey(),
        now: () => new Date(),
      }),
  };
}
