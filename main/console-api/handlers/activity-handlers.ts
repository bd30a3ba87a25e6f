// activity:* and gateway:status channels: what the identity provider did, and whether the gateway runs.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

export function activityHandlers(services: Services): Pick<Handlers, 'activity:list' | 'activity:chart' | 'gateway:status'> {
  return {
    'activity:list': (input) => services.activity.list(input),
    'activity:chart': (input) => services.activity.chart(input.hours),
    'gateway:status': () => services.activity.gatewayStatus(),
  };
}
