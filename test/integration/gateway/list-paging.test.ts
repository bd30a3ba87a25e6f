// Paging Users at scale (issue 17): RFC 9865 cursors (forward, back, expired, tampered, another query's),
// startIndex walks that continue from where the previous page ended, jumps, exact totals, and what a
// client walking the list sees while users are created and deleted under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../fixtures/fixed-clock';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

type Page = {
  totalResults: number;
  itemsPerPage: number;
  startIndex?: number;
  nextCursor?: string;
  previousCursor?: string;
  Resources: Array<{ id: string; userName: string }>;
};

describe('gateway: paging users by cursor and by startIndex', () => {
  let fx: GatewayFixture;
  const clock = new FixedClock(new Date());
  const user = (name: string) => ({ userName: name, name: { givenName: 'Pat', familyName: 'Walker' } });
  const create = async (name: string) => {
    const created = await fx.request('POST', '/Users', { body: user(name) });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const list = async (query: string): Promise<Page> => {
    const answer = await fx.request('GET', `/Users?${query}`);
    expect(answer.status).toBe(200);
    return answer.body as Page;
  };
  const names = (page: Page) => page.Resources.map((r) => r.userName);

  beforeAll(async () => {
    fx = await gatewayInTempDir({ clock });
  });
  afterAll(() => fx.dispose());

  describe('cursors (RFC 9865)', () => {
    const seeded = Array.from({ length: 7 }, (_, i) => `cursor-${i}@example.com`);
    let ids: string[];
    const filter = `filter=${encodeURIComponent('userName sw "cursor-"')}`;
    beforeAll(async () => {
      ids = [];
      for (const name of seeded) ids.push(await create(name));
    });

    it('walks forward from an empty cursor and back with previousCursor, the same pages either way', async () => {
      const first = await list(`${filter}&cursor=&count=3`);
      expect(first).toMatchObject({ totalResults: 7, itemsPerPage: 3 });
      expect(first.startIndex).toBeUndefined();
      expect(first.previousCursor).toBeUndefined();
      expect(names(first)).toEqual(seeded.slice(0, 3));
      const second = await list(`${filter}&cursor=${encodeURIComponent(first.nextCursor!)}&count=3`);
      expect(names(second)).toEqual(seeded.slice(3, 6));
      const third = await list(`${filter}&cursor=${encodeURIComponent(second.nextCursor!)}&count=3`);
      expect(names(third)).toEqual(seeded.slice(6));
      expect(third.nextCursor).toBeUndefined(); // the last page says so: no empty page to fetch
      const back = await list(`${filter}&cursor=${encodeURIComponent(third.previousCursor!)}&count=3`);
      expect(names(back)).toEqual(seeded.slice(3, 6));
      const start = await list(`${filter}&cursor=${encodeURIComponent(back.previousCursor!)}&count=3`);
      expect(names(start)).toEqual(seeded.slice(0, 3));
      expect(start.previousCursor).toBeUndefined();
      // The page size may change between pages; the cursor names a row, not an offset.
      const wider = await list(`${filter}&cursor=${encodeURIComponent(start.nextCursor!)}&count=10`);
      expect(names(wider)).toEqual(seeded.slice(3));
    });

    it('pages a sorted list by cursor, both ways, and count=0 gives only the total', async () => {
      const sorted = `${filter}&sortBy=userName&sortOrder=descending`;
      const first = await list(`${sorted}&cursor=&count=4`);
      expect(names(first)).toEqual([...seeded].reverse().slice(0, 4));
      const second = await list(`${sorted}&cursor=${encodeURIComponent(first.nextCursor!)}&count=4`);
      expect(names(second)).toEqual([...seeded].reverse().slice(4));
      const back = await list(`${sorted}&cursor=${encodeURIComponent(second.previousCursor!)}&count=4`);
      expect(names(back)).toEqual(names(first));
      expect(await list(`${filter}&cursor=&count=0`)).toMatchObject({ totalResults: 7, itemsPerPage: 0, Resources: [] });
    });

    it('refuses a tampered, forged or truncated cursor with 400 invalidCursor', async () => {
      const { nextCursor } = await list(`${filter}&cursor=&count=2`);
      const [body, tag] = nextCursor!.split('.') as [string, string];
      // The payload re-encoded to point elsewhere, keeping the old tag.
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      payload[1][2] = [[], ids[5]];
      const moved = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${tag}`;
      const flipped = `${body}.${tag.slice(0, -2)}${tag.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const bad of [moved, flipped, body, 'not-a-cursor', `${nextCursor}x`, 'x'.repeat(5000)]) {
        const answer = await fx.request('GET', `/Users?${filter}&cursor=${encodeURIComponent(bad)}&count=2`);
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({ status: '400', scimType: 'invalidCursor' });
      }
    });

    it('refuses a cursor of another filter, another sort or another resource type', async () => {
      const { nextCursor } = await list(`${filter}&cursor=&count=2`);
      const cursor = encodeURIComponent(nextCursor!);
      const other = encodeURIComponent('userName sw "cursor-1"');
      for (const query of [
        `filter=${other}&cursor=${cursor}`,
        `${filter}&sortBy=userName&cursor=${cursor}`,
        `cursor=${cursor}`,
      ]) {
        expect((await fx.request('GET', `/Users?${query}`)).body).toMatchObject({ status: '400', scimType: 'invalidCursor' });
      }
      expect((await fx.request('GET', `/Groups?cursor=${cursor}`)).body).toMatchObject({ scimType: 'invalidCursor' });
      const groups = (await fx.request('GET', '/Groups?cursor=')).body;
      expect(groups).toMatchObject({ totalResults: 0, itemsPerPage: 0 });
    });

    it('refuses an expired cursor with 400 expiredCursor, after cursorTimeout seconds', async () => {
      const { nextCursor } = await list(`${filter}&cursor=&count=2`);
      const config = (await fx.request('GET', '/ServiceProviderConfig')).body;
      clock.advance(config.pagination.cursorTimeout * 1000 - 1000);
      expect((await list(`${filter}&cursor=${encodeURIComponent(nextCursor!)}&count=2`)).itemsPerPage).toBe(2);
      clock.advance(2000);
      const answer = await fx.request('GET', `/Users?${filter}&cursor=${encodeURIComponent(nextCursor!)}&count=2`);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ status: '400', scimType: 'expiredCursor' });
    });

    it('refuses startIndex and cursor together', async () => {
      expect((await fx.request('GET', '/Users?startIndex=1&cursor=')).body).toMatchObject({
        status: '400',
        scimType: 'invalidValue',
      });
    });
  });

  it('advertises in ServiceProviderConfig the paging it serves, and serves it', async () => {
    const config = (await fx.request('GET', '/ServiceProviderConfig')).body;
    expect(config.pagination).toEqual({
      cursor: true,
      index: true,
      defaultPaginationMethod: 'index',
      defaultPageSize: 100,
      maxPageSize: 1000,
      cursorTimeout: 3600,
    });
    // Index paging when neither is named; the default and the largest page sizes.
    for (let i = 0; i < 3; i += 1) await create(`served-${i}@example.com`);
    const total = (await list('count=0')).totalResults;
    const plain = await list('');
    expect(plain).toMatchObject({ startIndex: 1, itemsPerPage: Math.min(total, config.pagination.defaultPageSize) });
    expect(plain.nextCursor).toBeUndefined();
    expect((await list('count=5000&cursor=')).itemsPerPage).toBe(Math.min(total, config.pagination.maxPageSize));
  });
});

describe('gateway: a walk while users are created and deleted', () => {
  let fx: GatewayFixture;
  beforeAll(async () => {
    fx = await gatewayInTempDir();
  });
  afterAll(() => fx.dispose());

  const create = async (name: string) => {
    const created = await fx.request('POST', '/Users', { body: { userName: name } });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const page = async (query: string): Promise<Page> => (await fx.request('GET', `/Users?${query}`)).body as Page;

  /**
   * What a client sees, walking a list in its order (a keyset walk: every page continues after the
   * previous page's last row): no user twice; every user that existed from the first page to the last;
   * no user after it was deleted; a user created during the walk exactly when it sorts after the row the
   * walk had reached (creation order: always, as new users sort last).
   */
  async function walkWithChanges(
    prefix: string,
    next: (previous: Page | null) => string | null,
    sortedByName: boolean,
  ): Promise<void> {
    const initial = new Map<string, string>();
    for (let i = 0; i < 30; i += 1) {
      const name = `${prefix}-m-${String(i).padStart(2, '0')}`;
      initial.set(await create(name), name);
    }
    const deleted = new Set<string>();
    const created = new Map<string, { name: string; ahead: boolean }>();
    const returned: string[] = [];
    let previous: Page | null = null;
    let round = 0;
    for (let query = next(null); query !== null; ) {
      previous = await page(query);
      for (const resource of previous.Resources) {
        expect(deleted.has(resource.id), `${resource.userName} returned after it was deleted`).toBe(false);
        returned.push(resource.id);
      }
      query = next(previous);
      if (query === null) break; // the walk is over: what changes now is no part of it
      const reached = previous.Resources.at(-1)?.userName;
      round += 1;
      // Between pages: delete one user already seen and one not yet seen, create one behind the walk
      // and one ahead of it (by name; in creation order both are ahead).
      const unseen = [...initial].filter(([id]) => !returned.includes(id) && !deleted.has(id));
      const seen = [...initial].filter(([id]) => returned.includes(id) && !deleted.has(id));
      for (const [id] of [seen[0], unseen.at(-1)].filter((entry) => entry !== undefined)) {
        expect((await fx.request('DELETE', `/Users/${id}`)).status).toBe(204);
        deleted.add(id);
      }
      if (reached !== undefined) {
        for (const [label, ahead] of [
          ['a', false],
          ['z', true],
        ] as const) {
          const name = `${prefix}-${label}-${String(round).padStart(3, '0')}`;
          created.set(await create(name), { name, ahead: sortedByName ? ahead : true });
        }
      }
      expect(round).toBeLessThan(100);
    }
    expect(new Set(returned).size, 'no user is returned twice').toBe(returned.length);
    for (const [id, name] of initial) {
      if (!deleted.has(id)) expect(returned, `${name} existed throughout`).toContain(id);
    }
    for (const [id, { name, ahead }] of created) {
      expect(returned.includes(id), `${name} created ${ahead ? 'ahead of' : 'behind'} the walk`).toBe(ahead);
    }
  }

  const filterOf = (prefix: string) => `filter=${encodeURIComponent(`userName sw "${prefix}-"`)}`;
  const byCursor = (query: string) => (previous: Page | null) =>
    previous === null
      ? `${query}&cursor=&count=4`
      : previous.nextCursor === undefined
        ? null
        : `${query}&cursor=${encodeURIComponent(previous.nextCursor)}&count=4`;
  // As Okta walks: startIndex 1, 5, 9, ... until a short page.
  const byIndex = (query: string) => (previous: Page | null) =>
    previous === null
      ? `${query}&startIndex=1&count=4`
      : previous.itemsPerPage < 4
        ? null
        : `${query}&startIndex=${previous.startIndex! + previous.itemsPerPage}&count=4`;

  it('by cursor in creation order', async () => walkWithChanges('cc', byCursor(filterOf('cc')), false));
  it('by cursor sorted by userName', async () => walkWithChanges('cn', byCursor(`${filterOf('cn')}&sortBy=userName`), true));
  it('by startIndex in creation order', async () => walkWithChanges('ic', byIndex(filterOf('ic')), false));
  it('by startIndex sorted by userName', async () => walkWithChanges('in', byIndex(`${filterOf('in')}&sortBy=userName`), true));

  it('totalResults is exact as users come and go, with and without a filter', async () => {
    const everyone = async () => (await page('count=0')).totalResults;
    const filtered = async () => (await page(`${filterOf('tot')}&count=0`)).totalResults;
    const before = await everyone();
    expect(await filtered()).toBe(0);
    const id = await create('tot-1');
    expect([await everyone(), await filtered()]).toEqual([before + 1, 1]);
    expect((await fx.request('DELETE', `/Users/${id}`)).status).toBe(204);
    expect([await everyone(), await filtered()]).toEqual([before, 0]);
    // The trigger-kept count equals a count of the rows.
    const counted = fx.store.db.prepare('SELECT count(*) FROM employees WHERE scim_deleted_at IS NULL').pluck().get();
    expect(await everyone()).toBe(counted);
  });
});
