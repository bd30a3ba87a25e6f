// gateway:* channels: whether the gateway runs, where it listens, and how its last requests went.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

export function gatewayHandlers(services: Services): Pick<Handlers, 'gateway:status'> {
  return {
    'gateway:status': () => services.gatewayStatus.status(),
  };
}
