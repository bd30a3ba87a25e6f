// A token bucket per client (the token id, or the address before authentication): `perSecond`
// sustained, `burst` at once. Refusals say how many whole seconds to wait (Retry-After).
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

const MAX_CLIENTS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limit: RateLimit | null) {}

  take(client: string, nowMs: number): RateVerdict {
    if (!this.limit || this.limit.perSecond <= 0) return { ok: true };
    const { perSecond, burst } = this.limit;
    const bucket = this.buckets.get(client) ?? { tokens: burst, at: nowMs };
    bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond);
    bucket.at = nowMs;
    if (this.buckets.size >= MAX_CLIENTS && !this.buckets.has(client)) this.buckets.clear();
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  }
}
