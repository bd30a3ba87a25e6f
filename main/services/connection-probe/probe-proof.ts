// The connection probe's proofs: how the console asks "are you this installation's gateway, at this
// path?" and how the gateway answers, both HMAC-SHA256 under the installation's probe key (in the
// database, which the console and every gateway of the installation share; it never leaves main).
// A request without a valid ask is treated by the gateway as any other request (its usual 404), so a
// caller that is not the console learns nothing. Asks are bound to the path, expire, and are accepted
// once; the answer is bound to the challenge and the path, with a label of its own, so neither can be
// replayed as the other.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const PROBE_HEADER = 'x-idsvc-probe';
/** How far the console's clock may be from the gateway's (and how long an ask is good for). */
export const PROBE_WINDOW_MS = 120_000;
const VERSION = 'v1';

const mac = (key: Buffer, label: string, ...parts: string[]): string =>
  createHmac('sha256', key)
    .update([`idsvc-probe/${VERSION}/${label}`, ...parts].join('\n'))
    .digest('base64url');

/** The path as both sides compare it: case and trailing slashes do not matter to the gateway's router. */
export const probePath = (pathname: string): string => pathname.replace(/\/+$/, '').toLowerCase();

export interface ProbeAsk {
  header: string;
  challenge: string;
}

/** The console's ask for `pathname` (the Tenant URL's path). */
export function probeAsk(key: Buffer, pathname: string, now: Date, challenge = randomBytes(32).toString('base64url')): ProbeAsk {
  const at = String(now.getTime());
  return { header: [VERSION, at, challenge, mac(key, 'ask', at, challenge, probePath(pathname))].join('.'), challenge };
}

/** The proof the gateway answers with, and the console expects. */
export const probeProof = (key: Buffer, challenge: string, pathname: string): string =>
  mac(key, 'answer', challenge, probePath(pathname));

/** Whether `answer` is this installation's proof for the ask. Compared in constant time. */
export function isProbeProof(key: Buffer, challenge: string, pathname: string, answer: unknown): boolean {
  if (typeof answer !== 'string') return false;
  const expected = Buffer.from(probeProof(key, challenge, pathname));
  const given = Buffer.from(answer);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The gateway's side: the challenge of a valid, fresh, unused ask for `pathname`, else null. `seen`
 * remembers accepted challenges until their ask expires (an ask is accepted once).
 */
export function verifyProbeAsk(
  key: Buffer,
  header: string,
  pathname: string,
  now: Date,
  seen: Map<string, number>,
): string | null {
  const parts = header.split('.');
  if (parts.length !== 4) return null;
  const [version, at, challenge, given] = parts as [string, string, string, string];
  if (version !== VERSION || !/^[0-9]{1,15}$/.test(at) || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) return null;
  const sent = Number(at);
  const clock = now.getTime();
  if (Math.abs(clock - sent) > PROBE_WINDOW_MS) return null;
  const expected = Buffer.from(mac(key, 'ask', at, challenge, probePath(pathname)));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  for (const [old, expires] of seen) if (expires < clock) seen.delete(old);
  if (seen.has(challenge)) return null;
  seen.set(challenge, sent + PROBE_WINDOW_MS);
  return challenge;
}
