// Cursors handed to clients (SCIM's nextCursor and previousCursor, the user management API's and the
// console's directory pages): opaque and tamper-evident. A cursor is its payload as base64url JSON, the
// instant it was made, and an HMAC-SHA256 over both and its kind, keyed by 32 random bytes made once per
// process. So a cursor cannot be edited or forged, one kind cannot be used as another, and it carries
// only what its payload holds (the payloads hold values the caller saw on the page). A restart makes
// every outstanding cursor invalid: the client starts its walk again (SCIM says so with invalidCursor).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../context';

export type OpenedCursor<T> = { ok: true; payload: T } | { ok: false; reason: 'invalid' | 'expired' };

/** The HMAC is cut to 128 bits: enough against forgery, and the cursor stays short. */
const TAG_BYTES = 16;
/** A cursor longer than this was not made here (the payloads are a few sort keys). */
const MAX_CURSOR_LENGTH = 2048;

export class CursorSeal {
  constructor(
    private readonly clock: Clock,
    private readonly key: Buffer = randomBytes(32),
  ) {}

  seal(kind: string, payload: unknown): string {
    const body = Buffer.from(JSON.stringify([Math.floor(this.clock.now().getTime() / 1000), payload])).toString('base64url');
    return `${body}.${this.tag(kind, body).toString('base64url')}`;
  }

  /** `maxAgeSeconds`: older cursors are `expired` (a genuine one, past its time); anything not made here is `invalid`. */
  open<T>(kind: string, cursor: string, maxAgeSeconds: number, check: (payload: unknown) => payload is T): OpenedCursor<T> {
    const dot = cursor.indexOf('.');
    if (cursor.length > MAX_CURSOR_LENGTH || dot < 1) return { ok: false, reason: 'invalid' };
    const body = cursor.slice(0, dot);
    const given = Buffer.from(cursor.slice(dot + 1), 'base64url');
    const wanted = this.tag(kind, body);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return { ok: false, reason: 'invalid' };
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (!Array.isArray(decoded) || decoded.length !== 2 || typeof decoded[0] !== 'number' || !check(decoded[1])) {
      return { ok: false, reason: 'invalid' };
    }
    const age = this.clock.now().getTime() / 1000 - decoded[0];
    if (age > maxAgeSeconds) return { ok: false, reason: 'expired' };
    return { ok: true, payload: decoded[1] };
  }

  private tag(kind: string, body: string): Buffer {
    return createHmac('sha256', this.key).update(kind).update('\u0000').update(body).digest().subarray(0, TAG_BYTES);
  }
}
