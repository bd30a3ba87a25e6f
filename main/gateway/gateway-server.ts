// The gateway's listener: HTTP or HTTPS, loopback by default, plain HTTP on another address only
// behind a TLS-terminating proxy. It records itself in gateway_listeners (with a heartbeat) so a
// console in another process can show it, and closes gracefully: in-flight requests finish first.
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { startLogPruner } from '../services/activity/log-pruner';
import { systemClock, type Clock } from '../services/context';
import { isBusyError } from '../services/errors';
import type { Services } from '../services/services';
import { DEFAULT_GATEWAY_PORT } from '../services/settings/tenant-url-suggestion';
import { createUserApiHandler, isUserApiTarget } from '../user-api/user-api-handler';
import { createGatewayHandler } from './http/gateway-handler';
import { createParserRefusals } from './http/parser-refusals';
import type { RateLimit } from './http/rate-limiter';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, requestHeadOptions } from './http/request-head-limits';

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 200, burst: 400 };
const HEARTBEAT_MS = 10_000;
const DRAIN_TIMEOUT_MS = 10_000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface GatewayOptions {
  services: Services;
  host?: string;
  port?: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
  behindProxy?: boolean;
  /** null turns rate limiting off. */
  rateLimit?: RateLimit | null;
  clock?: Clock;
  onInternalError?(error: unknown): void;
  /** How often the listener's row says it is alive; HEARTBEAT_MS unless given (tests shorten it). */
  heartbeatMs?: number;
}

export interface Gateway {
  /** host:port as bound. */
  address: string;
  origin: string;
  tls: boolean;
  close(): Promise<void>;
}

export class GatewayConfigError extends Error {}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const host = options.host ?? '127.0.0.1';
  const behindProxy = options.behindProxy ?? false;
  if (!options.tls && !LOOPBACK.has(host) && !behindProxy) {
    throw new GatewayConfigError(
      `Refusing plain HTTP on ${host}: give --tls-cert and --tls-key, or --behind-proxy when a proxy terminates TLS in front.`,
    );
  }
  const clock = options.clock ?? systemClock;
  const scheme = options.tls ? 'https' : 'http';
  let origin = '';
  let closing = false;
  let stopped: Promise<void> | undefined;
  const onInternalError = options.onInternalError ?? ((error: unknown) => console.error('[gateway]', error));
  // Background work (the heartbeat, the log's pruning) meeting a busy database is not a failure: it
  // runs again at its next turn.
  const reportUnlessBusy = (error: unknown) => {
    if (!isBusyError(error)) onInternalError(error);
  };
  const handler = createGatewayHandler({
    services: options.services,
    clock,
    get listenerOrigin() {
      return origin;
    },
    behindProxy,
    rateLimit: options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit,
    onInternalError,
    isClosing: () => closing,
  });
  // The user management API (/api/v1) shares the listener; everything else is SCIM's.
  const userApi = createUserApiHandler({
    services: options.services,
    clock,
    behindProxy,
    rateLimit: options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit,
    onInternalError,
    isClosing: () => closing,
    committed: () => options.services.writes.committed(),
  });
  const listener = (req: Parameters<typeof handler>[0], res: Parameters<typeof handler>[1]) =>
    void (isUserApiTarget(req.url ?? '/') ? userApi(req, res) : handler(req, res));
  const server: Server = options.tls
    ? createHttpsServer({ ...options.tls, ...requestHeadOptions }, listener)
    : createHttpServer(requestHeadOptions, listener);
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  // What Node's parser refuses, and CONNECT, get an answer in SCIM's (or the API's) format and a log row.
  const refusals = createParserRefusals({ services: options.services, clock, onInternalError });
  server.on('clientError', refusals.onClientError);
  server.on('connect', refusals.onConnect);
  // Node answers an Expect other than 100-continue with an empty 417; RFC 9110 (10.1.1) lets a server
  // ignore it instead, so such a request is handled like any other.
  server.on('checkExpectation', listener);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_GATEWAY_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const address = bound.family === 'IPv6' ? `[${bound.address}]:${bound.port}` : `${bound.address}:${bound.port}`;
  origin = `${scheme}://${address}`;

  // Every request writes (the provisioning log at least): checkpoints go to a worker thread, and the
  // writes of one event-loop turn share a commit (the handler answers only once it is done).
  const { writes, gatewayHost } = options.services;
  const checkpoints = writes.checkpointInBackground((message) => onInternalError(new Error(message)));
  writes.groupCommits(onInternalError);
  const id = randomUUID();
  const now = () => clock.now().toISOString();
  gatewayHost.listenerStarted({
    id,
    pid: process.pid,
    address: origin,
    tls: Boolean(options.tls),
    behindProxy,
    startedAt: now(),
    heartbeatAt: now(),
  });
  // A timer's throw would end the process. A beat the database refuses (another process's long
  // transaction, past the busy timeout) is skipped: the next one writes, and the listener reads as
  // stopped only after HEARTBEAT_STALE_MS without one. Anything else is reported.
  const beat = () => {
    try {
      gatewayHost.heartbeat(id, now());
    } catch (error) {
      reportUnlessBusy(error);
    }
  };
  const heartbeat = setInterval(beat, options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  // Only gateways write log rows, so the process that hosts one keeps the log within its retention.
  const pruner = startLogPruner(options.services.activity, { onError: reportUnlessBusy });

  return {
    address,
    origin,
    tls: Boolean(options.tls),
    // Once: a second call (a supervisor's stop after a failed one, a test's cleanup) waits for the first.
    close() {
      stopped ??= (async () => {
        closing = true;
        clearInterval(heartbeat);
        pruner.stop();
        await drain(server);
        handler.flushLog();
        userApi.flushLog();
        refusals.flushLog();
        writes.stopGroupCommits();
        // A database another process still holds must not stop the stop halfway: the listener's row then
        // reads as stopped once its heartbeat is stale (HEARTBEAT_STALE_MS).
        try {
          gatewayHost.listenerStopped(id, now());
        } catch (error) {
          reportUnlessBusy(error);
        }
        await checkpoints.stop();
      })();
      return stopped;
    },
  };
}

/** Stops accepting, lets in-flight requests finish, then closes what is left after the timeout. */
function drain(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
