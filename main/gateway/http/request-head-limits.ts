// The gateway listener's limits on a request's head (request line and headers) and how long a request
// may take to arrive. Node enforces them in its HTTP parser; `parser-refusals.ts` answers what it refuses.
// Node's default head limit, 16 KB, refused a filter of about 16,000 characters (Node counts the request
// line with the headers). 64 KB holds a 16 KB filter even when every character is percent-encoded as 3
// bytes, plus a token and the usual headers, and bounds what one connection's head may hold in memory.
import type { IncomingMessage, ServerOptions } from 'node:http';

export const MAX_REQUEST_HEAD_BYTES = 64 * 1024;
export const REQUEST_TIMEOUT_MS = 60_000;
export const HEADERS_TIMEOUT_MS = 20_000;

/**
 * Options for node:http / node:https createServer. Node's own Host check is off: it answers 400 with no
 * body, so both handlers refuse a request without Host themselves (`lacksHost`), in their own format.
 */
export const requestHeadOptions = {
  maxHeaderSize: MAX_REQUEST_HEAD_BYTES,
  requireHostHeader: false,
} satisfies ServerOptions;

/** RFC 9112 section 3.2: an HTTP/1.1 request without Host is refused with 400. */
export function lacksHost(request: IncomingMessage): boolean {
  return request.httpVersionMajor === 1 && request.httpVersionMinor >= 1 && request.headers.host === undefined;
}

export const MISSING_HOST_DETAIL = 'An HTTP/1.1 request needs a Host header (RFC 9112, section 3.2).';
