// The user management API's errors: RFC 9457 problem details (`application/problem+json`) with a
// machine-readable `code` and, where input is at fault, every field at fault in `fields`. Service
// refusals (ServiceError) are translated here and nowhere else.
import { BusyError, type ServiceError } from '../services/errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Each code's status and title; the OpenAPI document lists the same table. */
export const PROBLEMS = new Map([
  ['validation', { status: 400, title: 'The request is not valid' }],
  ['bad_request', { status: 400, title: 'The request is not valid HTTP/1.1' }],
  ['unauthorized', { status: 401, title: 'A valid API token is required' }],
  ['forbidden', { status: 403, title: 'The token does not allow this' }],
  ['not_found', { status: 404, title: 'Not found' }],
  ['method_not_allowed', { status: 405, title: 'Method not allowed' }],
  ['request_timeout', { status: 408, title: 'The request did not arrive in time' }],
  ['conflict', { status: 409, title: 'The request conflicts with the employee as it is' }],
  ['scim_owned', { status: 409, title: 'Fields managed by the identity provider' }],
  ['precondition_failed', { status: 412, title: 'The employee changed since it was read' }],
  ['payload_too_large', { status: 413, title: 'The request body is too large' }],
  ['unsupported_media_type', { status: 415, title: 'Unsupported content type' }],
  ['rate_limited', { status: 429, title: 'Too many requests' }],
  ['header_fields_too_large', { status: 431, title: 'The request line and headers are too large' }],
  ['internal', { status: 500, title: 'Internal error' }],
  ['not_implemented', { status: 501, title: 'Method not implemented' }],
  ['unavailable', { status: 503, title: 'Service unavailable' }],
] as const);
export type ProblemCode = typeof PROBLEMS extends Map<infer K, unknown> ? K : never;
export const PROBLEM_CODES = [...PROBLEMS.keys()];

/** The problem `type`: a URN per code (stable, and not a URL that would have to serve a page). */
export const problemType = (code: ProblemCode): string => `urn:idsvc:problem:${code}`;

export class ProblemError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly fields?: readonly string[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.status = PROBLEMS.get(code)!.status;
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  fields?: string[];
}

export function problemBody(error: ProblemError): ProblemBody {
  const body: ProblemBody = {
    type: problemType(error.code),
    title: PROBLEMS.get(error.code)!.title,
    status: error.status,
    detail: error.detail,
    code: error.code,
  };
  if (error.fields && error.fields.length > 0) body.fields = [...error.fields];
  return body;
}

/**
 * A service refusal as a problem. A version conflict is the client's stale If-Match (412); a missing
 * organization named in the body or query is bad input (400 naming it), not a missing employee (404).
 */
export function fromServiceError(error: ServiceError): ProblemError {
  const fields = error.fields ?? (error.field === undefined ? undefined : [error.field]);
  switch (error.code) {
    case 'validation':
      return new ProblemError('validation', error.message, fields);
    case 'scim_owned':
      return new ProblemError('scim_owned', error.message, fields);
    case 'conflict':
      return error.field === 'version'
        ? new ProblemError('precondition_failed', error.message)
        : new ProblemError('conflict', error.message, fields);
    case 'not_found':
      return error.field === undefined || error.field === 'id'
        ? new ProblemError('not_found', error.message)
        : new ProblemError('validation', error.message, fields);
    case 'forbidden':
      return new ProblemError('forbidden', error.message);
    case 'unavailable':
      return new ProblemError(
        'unavailable',
        error.message,
        undefined,
        error instanceof BusyError ? { 'Retry-After': String(error.retryAfterSeconds) } : {},
      );
    default:
      return new ProblemError('internal', 'The service failed to process the request; the details are in its log.');
  }
}
