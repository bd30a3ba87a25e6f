// ScimError, the refusal every SCIM request handler throws (RFC 7644 section 3.12): the HTTP status,
// the scimType keyword and a detail written for the administrator reading the IdP's log. It lives
// beside the PATCH engine, free of any HTTP code; `scim/scim-error.ts` turns it into the response body.

export const SCIM_ERROR_TYPES = [
  'invalidFilter',
  'tooMany',
  'uniqueness',
  'mutability',
  'invalidSyntax',
  'invalidPath',
  'noTarget',
  'invalidValue',
  'invalidVers',
  'sensitive',
  // RFC 9865 section 3: a cursor not made here (or for another query), and one past its time.
  'invalidCursor',
  'expiredCursor',
] as const;

export type ScimErrorType = (typeof SCIM_ERROR_TYPES)[number];

export class ScimError extends Error {
  readonly status: number;
  readonly scimType?: ScimErrorType;
  readonly detail: string;
  /** Sent as Retry-After: a refusal the client should repeat later (429, a busy 503). */
  readonly retryAfterSeconds?: number;

  constructor(status: number, scimType: ScimErrorType | undefined, detail: string, retryAfterSeconds?: number) {
    super(detail);
    this.name = 'ScimError';
    this.status = status;
    this.detail = detail;
    if (scimType !== undefined) this.scimType = scimType;
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The same refusal with context in front, so a client learns which operation was at fault. */
  prefixed(context: string): ScimError {
    return new ScimError(this.status, this.scimType, `${context}: ${this.detail}`);
  }
}

/** Shorthand for the 400s the PATCH engine throws. */
export function badRequest(scimType: ScimErrorType, detail: string): ScimError {
  return new ScimError(400, scimType, detail);
}
