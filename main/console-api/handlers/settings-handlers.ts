// settings:* channels.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

export function settingsHandlers(services: Services): Pick<Handlers, 'settings:get' | 'settings:save'> {
  return {
    'settings:get': () => services.settings.get(),
    'settings:save': (input, { actor }) => services.settings.save(input, actor),
  };
}
