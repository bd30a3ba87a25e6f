// organizations:* channels.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

type OrganizationChannel =
  | 'organizations:list'
  | 'organizations:create'
  | 'organizations:rename'
  | 'organizations:move'
  | 'organizations:delete'
  | 'organizations:employee-counts';

export function organizationsHandlers(services: Services): Pick<Handlers, OrganizationChannel> {
  return {
    'organizations:list': () => services.organizations.list(),
    'organizations:create': (input, { actor }) => services.organizations.create(input, actor),
    'organizations:rename': (input, { actor }) => services.organizations.rename(input, actor),
    'organizations:move': (input, { actor }) => services.organizations.move(input, actor),
    'organizations:delete': (input, { actor }) => {
      services.organizations.delete(input, actor);
      return { deleted: true as const };
    },
    'organizations:employee-counts': () => services.organizations.employeeCounts(),
  };
}
