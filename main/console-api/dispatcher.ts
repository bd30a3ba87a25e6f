// The one entry every transport calls: checks the channel, validates the input with the contract,
// runs the handler, and turns every outcome into an envelope. Nothing unvalidated reaches a handler.
import { contract, isChannel, type Channel, type Envelope } from '../../preload/contract';
import { ServiceError } from '../services/errors';
import type { CallContext, Handler, Handlers } from './handler-types';
import { validationBody } from './validation-error';

export type Dispatch = (channel: unknown, input: unknown, context: CallContext) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors are reported; their details never cross the boundary. */
  onInternalError?: (error: unknown, channel: Channel) => void;
  /**
   * Settles once the handler's writes are committed. A gateway in the same process (the desktop app)
   * groups commits (store/group-commit.ts), so an answer waits for that commit before it is given.
   */
  committed?: () => Promise<void> | null;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const report = options.onInternalError ?? ((error, channel) => console.error(`[console-api] ${channel}:`, error));
  return async (channel, input, context) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'not_found', message: `Unknown channel '${String(channel)}'.` } };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationBody(parsed.error) };
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const value = await handler(parsed.data as never, context);
      await options.committed?.();
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ServiceError) {
        const body = {
          code: error.code,
          message: error.message,
          ...(error.field ? { field: error.field } : {}),
          ...(error.fields ? { fields: [...error.fields] } : {}),
        };
        return { ok: false, error: body };
      }
      report(error, channel);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong; the details are in the log.' } };
    }
  };
}
