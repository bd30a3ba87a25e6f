// session:whoami and operators:* channels.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

type OperatorChannels =
  | 'session:whoami'
  | 'operators:list'
  | 'operators:add'
  | 'operators:grant'
  | 'operators:revoke'
  | 'operators:remove';

export function operatorsHandlers(services: Services): Pick<Handlers, OperatorChannels> {
  return {
    'session:whoami': (_input, { actor }) => services.operators.whoami(actor),
    'operators:list': () => services.operators.list(),
    'operators:add': (input, { actor }) => services.operators.add(input.account, input.privileges, actor),
    'operators:grant': (input, { actor }) => services.operators.grant(input.account, input.privilege, actor),
    'operators:revoke': (input, { actor }) => services.operators.revoke(input.account, input.privilege, actor),
    'operators:remove': (input, { actor }) => services.operators.remove(input.account, actor),
  };
}
