// The handler registry: every channel of the contract, registered once, for both transports.
import type { Services } from '../services/services';
import type { Handlers } from './handler-types';
import { activityHandlers } from './handlers/activity-handlers';
import { auditHandlers } from './handlers/audit-handlers';
import { connectionHandlers, type ConnectionTestSettings } from './handlers/connection-handlers';
import { employeesHandlers } from './handlers/employees-handlers';
import type { SaveExport } from './handlers/file-export';
import { gatewayHandlers } from './handlers/gateway-handlers';
import { operatorsHandlers } from './handlers/operators-handlers';
import { organizationsHandlers } from './handlers/organizations-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { tokensHandlers } from './handlers/tokens-handlers';

export interface HandlerOptions {
  /** The desktop app's save dialog for the exports (main/app); without it they answer `unavailable`. */
  saveExport?: SaveExport;
  /** Tests only: a certificate authority to trust and shorter step limits. */
  connectionTest?: ConnectionTestSettings;
}

export function createHandlers(services: Services, options: HandlerOptions = {}): Handlers {
  return {
    ...settingsHandlers(services),
    ...organizationsHandlers(services),
    ...tokensHandlers(services),
    ...activityHandlers(services, options.saveExport),
    ...employeesHandlers(services, options.saveExport),
    ...gatewayHandlers(services),
    ...operatorsHandlers(services),
    ...auditHandlers(services, options.saveExport),
    ...connectionHandlers(services, options.connectionTest),
  };
}
