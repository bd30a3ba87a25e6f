// Lists at scale (issue 17): BENCH_SCALE users (100,000 by default; BENCH_SCALE=1000000 for the real
// figure) created over HTTP on a fresh store, then walked whole by startIndex and by cursor in pages of
// 100, pages at the start and the end under 10 connections, a userName filter, a group of 100,000
// members changed one member at a time, and the gateway's resident memory. Targets (at a million):
// each walk under 2 minutes (so at least 8,334 users a second at any scale), first and last page p99
// under 50 ms and within 2x of each other, filter p99 under 20 ms, resident memory under 250 MB.
import type { Result } from 'autocannon';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { MATCH_ALL } from '../main/store/employee-query';
import { Store } from '../main/store/store';
import { BASE_PATH, forkChild, load, prepareDataDir, type Child } from './gateway.bench';
import { formatRate, printTable } from './measure';
import { benchUserName, scimUser } from './scim-user';

const SCALE = Number(process.env.BENCH_SCALE ?? 100_000);
const PAGE = 100;
const CONNECTIONS = 10;
const CREATE_CONNECTIONS = 8;
const SECONDS = Number(process.env.BENCH_GATEWAY_SECONDS ?? 5);
const GROUP_MEMBERS = Math.min(100_000, SCALE);
const WALK_TARGET_PER_SECOND = 1_000_000 / 120;
const PAGE_P99_TARGET_MS = 50;
const FILTER_P99_TARGET_MS = 20;
const RSS_TARGET_BYTES = 250 * 1024 * 1024;
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const failed = (r: Result) => r.errors + r.timeouts + r.non2xx;

export async function benchScale(dir: string): Promise<boolean> {
  const prepared = await prepareDataDir(join(dir, 'scale'), 0);
  const gateway = await forkChild(['gateway', join(dir, 'scale')]);
  const rows: Array<Record<string, string>> = [];
  const notes: string[] = [];
  let ok = true;
  const row = (name: string, figure: string, target: string, met: boolean) => {
    ok &&= met;
    rows.push({ case: name, figure, target, met: met ? 'yes' : 'NO' });
  };
  const get = async (path: string) => {
    const response = await fetch(`${gateway.url}${BASE_PATH}${path}`, { headers: { Authorization: `Bearer ${prepared.token}` } });
    if (response.status >= 300) throw new Error(`bench scale: GET ${path} answered ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, any>>;
  };
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${gateway.url}${BASE_PATH}${path}`, {
      method,
      headers: { Authorization: `Bearer ${prepared.token}`, 'Content-Type': 'application/scim+json' },
      body: JSON.stringify(body),
    });
    if (response.status >= 300)
      throw new Error(`bench scale: ${method} ${path} answered ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : (response.json() as Promise<Record<string, any>>);
  };
  try {
    // Creates over HTTP, 8 connections.
    let n = 0;
    const createStarted = performance.now();
    const created = await load(
      gateway.url,
      prepared.token,
      () => {
        n += 1;
        return { method: 'POST', path: '/Users', body: JSON.stringify(scimUser(benchUserName('scale', n), n)) };
      },
      { amount: SCALE, connections: CREATE_CONNECTIONS },
    );
    const createMs = performance.now() - createStarted;
    row(
      `POST /Users x ${SCALE.toLocaleString('en-US')}`,
      `${formatRate(created['2xx'] / (createMs / 1000))}/s, ${seconds(createMs)}, p99 ${created.latency.p99} ms`,
      'all 2xx',
      failed(created) === 0,
    );

    // Whole walks, one client, pages of 100: every user exactly once.
    const walk = async (name: string, next: (page: Record<string, any> | null) => string | null) => {
      const seen = new Set<string>();
      let duplicates = 0;
      let page: Record<string, any> | null = null;
      const started = performance.now();
      for (let path = next(null); path !== null; path = next(page)) {
        page = await get(path);
        for (const resource of page.Resources as Array<{ id: string }>) {
          if (seen.has(resource.id)) duplicates += 1;
          seen.add(resource.id);
        }
      }
      const ms = performance.now() - started;
      const rate = SCALE / (ms / 1000);
      row(
        name,
        `${seconds(ms)} (${formatRate(rate)} users/s), ${seen.size.toLocaleString('en-US')} users, ${duplicates} repeated`,
        `>= ${formatRate(WALK_TARGET_PER_SECOND)} users/s (1M in 2 min), each once`,
        rate >= WALK_TARGET_PER_SECOND && seen.size === SCALE && duplicates === 0,
      );
    };
    await walk(`walk by startIndex, count=${PAGE}`, (page) => {
      const start = page === null ? 1 : (page.startIndex as number) + (page.itemsPerPage as number);
      return page !== null && page.itemsPerPage === 0 ? null : `/Users?startIndex=${start}&count=${PAGE}`;
    });
    await walk(`walk by cursor, count=${PAGE}`, (page) => {
      if (page === null) return `/Users?cursor=&count=${PAGE}`;
      return typeof page.nextCursor === 'string' ? `/Users?cursor=${encodeURIComponent(page.nextCursor)}&count=${PAGE}` : null;
    });

    // A jump nobody walked to: an order the walks did not use, half way down.
    const middle = Math.floor(SCALE / 2) + 1;
    const jumpStarted = performance.now();
    await get(`/Users?sortBy=id&startIndex=${middle}&count=${PAGE}`);
    const jumpMs = performance.now() - jumpStarted;
    notes.push(
      `A cold jump to startIndex=${middle} (sortBy=id, nothing remembered): ${jumpMs.toFixed(0)} ms, in steps that let other requests in between.`,
    );

    // Pages at the start and the end, 10 connections.
    const pageRow = async (name: string, path: string) => {
      const result = await load(gateway.url, prepared.token, () => ({ method: 'GET', path }), {
        seconds: SECONDS,
        connections: CONNECTIONS,
      });
      return { name, result };
    };
    const first = await pageRow('first page', `/Users?startIndex=1&count=${PAGE}`);
    const last = await pageRow('last page', `/Users?startIndex=${SCALE - PAGE + 1}&count=${PAGE}`);
    const within2x = last.result.latency.p99 <= 2 * Math.max(1, first.result.latency.p99);
    for (const { name, result } of [first, last]) {
      row(
        `GET ${name} (count=${PAGE}), ${CONNECTIONS} connections`,
        `${formatRate(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
        `p99 < ${PAGE_P99_TARGET_MS} ms, last within 2x of first, all 2xx`,
        result.latency.p99 < PAGE_P99_TARGET_MS && within2x && failed(result) === 0,
      );
    }
    const filter = await load(
      gateway.url,
      prepared.token,
      () => ({
        method: 'GET',
        path: `/Users?filter=${encodeURIComponent(`userName eq "${benchUserName('scale', randomInt(SCALE) + 1)}"`)}`,
      }),
      { seconds: SECONDS, connections: CONNECTIONS },
    );
    row(
      `GET /Users?filter=userName eq, ${CONNECTIONS} connections`,
      `${formatRate(filter.requests.average)} req/s, p50 ${filter.latency.p50} ms, p99 ${filter.latency.p99} ms`,
      `p99 < ${FILTER_P99_TARGET_MS} ms, all 2xx`,
      filter.latency.p99 < FILTER_P99_TARGET_MS && failed(filter) === 0,
    );

    await benchGroup(gateway, prepared.token, get, send, row, notes);
    const { rss } = await gateway.usage();
    row('gateway resident memory, after all of the above', mb(rss), `< ${mb(RSS_TARGET_BYTES)}`, rss < RSS_TARGET_BYTES);
  } finally {
    await gateway.stop();
  }
  const stored = Store.open(join(dir, 'scale'));
  const count = stored.employees.count(MATCH_ALL);
  stored.close();
  if (count !== SCALE) {
    notes.push(`Stored ${count} employees, expected ${SCALE}.`);
    ok = false;
  }
  printTable(`Lists at scale: ${SCALE.toLocaleString('en-US')} users created over HTTP (BENCH_SCALE)`, rows);
  for (const note of notes) console.log(`  ${note}`);
  return ok;
}

/** A group of GROUP_MEMBERS members, filled 1,000 a PATCH, then changed one member at a time under load. */
async function benchGroup(
  gateway: Child,
  token: string,
  get: (path: string) => Promise<Record<string, any>>,
  send: (method: string, path: string, body: unknown) => Promise<Record<string, any> | null>,
  row: (name: string, figure: string, target: string, met: boolean) => void,
  notes: string[],
): Promise<void> {
  const group = (await send('POST', '/Groups', { displayName: 'Everyone', members: [] }))!;
  const ids: string[] = [];
  for (let page = await get(`/Users?cursor=&count=1000&attributes=id`); ; ) {
    ids.push(...(page.Resources as Array<{ id: string }>).map((r) => r.id));
    if (ids.length >= GROUP_MEMBERS || typeof page.nextCursor !== 'string') break;
    page = await get(`/Users?cursor=${encodeURIComponent(page.nextCursor)}&count=1000&attributes=id`);
  }
  const members = ids.slice(0, GROUP_MEMBERS);
  const fillStarted = performance.now();
  for (let i = 0; i < members.length; i += 1000) {
    const value = members.slice(i, i + 1000).map((id) => ({ value: id }));
    await send('PATCH', `/Groups/${group.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value }] });
  }
  notes.push(
    `Filled a group with ${members.length.toLocaleString('en-US')} members, 1,000 a PATCH: ${seconds(performance.now() - fillStarted)}.`,
  );
  // Each PATCH removes one member or adds it back (Entra's and Okta's forms), so every one writes.
  let turn = 0;
  const patch = await load(
    gateway.url,
    token,
    () => {
      turn += 1;
      const id = members[Math.floor((turn - 1) / 2) % members.length]!;
      const Operations =
        turn % 2 === 1
          ? [{ op: 'remove', path: `members[value eq "${id}"]` }]
          : [{ op: 'add', path: 'members', value: [{ value: id }] }];
      return { method: 'PATCH', path: `/Groups/${group.id}`, body: JSON.stringify({ schemas: [PATCH_OP], Operations }) };
    },
    { seconds: SECONDS, connections: CONNECTIONS },
  );
  row(
    `PATCH one member of a ${members.length.toLocaleString('en-US')}-member group, ${CONNECTIONS} connections`,
    `${formatRate(patch.requests.average)} req/s, p50 ${patch.latency.p50} ms, p99 ${patch.latency.p99} ms`,
    'p99 < 50 ms, all 2xx',
    patch.latency.p99 < 50 && failed(patch) === 0,
  );
  const timed = async (path: string) => {
    const started = performance.now();
    const body = await get(path);
    return { ms: performance.now() - started, body };
  };
  const slim = await timed(`/Groups/${group.id}?excludedAttributes=members`);
  const whole = await timed(`/Groups/${group.id}`);
  row(
    'GET the group, excludedAttributes=members / whole',
    `${slim.ms.toFixed(1)} ms / ${whole.ms.toFixed(0)} ms (${(whole.body.members as unknown[]).length.toLocaleString('en-US')} members)`,
    'excluded < 20 ms',
    slim.ms < 20 && slim.body.members === undefined,
  );
  const { rss } = await gateway.usage();
  notes.push(`Gateway resident memory right after the whole group's GET: ${mb(rss)}.`);
}
