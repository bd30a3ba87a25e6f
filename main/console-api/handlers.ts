// The handler registry: every channel of the contract, registered once, for both transports.
import type { Services } from '../services/services';
import type { Handlers } from './handler-types';
import { activityHandlers } from './handlers/activity-handlers';
import { employeesHandlers } from './handlers/employees-handlers';
import { gatewayHandlers } from './handlers/gateway-handlers';
import { organizationsHandlers } from './handlers/organizations-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { tokensHandlers } from './handlers/tokens-handlers';

export function createHandlers(services: Services): Handlers {
  return {
    ...settingsHandlers(services),
    ...organizationsHandlers(services),
    ...tokensHandlers(services),
    ...activityHandlers(services),
    ...employeesHandlers(services),
    ...gatewayHandlers(services),
  };
}
