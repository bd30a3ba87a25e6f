// The handler registry: every channel of the contract, registered once, for both transports.
import type { Services } from '../services/services';
import type { Handlers } from './handler-types';
import { activityHandlers, type ActivityFileExport } from './handlers/activity-handlers';
import { auditHandlers, type AuditFileExport } from './handlers/audit-handlers';
import { connectionHandlers, type ConnectionTestSettings } from './handlers/connection-handlers';
import { employeesHandlers } from './handlers/employees-handlers';
import { gatewayHandlers } from './handlers/gateway-handlers';
import { operatorsHandlers } from './handlers/operators-handlers';
import { organizationsHandlers } from './handlers/organizations-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { tokensHandlers } from './handlers/tokens-handlers';

export interface HandlerOptions {
  /** The desktop app's save dialog for the audit export (main/app). */
  exportAuditToFile?: AuditFileExport;
  /** Tests only: a certificate authority to trust and shorter step limits. */
  connectionTest?: ConnectionTestSettings;
  /** The desktop app's save dialog for the Activity export (main/app). */
  exportActivityToFile?: ActivityFileExport;
}

export function createHandlers(services: Services, options: HandlerOptions = {}): Handlers {
  return {
    ...settingsHandlers(services),
    ...organizationsHandlers(services),
    ...tokensHandlers(services),
    ...activityHandlers(services, options.exportActivityToFile),
    ...employeesHandlers(services),
    ...gatewayHandlers(services),
    ...operatorsHandlers(services),
    ...auditHandlers(services, options.exportAuditToFile),
    ...connectionHandlers(services, options.connectionTest),
  };
}
