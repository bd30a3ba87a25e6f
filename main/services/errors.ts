// The one error type services throw. Transports turn it into `{ code, message, field }`; what else
// they catch goes through serviceErrorOf first, so a busy database is a refusal to retry, not a failure.
import type { ErrorCode } from '../../preload/contract';
import { BUSY_TIMEOUT_MS } from '../store/database';
import { isStoreBusy } from '../store/store-errors';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Every field at fault, where there can be several (`scim_owned`). */
    readonly fields?: readonly string[],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const validationError = (field: string, message: string) => new ServiceError('validation', message, field);
export const notFoundError = (field: string, message: string) => new ServiceError('not_found', message, field);
export const conflictError = (message: string, field?: string) => new ServiceError('conflict', message, field);

/** How long a client is told to wait when the database was busy: the busy timeout its request already waited. */
export const BUSY_RETRY_AFTER_SECONDS = Math.ceil(BUSY_TIMEOUT_MS / 1000);

const BUSY_MESSAGE =
  'The database is busy with another change (a large import, or another process); nothing was changed. Try again in a few seconds.';

/**
 * Another connection (a large placements import, another process) held the database past the busy
 * timeout. A transaction takes its lock when it begins, so the refused request wrote nothing.
 */
export class BusyError extends ServiceError {
  readonly retryAfterSeconds = BUSY_RETRY_AFTER_SECONDS;
  constructor() {
    super('unavailable', BUSY_MESSAGE);
  }
}

/** Whether `error` is a busy database (a BusyError, or the store's busy not yet turned into one). */
export function isBusyError(error: unknown): boolean {
  return error instanceof BusyError || isStoreBusy(error);
}

/** `caught` as a service refusal: itself, or a BusyError for a busy database; null for anything else (a failure). */
export function serviceErrorOf(caught: unknown): ServiceError | null {
  if (caught instanceof ServiceError) return caught;
  return isStoreBusy(caught) ? new BusyError() : null;
}

/**
 * A failure as one sentence for a person (the CLI's last line, the desktop app's startup dialog): a
 * busy database in BusyError's words, not the driver's "database is locked"; else the error's message.
 */
export function failureMessage(error: unknown): string {
  if (isBusyError(error)) return BUSY_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}
