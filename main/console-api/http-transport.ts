// Server mode: the console API over HTTP (POST /api/<channel>) plus the built renderer, on 127.0.0.1
// only, guarded by the session token and Host/Origin checks. Used by `idsvc console` and the e2e tests.
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { ApiErrorBody } from '../../preload/contract';
import { CSV_FILE_MAX_BYTES } from '../../preload/csv-file-text';
import { FILE_CHANNELS, SELECTION_MAX } from '../../preload/employees-contract';
import { EXPORT_FORMATS, EXPORT_NAMES, exportFileName, type ExportFormat, type ExportName } from '../../preload/export-formats';
import type { Actor } from '../services/context';
import { answerClientError } from './client-error';
import { CONSOLE_CSP } from './content-security-policy';
import type { Dispatch } from './dispatcher';
import { httpStatusFor } from './error-status';
import type { DownloadResult, ExportDownload } from './export-downloads';
import { SessionGuard, newSessionToken } from './session-guard';

export const CONSOLE_HOST = '127.0.0.1';
/**
 * A call's body: the largest is a selection's action (move, status, field) naming SELECTION_MAX ids of up
 * to 64 characters, about 660 KB as JSON ("Select all N matching" makes such selections common).
 */
const BODY_LIMIT_BYTES = SELECTION_MAX * (64 + 3) + 64 * 1024;
/**
 * A file channel's body: the file's text as a JSON string, where a quote or a line break takes two
 * bytes and a Windows-1252 letter read as UTF-8 two; twice the file's limit and room for the rest.
 */
const FILE_BODY_LIMIT_BYTES = 2 * CSV_FILE_MAX_BYTES + 1024 * 1024;

export interface ConsoleServerOptions {
  dispatch: Dispatch;
  actor: Actor;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  sessionToken?: string;
  /** GET /export/<name>.csv and .json for each export given; the others' paths are not found. */
  downloads?: Partial<Record<ExportName, ExportDownload>>;
}

export interface ConsoleServer {
  url: string;
  port: number;
  sessionToken: string;
  close(): Promise<void>;
}

export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const sessionToken = options.sessionToken ?? newSessionToken();
  // On stop, every connection is closed at once: with fastify's defaults a request in flight at that
  // moment left its keep-alive connection open for 72 s, and the process with it.
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
    return503OnClosing: true,
    forceCloseConnections: true,
    keepAliveTimeout: 5000,
    clientErrorHandler: answerClientError,
  });
  let guard: SessionGuard | undefined;

  app.addHook('onRequest', async (request, reply) => {
    const verdict = guard?.checkHost(request.headers.host) ?? { ok: true as const };
    if (!verdict.ok) return sendError(reply, verdict.status, verdict.error);
    reply.header('Content-Security-Policy', CONSOLE_CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    return undefined;
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(reply, 413, { code: 'validation', message: 'The request body is too large.' });
    }
    if (error.statusCode === 400 || error.statusCode === 415) {
      return sendError(reply, 400, { code: 'validation', message: 'The request body must be a JSON object.' });
    }
    return sendError(reply, 500, { code: 'internal', message: 'Something went wrong; the details are in the log.' });
  });

  // Unknown paths and methods answer in the console's envelope too, not fastify's default body.
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, { code: 'not_found', message: 'Not found.' }));

  registerApi(app, options, () => guard);
  for (const name of EXPORT_NAMES) {
    const download = options.downloads?.[name];
    if (!download) continue;
    for (const format of EXPORT_FORMATS) registerDownload(app, name, format, download, options.actor, () => guard);
  }
  await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html', cacheControl: false });

  await app.listen({ host: CONSOLE_HOST, port: options.port ?? 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('console server has no TCP address');
  guard = new SessionGuard(address.port, sessionToken);
  return {
    url: `http://${CONSOLE_HOST}:${address.port}/#token=${sessionToken}`,
    port: address.port,
    sessionToken,
    close: () => app.close(),
  };
}

/**
 * POST /api/<channel>. The session is checked when the request arrives, before its body is read: a
 * caller without the token never gets a file channel's large body buffered. A file channel has its
 * own route (a static path wins over the parameter) with its larger limit; the rest keep the small one.
 */
function registerApi(app: FastifyInstance, options: ConsoleServerOptions, guard: () => SessionGuard | undefined) {
  const checkSession = async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('Cache-Control', 'no-store');
    const verdict = guard()?.checkApiCall({
      host: request.headers.host,
      origin: request.headers.origin,
      authorization: request.headers.authorization,
    });
    if (!verdict?.ok) {
      return sendError(reply, verdict?.status ?? 403, verdict?.error ?? { code: 'forbidden', message: 'Not ready.' });
    }
    return undefined;
  };
  const call = (channel: (request: FastifyRequest) => string) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
      return sendError(reply, 400, { code: 'validation', message: 'The request body must be a JSON object.' });
    }
    const envelope = await options.dispatch(channel(request), request.body, { actor: options.actor });
    if (!envelope.ok) return sendError(reply, httpStatusFor(envelope.error.code), envelope.error);
    return reply.code(200).send(envelope);
  };
  app.post(
    '/api/:channel',
    { onRequest: checkSession },
    call((request) => (request.params as { channel: string }).channel),
  );
  for (const channel of FILE_CHANNELS) {
    // A colon in a static path is written twice (find-my-way's escape).
    app.post(
      `/api/${channel.replaceAll(':', '::')}`,
      { onRequest: checkSession, bodyLimit: FILE_BODY_LIMIT_BYTES },
      call(() => channel),
    );
  }
}

const CONTENT_TYPES = new Map([
  ['csv', 'text/csv; charset=utf-8'],
  ['json', 'application/json; charset=utf-8'],
]);

/**
 * An export, streamed: rows are read a page at a time as the socket drains, so a million rows never
 * sit in memory. A GET, authenticated like the API (Bearer session token, Host and Origin).
 */
function registerDownload(
  app: FastifyInstance,
  name: ExportName,
  format: ExportFormat,
  download: ExportDownload,
  actor: Actor,
  guard: () => SessionGuard | undefined,
) {
  app.get<{ Querystring: Record<string, string> }>(`/export/${name}.${format}`, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const verdict = guard()?.checkApiCall({
      host: request.headers.host,
      origin: request.headers.origin,
      authorization: request.headers.authorization,
    });
    if (!verdict?.ok) {
      return sendError(reply, verdict?.status ?? 403, verdict?.error ?? { code: 'forbidden', message: 'Not ready.' });
    }
    const result: DownloadResult = download(format, request.query, actor);
    if (!result.ok) return sendError(reply, httpStatusFor(result.error.code), result.error);
    return reply
      .code(200)
      .header('Content-Type', CONTENT_TYPES.get(format)!)
      .header('Content-Disposition', `attachment; filename="${exportFileName(name, format)}"`)
      .send(Readable.from(result.chunks, { objectMode: false }));
  });
}

function sendError(reply: FastifyReply, status: number, error: ApiErrorBody) {
  return reply.code(status).header('Cache-Control', 'no-store').send({ ok: false, error });
}
