// Requests the gateway's handlers never see: those Node's HTTP parser refuses (a head over the limit, a
// method it does not know, a malformed request line or header, a request slower than the timeouts) and
// CONNECT, which Node hands to no request handler. Node would answer them with an empty body or drop the
// connection. Here each gets an error in the format of the API its target names (SCIM's error; RFC 9457
// problem+json under /api/v1), written straight to the socket, and an Activity row like any refusal.
// The target is read from the refused bytes when they begin with the request line. A head over the limit
// arrives in several reads and Node hands over only the last, so that answer is SCIM's and its row has
// no path. No caller is authenticated here (the headers were not parsed), so no row names a token.
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Clock } from '../../services/context';
import type { Services } from '../../services/services';
import { isUserApiTarget } from '../../user-api/user-api-handler';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemBody, type ProblemCode } from '../../user-api/problem';
import { ScimError, scimErrorBody } from '../scim/scim-error';
import { SCIM_CONTENT_TYPE } from '../scim/scim-urns';
import { HEADERS_TIMEOUT_MS, MAX_REQUEST_HEAD_BYTES, REQUEST_TIMEOUT_MS } from './request-head-limits';
import { logEntryOf, turnLogWriter } from './turn-log-writer';

/** How long a refused connection is kept open, its input discarded, so the client reads the answer. */
const LINGER_MS = 2_000;

export interface Refusal {
  status: number;
  /** The user management API's problem code for the same refusal. */
  problem: ProblemCode;
  detail: string;
}

export interface RequestLine {
  method: string;
  target: string;
}

/** Node's parse errors carry the bytes being parsed when it failed (`rawPacket`). */
export type ParserError = Error & { code?: string; rawPacket?: Buffer };

const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}) ([!-~]{1,8192})/;

/** The method and target, when the bytes begin with a request line (the target as far as it is printable). */
export function requestLineOf(raw: Buffer | undefined): RequestLine | null {
  if (raw === undefined) return null;
  const match = REQUEST_LINE.exec(raw.subarray(0, 8300).toString('latin1'));
  return match ? { method: match[1]!, target: match[2]! } : null;
}

/** What to answer a parse error with; null when it is no request (the connection reset or failed). */
export function refusalOf(error: ParserError, line: RequestLine | null): Refusal | null {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        problem: 'header_fields_too_large',
        detail: `The request line and headers together exceed ${MAX_REQUEST_HEAD_BYTES / 1024} KB, the gateway's limit. A filter of up to 16 KB fits, however it is percent-encoded.`,
      };
    case 'HPE_INVALID_METHOD':
      if (line !== null)
        return { status: 501, problem: 'not_implemented', detail: `The gateway does not implement the method ${line.method}.` };
      if (error.rawPacket?.[0] === 0x16)
        return {
          status: 400,
          problem: 'bad_request',
          detail:
            'This is a TLS handshake, and this listener speaks plain HTTP: use http://, or start the gateway with --tls-cert and --tls-key.',
        };
      return { status: 400, problem: 'bad_request', detail: 'The request does not begin with an HTTP/1.1 request line.' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, problem: 'payload_too_large', detail: "The request body's chunk extensions are too large." };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        problem: 'request_timeout',
        detail: `The request did not arrive in time: its headers are due within ${HEADERS_TIMEOUT_MS / 1000} s, all of it within ${REQUEST_TIMEOUT_MS / 1000} s.`,
      };
    default:
      if (!error.code?.startsWith('HPE_')) return null;
      return { status: 400, problem: 'bad_request', detail: `The request is not valid HTTP/1.1: ${parserReason(error)}.` };
  }
}

/** llhttp's reason ("Invalid header token"): a fixed text of the parser's, kept short and printable anyway. */
function parserReason(error: ParserError): string {
  return error.message
    .replace(/^Parse Error: /, '')
    .replace(/[^ -~]/g, '')
    .slice(0, 100);
}

export interface ParserRefusalsOptions {
  services: Services;
  clock: Clock;
  onInternalError(error: unknown): void;
}

export interface ParserRefusals {
  /** The server's 'clientError' listener. */
  onClientError(error: ParserError, socket: Duplex): void;
  /** The server's 'connect' listener: CONNECT is refused, the gateway is no proxy. */
  onConnect(request: IncomingMessage, socket: Duplex): void;
  /** Writes the Activity rows still queued; the gateway calls it when it closes. */
  flushLog(): void;
}

export function createParserRefusals(options: ParserRefusalsOptions): ParserRefusals {
  const logWriter = turnLogWriter(options.services, options.onInternalError);

  const refuse = (socket: Duplex, refusal: Refusal, line: RequestLine | null) => {
    const started = performance.now();
    const inApi = line !== null && isApiTarget(line.target);
    socket.end(answerBytes(refusal, inApi));
    linger(socket);
    logWriter.add(
      logEntryOf({
        at: options.clock.now(),
        started,
        caller: null,
        method: line?.method ?? '-',
        url: { pathname: line?.target ?? '', search: '' },
        resourceType: null,
        log: {},
        status: refusal.status,
        code: inApi ? refusal.problem : null,
        detail: refusal.detail,
        remoteAddress: (socket as Partial<Socket>).remoteAddress ?? null,
      }),
    );
  };

  return {
    onClientError(error, socket) {
      // Node reports each later chunk of a refused request again; only the first is answered.
      if (!socket.writable) return;
      const line = requestLineOf(error.rawPacket);
      const refusal = refusalOf(error, line);
      if (refusal === null) {
        socket.destroy();
        return;
      }
      // A handler owns a request on this socket (the error is in its body): answer as Node does, if that
      // handler has not begun its answer, and close; its own Activity row records the request.
      const inFlight = (socket as { _httpMessage?: { headersSent: boolean } | null })._httpMessage;
      if (inFlight) {
        if (!inFlight.headersSent) socket.write(answerBytes(refusal, line !== null && isApiTarget(line.target)));
        socket.destroy();
        return;
      }
      refuse(socket, refusal, line);
    },
    onConnect(request, socket) {
      socket.resume();
      refuse(
        socket,
        {
          status: 501,
          problem: 'not_implemented',
          detail: 'The gateway does not implement the method CONNECT: it is not a proxy.',
        },
        { method: 'CONNECT', target: request.url ?? '' },
      );
    },
    flushLog: () => logWriter.flush(),
  };
}

function isApiTarget(target: string): boolean {
  try {
    return isUserApiTarget(target);
  } catch {
    return false;
  }
}

/** A whole HTTP/1.1 response closing the connection: Node's parser state after an error is not reusable. */
function answerBytes(refusal: Refusal, inApi: boolean): Buffer {
  const body = Buffer.from(
    JSON.stringify(
      inApi
        ? problemBody(new ProblemError(refusal.problem, refusal.detail))
        : scimErrorBody(new ScimError(refusal.status, undefined, refusal.detail)),
    ),
  );
  const head =
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\n` +
    `Content-Type: ${inApi ? PROBLEM_CONTENT_TYPE : SCIM_CONTENT_TYPE}; charset=utf-8\r\n` +
    `Content-Length: ${body.length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/**
 * Closing at once with unread input makes the kernel send a reset, which can discard the answer before
 * the client reads it. The write side is ended; the rest of the request is read and dropped until the
 * client closes (the server then closes too) or LINGER_MS pass.
 */
function linger(socket: Duplex): void {
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
