// A bounded, seeded fuzz of SearchRequest bodies at the three .search endpoints over real HTTP: the
// filters, sort keys and paging of the hostile-request fixture, put in a body with members of the
// wrong JSON type, odd casing and Object.prototype's names. No answer is a 5xx, and every 4xx is in
// SCIM's error format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';
import { hostileRequests, seededRandom } from '../../fixtures/hostile-requests';

const SEARCH = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';
const ODD_VALUES: unknown[] = [null, 5, -1, 1.5, '10', true, [], {}, ['userName'], 'x', '', 'ÄNNE', 2 ** 60];
const MEMBERS = ['attributes', 'excludedAttributes', 'filter', 'sortBy', 'sortOrder', 'startIndex', 'count', 'cursor'];
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

function searchBodies(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const queries = hostileRequests(count * 3, seed)
    .filter((r) => r.method === 'GET' && r.path.includes('?'))
    .map((r) => new URLSearchParams(r.path.slice(r.path.indexOf('?') + 1)));
  return queries.slice(0, count).map((query) => {
    const body: Record<string, unknown> = random() < 0.9 ? { schemas: [random() < 0.9 ? SEARCH : SEARCH.toUpperCase()] } : {};
    for (const [name, value] of query) {
      const numeric = name === 'startIndex' || name === 'count';
      body[random() < 0.2 ? name.toUpperCase() : name] = numeric && /^-?\d+$/.test(value) ? Number(value) : value;
    }
    if (random() < 0.3) body.attributes = random() < 0.5 ? [pick(['userName', 'members', 'constructor'])] : pick(ODD_VALUES);
    if (random() < 0.3) body[pick(MEMBERS)] = pick(ODD_VALUES);
    if (random() < 0.1) body[pick(PROTOTYPE_NAMES)] = pick(ODD_VALUES);
    if (random() < 0.05) return pick(['{', '[]', 'null', '"x"', '{"schemas":5}', '{"__proto__":{"schemas":[]}}']);
    return JSON.stringify(body);
  });
}

describe('POST .search under fuzzed SearchRequests', () => {
  let fx: GatewayFixture;
  beforeAll(async () => {
    fx = await gatewayInTempDir();
    const user = await fx.request('POST', '/Users', { body: { userName: 'fuzz@example.com', displayName: 'Fuzz' } });
    await fx.request('POST', '/Groups', { body: { displayName: 'Fuzzers', members: [{ value: user.body.id }] } });
  });
  afterAll(() => fx.dispose());

  it('answers 600 seeded bodies without a 5xx, each refusal in SCIM format', async () => {
    const statuses = new Map<number, number>();
    for (const [n, body] of searchBodies(600, 1212).entries()) {
      const path = ['/Users/.search', '/Groups/.search', '/.search'][n % 3]!;
      const answer = await fx.request('POST', path, { body, headers: { 'Content-Type': 'application/scim+json' } });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      expect(answer.status, `${path} ${body}`).toBeLessThan(500);
      if (answer.status >= 400) {
        expect(answer.body?.schemas, `${path} ${body}`).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
        expect(answer.body.status, `${path} ${body}`).toBe(String(answer.status));
      }
    }
    expect(fx.internalErrors).toEqual([]);
    // The bodies reach both outcomes, so the fuzz exercises the engine and not only the refusals.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(50);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(50);
  }, 60_000);
});
