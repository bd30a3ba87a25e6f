// Server mode's request guard: the per-run session token, and the Host and Origin headers a page on
// another site (DNS rebinding, cross-site fetch) would send. Pure, so every refusal is unit-tested.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiErrorBody } from '../../preload/contract';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface GuardedRequest {
  host: string | undefined;
  origin: string | undefined;
  authorization: string | undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; error: ApiErrorBody };

export class SessionGuard {
  private readonly allowedHosts: Set<string>;
  private readonly allowedOrigins: Set<string>;
  private readonly tokenDigest: Buffer;

  constructor(port: number, token: string) {
    this.allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.allowedOrigins = new Set([...this.allowedHosts].map((host) => `http://${host}`));
    this.tokenDigest = digest(token);
  }

  /** Every request, static files included: a foreign Host means the page was reached by another name. */
  checkHost(host: string | undefined): GuardVerdict {
    if (host !== undefined && this.allowedHosts.has(host.toLowerCase())) return { ok: true };
    return forbidden(`Host '${host ?? ''}' is not this console's address.`);
  }

  /** API calls: same-origin (or no Origin, as from curl) and the session token. */
  checkApiCall(request: GuardedRequest): GuardVerdict {
    const host = this.checkHost(request.host);
    if (!host.ok) return host;
    if (request.origin !== undefined && !this.allowedOrigins.has(request.origin.toLowerCase())) {
      return forbidden(`Origin '${request.origin}' may not call this console.`);
    }
    const presented = /^Bearer (\S+)$/.exec(request.authorization ?? '')?.[1];
    if (presented === undefined) {
      return unauthorized('The session token is missing. Open the URL that idsvc console printed.');
    }
    if (!timingSafeEqual(digest(presented), this.tokenDigest)) {
      return unauthorized('The session token is not valid for this run. Open the URL that idsvc console printed.');
    }
    return { ok: true };
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();
const forbidden = (message: string): GuardVerdict => ({ ok: false, status: 403, error: { code: 'forbidden', message } });
const unauthorized = (message: string): GuardVerdict => ({
  ok: false,
  status: 401,
  error: { code: 'forbidden', field: 'authorization', message },
});
