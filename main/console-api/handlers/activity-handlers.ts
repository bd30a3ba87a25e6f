// activity:* channels: what the identity provider did.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

export function activityHandlers(services: Services): Pick<Handlers, 'activity:list' | 'activity:chart'> {
  return {
    'activity:list': (input) => services.activity.list(input),
    'activity:chart': (input) => services.activity.chart(input.hours),
  };
}
