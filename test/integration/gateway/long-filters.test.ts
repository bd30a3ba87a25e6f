// Long filters over real HTTP: 16 KB of filter is accepted, even percent-encoded to three times that.
// Longer ones (the 17,000 characters Node's 16 KB head limit refused with an empty 431), and filters of more than 500 comparisons (SQLite's expression depth), are 400
// invalidFilter, never a 5xx, for Users (SQL) and Groups (evaluated in memory).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

const SHAPES = ['userName pr', 'id eq "x"', 'emails[type pr]', 'not (userName pr)', 'name.givenName co "a"', 'active eq true'];

describe('long filters', () => {
  let fx: GatewayFixture;
  beforeAll(async () => {
    fx = await gatewayInTempDir();
    await fx.request('POST', '/Users', {
      body: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName: 'u7@example.com',
        name: { givenName: 'A', familyName: 'B' },
      },
    });
  });
  afterAll(() => fx.dispose());

  it('accepts 16 KB of filter sent with every character percent-encoded (48 KB of URL)', async () => {
    const terms: string[] = [];
    while ([...terms, 'x'.repeat(30)].join(' or ').length < 16 * 1024) terms.push(`userName eq "u${terms.length}@example.com"`);
    const filter = terms.join(' or ');
    expect(terms.length).toBeLessThanOrEqual(500);
    const encoded = [...filter].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
    expect(encoded.length).toBeGreaterThan(48_000);
    const port = Number(new URL(fx.gateway.origin).port);
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
      socket.write(
        `GET /scim/v2/Users?filter=${encoded} HTTP/1.1\r\nHost: idsvc.example.com\r\nAuthorization: Bearer ${fx.token}\r\nConnection: close\r\n\r\n`,
      );
    });
    expect(text.slice(0, text.indexOf('\r\n'))).toBe('HTTP/1.1 200 OK');
    const body = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ totalResults: 1, Resources: [{ userName: 'u7@example.com' }] });
  });

  it('refuses a filter over 16 KB (the 17,000 characters that got an empty 431) with 400 invalidFilter', async () => {
    const answer = await fx.request('GET', `/Users?filter=${encodeURIComponent(`userName eq "${'x'.repeat(16_986)}"`)}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ scimType: 'invalidFilter', detail: 'The filter is longer than 16384 characters.' });
  });

  it('answers 500 comparisons of every shape joined by or/and, and refuses 501 with invalidFilter, never a 5xx', async () => {
    for (const resource of ['/Users', '/Groups'])
      for (const joiner of [' or ', ' and '])
        for (const shape of SHAPES) {
          const filter = (n: number) => Array.from({ length: n }, () => shape).join(joiner);
          const fine = await fx.request('GET', `${resource}?filter=${encodeURIComponent(filter(500))}`);
          expect(fine.status, `${resource} 500 × ${shape}${joiner}`).toBe(200);
          const over = await fx.request('GET', `${resource}?filter=${encodeURIComponent(filter(501))}`);
          expect(over.status, `${resource} 501 × ${shape}${joiner}`).toBe(400);
          expect(over.body.scimType).toBe('invalidFilter');
        }
    expect(fx.internalErrors).toEqual([]);
  }, 60_000);
});
