// The shape of a console API handler: contract-parsed input in, contract result out.
import type { Channel, ChannelOutput, ParsedInput } from '../../preload/contract';
import type { Actor } from '../services/context';

export interface CallContext {
  actor: Actor;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  context: CallContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };
