// The one entry every transport calls: checks the channel, refuses a caller without the privilege the
// contract names for it, validates the input with the contract, runs the handler, and turns every
// outcome into an envelope. Nothing unvalidated or unauthorized reaches a handler.
import { channelAccess, contract, isChannel, type ApiErrorBody, type Channel, type Envelope } from '../../preload/contract';
import { ANY_OPERATOR, ANYONE, allows, privilegeLabel, type ChannelAccess, type Privilege } from '../../preload/privileges';
import type { Actor } from '../services/context';
import { type ServiceError, serviceErrorOf } from '../services/errors';
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

/** Who holds what, read on every call so a revocation saved by another process applies at once. */
export interface AccessPolicy {
  privilegesOf(actor: Actor): ReadonlySet<Privilege>;
  /** The holders of Manage Operators, named in a refusal: whom to ask. */
  operatorManagers(): string[];
}

export function createDispatcher(handlers: Handlers, access: AccessPolicy, options: DispatcherOptions = {}): Dispatch {
  const report = options.onInternalError ?? ((error, channel) => console.error(`[console-api] ${channel}:`, error));
  return async (channel, input, context) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'not_found', message: `Unknown channel '${String(channel)}'.` } };
    }
    // Refused before the input is looked at: a caller without the privilege learns nothing about it.
    const refused = refusal(access, channelAccess(channel), context.actor);
    if (refused) return { ok: false, error: refused };
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationBody(parsed.error) };
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const value = await handler(parsed.data as never, context);
      await options.committed?.();
      return { ok: true, value };
    } catch (error) {
      const refusal = serviceErrorOf(error);
      if (refusal) return { ok: false, error: serviceErrorBody(refusal) };
      report(error, channel);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong; the details are in the log.' } };
    }
  };
}

/** A service's refusal as the API's error body: its code, message and the fields at fault. */
export function serviceErrorBody(error: ServiceError): ApiErrorBody {
  return {
    code: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
    ...(error.fields ? { fields: [...error.fields] } : {}),
  };
}

/**
 * The refusal for a caller without `needed`, or null when it may go on. For what is not a channel but
 * is guarded like one: the exports' downloads (HTTP) and `idsvc audit export`.
 */
export function refusal(access: AccessPolicy, needed: ChannelAccess, actor: Actor): ApiErrorBody | null {
  if (needed === ANYONE || allows(needed, access.privilegesOf(actor))) return null;
  return forbidden(needed, actor, access.operatorManagers());
}

function forbidden(needed: ChannelAccess, actor: Actor, managers: readonly string[]): ApiErrorBody {
  const ask =
    managers.length > 0 ? ` Ask an operator who holds "${privilegeLabel('manage-operators')}" (${managers.join(', ')}).` : '';
  const message =
    needed === ANY_OPERATOR || needed === ANYONE
      ? `${actor.name} holds no privilege on this Identity Service.${ask}`
      : `This needs the privilege "${privilegeLabel(needed)}", which ${actor.name} does not hold.${ask}`;
  return { code: 'forbidden', message };
}
