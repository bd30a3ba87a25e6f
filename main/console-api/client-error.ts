// The server-mode console's answer to what Node's HTTP parser refuses (headers over Node's 16 KB, an
// unknown method, a malformed request, a timeout): the console's own error envelope, written to the
// socket, instead of fastify's `{ error, message, statusCode }`, so the browser client reads every
// refusal the same way. The console is loopback-only and keeps Node's limits; nothing is logged here
// (Activity is the gateway's log).
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiErrorBody } from '../../preload/contract';

/** Unread input when closing would reset the connection before the browser reads the answer. */
const LINGER_MS = 2_000;

export function consoleClientErrorAnswer(code: string | undefined): { status: number; error: ApiErrorBody } | null {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, error: { code: 'validation', message: 'The request headers are larger than 16 KB.' } };
    case 'HPE_INVALID_METHOD':
      return { status: 501, error: { code: 'validation', message: 'The console does not implement this method.' } };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, error: { code: 'validation', message: 'The request did not arrive in time.' } };
    default:
      return code?.startsWith('HPE_')
        ? { status: 400, error: { code: 'validation', message: 'The request is not valid HTTP/1.1.' } }
        : null;
  }
}

/** fastify's `clientErrorHandler`. Node reports later chunks of a refused request again: only the first is answered. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (socket.destroyed || !socket.writable) return;
  const answer = consoleClientErrorAnswer(error.code);
  const inFlight = (socket as { _httpMessage?: unknown })._httpMessage;
  if (answer === null || inFlight) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ ok: false, error: answer.error });
  socket.end(
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
