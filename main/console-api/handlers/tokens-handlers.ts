// tokens:* channels. The created token string passes through here once, to the caller, and nowhere else.
import type { Services } from '../../services/services';
import type { Handlers } from '../handler-types';

export function tokensHandlers(
  services: Services,
): Pick<Handlers, 'tokens:list' | 'tokens:create' | 'tokens:revoke' | 'tokens:rotate-key'> {
  return {
    'tokens:list': () => services.tokens.list(),
    'tokens:create': (input, { actor }) => services.tokens.create(input, actor),
    'tokens:revoke': (input, { actor }) => services.tokens.revoke(input.id, actor),
    'tokens:rotate-key': (_input, { actor }) => services.tokens.rotateKey(actor),
  };
}
