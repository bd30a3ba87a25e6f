// The one error type services throw. Transports turn it into `{ code, message, field }`.
import type { ErrorCode } from '../../preload/contract';

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
