// How a failure crosses a process boundary, and the error the renderer's transports throw from it.
// Apart from contract.ts (which re-exports it) so the renderer, which needs the error but not zod's
// schemas, does not load zod: the contract's schemas run in main only. Pure: no Node, no Electron, no DOM.

/** `scim_owned`: the change touches fields the identity provider owns (they are listed in `fields`). */
export const ERROR_CODES = ['validation', 'conflict', 'scim_owned', 'not_found', 'forbidden', 'unavailable', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** How every failure crosses a process boundary. `field` names the input field at fault. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
  /** Every field at fault, where there can be several (`scim_owned`). */
  fields?: string[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown on the renderer side of a transport so callers can read `code` and `field`. */
export class ApiError extends Error implements ApiErrorBody {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly fields?: string[];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    if (body.field !== undefined) this.field = body.field;
    if (body.fields !== undefined) this.fields = body.fields;
  }
}
