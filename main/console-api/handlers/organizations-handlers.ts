// organizations:* channels.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

export function organizationsHandlers(services: Services): Pick<Handlers, 'organizations:list' | 'organizations:create'> {
  return {
    'organizations:list': () => services.organizations.list(),
    'organizations:create': (input, { actor }) => services.organizations.create(input, actor),
  };
}
