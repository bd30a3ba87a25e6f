// One SCIM request end to end: route, authenticate, rate-limit, run the route, answer in SCIM's
// format, and write the provisioning log row (also for refusals). Errors never carry stack traces.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../services/context';
import { serviceErrorOf } from '../../services/errors';
import type { Services } from '../../services/services';
import { DEFAULT_SCIM_BASE_PATH } from '../../services/settings/tenant-url-suggestion';
import { FilterError } from '../filter/index';
import { ScimError, scimErrorBody } from '../scim/scim-error';
import { SCIM_CONTENT_TYPE } from '../scim/scim-urns';
import { AuthError, authenticate } from './authenticate';
import type { RouteLog, RouteResponse } from './gateway-types';
import { readJsonBody } from './read-body';
import { MISSING_HOST_DETAIL, lacksHost } from './request-head-limits';
import { RateLimiter, type RateLimit } from './rate-limiter';
import { matchRoute } from './router';
import { logEntryOf, turnLogWriter } from './turn-log-writer';
import { probeAnswerer } from './probe-answer';
import { toScimError } from './service-error-mapping';

export interface GatewayHandlerOptions {
  services: Services;
  clock: Clock;
  /** This listener's own origin (https://host:port), for locations while no Tenant URL is saved. */
  listenerOrigin: string;
  /** Trust X-Forwarded-For for the client address (TLS is terminated by a proxy in front). */
  behindProxy: boolean;
  rateLimit: RateLimit | null;
  onInternalError(error: unknown): void;
  /** True once the listener is stopping: answers then close their connection instead of keeping it. */
  isClosing?(): boolean;
}

export interface GatewayHandler {
  (request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Writes the provisioning log rows still queued; the gateway calls it when it closes. */
  flushLog(): void;
}

export function createGatewayHandler(options: GatewayHandlerOptions): GatewayHandler {
  const { services, clock } = options;
  const limiter = new RateLimiter(options.rateLimit);
  // The Tenant URL is read on every request (a saved change applies at once) but rarely changes: its
  // path is parsed again only when it does.
  let last: { tenantUrl: string | null; basePath: string; baseUrl: string } | null = null;
  const base = (tenantUrl: string | null) => {
    if (last?.tenantUrl !== tenantUrl) {
      last = {
        tenantUrl,
        basePath: tenantUrl === null ? DEFAULT_SCIM_BASE_PATH : new URL(tenantUrl).pathname.replace(/\/+$/, ''),
        baseUrl: tenantUrl ?? `${options.listenerOrigin}${DEFAULT_SCIM_BASE_PATH}`,
      };
    }
    return last;
  };
  const logWriter = turnLogWriter(options.services, options.onInternalError);
  const answerProbe = probeAnswerer(() => services.gatewayHost.probeKey(), clock);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    const at = clock.now();
    const method = request.method ?? 'GET';
    const url = requestTarget(request.url ?? '/');
    const remoteAddress = clientAddress(request, options.behindProxy);
    const proven = answerProbe(method, url.pathname, () => base(services.gatewayHost.tenantUrl()).basePath, request.headers);
    if (proven) return send(response, proven, options.isClosing?.() ?? false);
    const log: RouteLog = {};
    let actor: { tokenId: string; label: string } | null = null;
    // Who the log names: the caller, or the genuine token refused (revoked, expired).
    let logged: { tokenId: string; label: string } | null = null;
    let resourceType: string | null = null;
    let status = 500;
    let scimType: string | null = null;
    let detail: string | null = null;
    try {
      if (lacksHost(request)) throw new ScimError(400, undefined, MISSING_HOST_DETAIL);
      const { basePath, baseUrl } = base(services.gatewayHost.tenantUrl());
      const match = matchRoute(method, url.pathname, basePath);
      if (!match.ok)
        throw match.status === 405
          ? new MethodNotAllowed(match.detail, match.allow)
          : new ScimError(404, undefined, match.detail);
      resourceType = match.matched.resourceType;
      // Every request counts against the rate limit, refused ones too, and a client over its limit is
      // told so before it learns whether its token was good.
      let refused: unknown = null;
      try {
        actor = await authenticate(request.headers.authorization, remoteAddress, services);
        logged = actor;
      } catch (error) {
        if (error instanceof AuthError) {
          actor = error.caller;
          logged = error.identified;
        }
        refused = error;
      }
      const verdict = limiter.take(actor?.tokenId ?? `address:${remoteAddress}`, at.getTime());
      if (!verdict.ok) throw new RateLimited(verdict.retryAfterSeconds);
      if (refused !== null) throw refused;
      const answer = await match.matched.route(
        {
          method,
          id: match.matched.id,
          query: new URLSearchParams(url.search),
          headers: request.headers,
          baseUrl,
          body: () => readJsonBody(request),
        },
        services,
        log,
      );
      await services.writes.committed();
      status = answer.status;
      send(response, answer, options.isClosing?.() ?? false);
    } catch (caught) {
      // A refusal may rest on another request's write of this turn (409 after a create): it waits too.
      await services.writes.committed()?.catch(() => undefined);
      const error = asScimError(caught, options);
      status = error.status;
      scimType = error.scimType ?? null;
      detail = error.detail;
      send(
        response,
        { status: error.status, body: scimErrorBody(error), headers: errorHeaders(error) },
        options.isClosing?.() ?? false,
      );
    } finally {
      logWriter.add(
        logEntryOf({
          at,
          started,
          caller: logged,
          method,
          url,
          resourceType,
          log,
          status,
          code: scimType,
          detail,
          remoteAddress,
        }),
      );
    }
  };
  return Object.assign(handle, { flushLog: () => logWriter.flush() });
}

class RateLimited extends ScimError {
  constructor(retryAfterSeconds: number) {
    super(429, 'tooMany', `Too many requests; retry after ${retryAfterSeconds} s.`, retryAfterSeconds);
  }
}

class MethodNotAllowed extends ScimError {
  constructor(
    detail: string,
    readonly allow: string,
  ) {
    super(405, undefined, detail);
  }
}

function asScimError(caught: unknown, options: GatewayHandlerOptions): ScimError {
  if (caught instanceof ScimError) return caught;
  const refusal = serviceErrorOf(caught);
  if (refusal) return toScimError(refusal);
  // A filter that parses but compares an attribute with the wrong kind of value (`active eq "true"`)
  // is refused while it is compiled, inside a route: still the client's filter at fault.
  if (caught instanceof FilterError) return new ScimError(400, 'invalidFilter', caught.message);
  options.onInternalError(caught);
  return new ScimError(500, undefined, 'The gateway failed to process the request; the details are in its log.');
}

function errorHeaders(error: ScimError): Record<string, string> {
  if (error.retryAfterSeconds !== undefined) return { 'Retry-After': String(error.retryAfterSeconds) };
  if (error instanceof MethodNotAllowed) return { Allow: error.allow };
  if (error instanceof AuthError && error.wwwAuthenticate) return { 'WWW-Authenticate': error.wwwAuthenticate };
  return {};
}

const JSON_CONTENT_TYPE = `${SCIM_CONTENT_TYPE}; charset=utf-8`;

function send(response: ServerResponse, answer: RouteResponse, closing: boolean): void {
  if (response.headersSent) return;
  const headers: Record<string, string | number> = { ...answer.headers, 'Cache-Control': 'no-store' };
  if (closing) headers.Connection = 'close';
  if (answer.body === undefined && answer.json === undefined) {
    response.writeHead(answer.status, headers).end();
    return;
  }
  const text = answer.json ?? JSON.stringify(answer.body);
  headers['Content-Type'] = JSON_CONTENT_TYPE;
  headers['Content-Length'] = Buffer.byteLength(text);
  response.writeHead(answer.status, headers).end(text);
}

/**
 * The request target's path and query. The usual origin-form (`/scim/v2/Users?filter=...`) is split
 * as it is (a WHATWG URL parse measured about 2% of a request); the absolute form a proxy may send is
 * parsed. Dot segments are not resolved: `..` can only end up as an id that is not found. A target
 * that is no URL (`http://[`, which Node's parser lets through) is kept whole as a path that names
 * nothing: it used to throw in the listener, outside any handler, and end the process.
 */
export function requestTarget(target: string): { pathname: string; search: string } {
  if (!target.startsWith('/')) {
    const url = URL.parse(target, 'http://gateway');
    return url === null ? { pathname: target, search: '' } : { pathname: url.pathname, search: url.search };
  }
  const query = target.indexOf('?');
  return query === -1 ? { pathname: target, search: '' } : { pathname: target.slice(0, query), search: target.slice(query) };
}

export function clientAddress(request: IncomingMessage, behindProxy: boolean): string | null {
  const forwarded = request.headers['x-forwarded-for'];
  if (behindProxy && typeof forwarded === 'string' && forwarded.trim() !== '') return forwarded.split(',')[0]!.trim();
  return request.socket.remoteAddress ?? null;
}
