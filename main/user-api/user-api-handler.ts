// One user management API request end to end: route, authenticate (API tokens only), rate-limit, check
// the token's scope, run the route, answer in JSON or RFC 9457 problem+json, and write the Activity log
// row (also for refusals) with the token's label as actor. Errors never carry stack traces.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, requestTarget } from '../gateway/http/gateway-handler';
import { RateLimiter, type RateLimit } from '../gateway/http/rate-limiter';
import { MISSING_HOST_DETAIL, lacksHost } from '../gateway/http/request-head-limits';
import { logEntryOf, turnLogWriter } from '../gateway/http/turn-log-writer';
import type { Clock } from '../services/context';
import { serviceErrorOf } from '../services/errors';
import type { Services } from '../services/services';
import { ApiAuthError, authenticateApi, requireScope, type ApiCaller } from './api-authenticate';
import { API_BASE_PATH, type ApiAnswer, type ApiLog } from './api-types';
import { PROBLEM_CONTENT_TYPE, ProblemError, fromServiceError, problemBody } from './problem';
import { matchApiRoute } from './route-table';

export interface UserApiHandlerOptions {
  services: Services;
  clock: Clock;
  /** Trust X-Forwarded-For for the client address (TLS is terminated by a proxy in front). */
  behindProxy: boolean;
  rateLimit: RateLimit | null;
  onInternalError(error: unknown): void;
  isClosing?(): boolean;
  /** Settles once this turn's writes are committed (group commit), or null when none waits. */
  committed(): Promise<void> | null;
}

export interface UserApiHandler {
  (request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Writes the Activity rows still queued; the gateway calls it when it closes. */
  flushLog(): void;
}

/** Whether a request target belongs to the user management API (else it is the SCIM handler's). */
export function isUserApiTarget(target: string): boolean {
  if (target.startsWith('/') && !target.startsWith(API_BASE_PATH)) return false;
  const { pathname } = requestTarget(target);
  return pathname === API_BASE_PATH || pathname.startsWith(`${API_BASE_PATH}/`);
}

export function createUserApiHandler(options: UserApiHandlerOptions): UserApiHandler {
  const { services, clock } = options;
  const limiter = new RateLimiter(options.rateLimit);
  const logWriter = turnLogWriter(options.services, options.onInternalError);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    const at = clock.now();
    const method = request.method ?? 'GET';
    const url = requestTarget(request.url ?? '/');
    const remoteAddress = clientAddress(request, options.behindProxy);
    const log: ApiLog = {};
    let caller: ApiCaller | null = null;
    // Who the log names: the caller, or the genuine token refused (revoked, expired).
    let logged: { tokenId: string; label: string } | null = null;
    let resourceType: string | null = null;
    let status = 500;
    let code: string | null = null;
    let detail: string | null = null;
    try {
      if (lacksHost(request)) throw new ProblemError('bad_request', MISSING_HOST_DETAIL);
      const { endpoint, id } = matchApiRoute(method, url.pathname);
      resourceType = endpoint.resourceType;
      let refusal: unknown = null;
      if (endpoint.scope !== null) {
        try {
          caller = await authenticateApi(request.headers.authorization, remoteAddress, services);
          logged = caller;
        } catch (error) {
          if (error instanceof ApiAuthError) logged = error.identified;
          refusal = error;
        }
      }
      // Per token once known, per address before: the limit applies to refused callers too.
      const verdict = limiter.take(caller?.tokenId ?? `address:${remoteAddress}`, at.getTime());
      if (!verdict.ok) {
        const retry = String(verdict.retryAfterSeconds);
        throw new ProblemError('rate_limited', `Too many requests; retry after ${retry} s.`, undefined, { 'Retry-After': retry });
      }
      if (refusal !== null) throw refusal;
      if (endpoint.scope !== null) requireScope(caller!, endpoint.scope);
      const answer = await endpoint.route({
        id,
        query: new URLSearchParams(url.search),
        raw: request,
        services,
        actor: { name: caller?.label ?? 'anonymous' },
        log,
      });
      await options.committed();
      status = answer.status;
      send(response, answer, false, options.isClosing?.() ?? false);
    } catch (caught) {
      // A refusal may rest on another request's write of this turn: it waits for the commit too.
      await options.committed()?.catch(() => undefined);
      const problem = asProblem(caught, options);
      status = problem.status;
      code = problem.code;
      detail = problem.detail;
      send(
        response,
        { status, body: problemBody(problem), headers: { ...problem.headers } },
        true,
        options.isClosing?.() ?? false,
      );
    } finally {
      logWriter.add(
        logEntryOf({ at, started, caller: logged, method, url, resourceType, log, status, code, detail, remoteAddress }),
      );
    }
  };
  return Object.assign(handle, { flushLog: () => logWriter.flush() });
}

function asProblem(caught: unknown, options: UserApiHandlerOptions): ProblemError {
  if (caught instanceof ProblemError) return caught;
  const refusal = serviceErrorOf(caught);
  if (refusal) return fromServiceError(refusal);
  options.onInternalError(caught);
  return new ProblemError('internal', 'The service failed to process the request; the details are in its log.');
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = `${PROBLEM_CONTENT_TYPE}; charset=utf-8`;

function send(response: ServerResponse, answer: ApiAnswer, problem: boolean, closing: boolean): void {
  if (response.headersSent) return;
  const headers: Record<string, string | number> = { ...answer.headers, 'Cache-Control': 'no-store' };
  if (closing) headers.Connection = 'close';
  const text = answer.json ?? JSON.stringify(answer.body);
  headers['Content-Type'] = problem ? PROBLEM_TYPE : JSON_CONTENT_TYPE;
  headers['Content-Length'] = Buffer.byteLength(text);
  response.writeHead(answer.status, headers).end(text);
}
