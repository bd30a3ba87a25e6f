import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  isProbeProof,
  PROBE_WINDOW_MS,
  probeAsk,
  probeProof,
  verifyProbeAsk,
} from '../../../main/services/connection-probe/probe-proof';

const key = randomBytes(32);
const now = new Date('2026-12-04T12:00:00Z');

describe('probe proofs', () => {
  it('a fresh ask for the path is accepted once', () => {
    const seen = new Map<string, number>();
    const ask = probeAsk(key, '/scim/v2', now);
    expect(verifyProbeAsk(key, ask.header, '/SCIM/v2/', now, seen)).toBe(ask.challenge);
    expect(verifyProbeAsk(key, ask.header, '/scim/v2', now, seen)).toBeNull();
  });

  it.each([
    ['another key', () => probeAsk(randomBytes(32), '/scim/v2', now).header, '/scim/v2', now],
    ['another path', () => probeAsk(key, '/scim/v2', now).header, '/scim', now],
    ['too old', () => probeAsk(key, '/scim/v2', new Date(now.getTime() - PROBE_WINDOW_MS - 1)).header, '/scim/v2', now],
    ['from the future', () => probeAsk(key, '/scim/v2', new Date(now.getTime() + PROBE_WINDOW_MS + 1)).header, '/scim/v2', now],
    ['malformed', () => 'v1.1.2', '/scim/v2', now],
    ['another version', () => probeAsk(key, '/scim/v2', now).header.replace(/^v1/, 'v2'), '/scim/v2', now],
    [
      'a changed challenge',
      () => probeAsk(key, '/scim/v2', now).header.replace(/\.[A-Za-z0-9_-]{43}\./, `.${'A'.repeat(43)}.`),
      '/scim/v2',
      now,
    ],
  ])('refuses an ask with %s', (_what, header, path, at) => {
    expect(verifyProbeAsk(key, header(), path, at, new Map())).toBeNull();
  });

  it('the answer is bound to key, challenge and path, and is not an ask', () => {
    const { challenge, header } = probeAsk(key, '/scim/v2', now);
    const proof = probeProof(key, challenge, '/scim/v2');
    expect(isProbeProof(key, challenge, '/scim/v2/', proof)).toBe(true);
    expect(isProbeProof(key, challenge, '/scim', proof)).toBe(false);
    expect(isProbeProof(randomBytes(32), challenge, '/scim/v2', proof)).toBe(false);
    expect(isProbeProof(key, probeAsk(key, '/scim/v2', now).challenge, '/scim/v2', proof)).toBe(false);
    expect(isProbeProof(key, challenge, '/scim/v2', header.split('.')[3])).toBe(false);
    expect(isProbeProof(key, challenge, '/scim/v2', 42)).toBe(false);
  });
});
