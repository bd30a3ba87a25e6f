// The SCIM gateway under load (autocannon, loopback), the store seeded with 100,000 employees, each
// row against a bare node:http server answering a similar JSON body measured in the same run.
// Both servers run in child processes (bench-child.ts); autocannon runs here, so on a 2-core machine
// the load generator shares the cores, as the targets assume. Targets: reads at least 40% of the bare
// server, writes at least 25%, p99 under 25 ms at 10 connections; 100,000 POST /Users with 8
// connections in under 60 s; the gateway's resident memory under 300 MB at 100,000 employees.
// Each row is measured in ROUNDS rounds (7 of 3 s), bare server and gateway back to back in each (which
// goes first alternates, so a drift favours neither), and the ratio printed is the median of the
// rounds' ratios: this VM's speed drifts by a third over minutes, and a pair measured seconds apart
// sees the same machine. The "CPU us/req" column is each server's own CPU time per answer (less
// sensitive to a busy machine than req/s).
// BENCH_GATEWAY_SECONDS sets the seconds per round, BENCH_ROUNDS the rounds; BENCH_CPU_PROF=<dir>
// profiles the gateway.
import autocannon, { type Result } from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { sanitizeUser } from '../main/gateway/scim/user-sanitizer';
import { renderUser } from '../main/gateway/scim/user-renderer';
import { LIST_RESPONSE_URN } from '../main/gateway/scim/scim-urns';
import { MemorySecretStore } from '../main/secrets/memory-secret-store';
import { createServices } from '../main/services/services';
import { MATCH_ALL } from '../main/store/employee-query';
import { Store } from '../main/store/store';
import { settingsSaveInput } from '../preload/contract';
import type { BareBodies } from './bench-child';
import { formatRate, printTable } from './measure';
import { activePatch, benchUserName, scimUser } from './scim-user';
import { searchQuery, userApiCases } from './user-api-cases';
import { benchDirectory } from './directory.bench';

const EMPLOYEES = 100_000;
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_GATEWAY_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARM_SECONDS = 1;
const CREATE_CONNECTIONS = 8;
const CREATE_TARGET_SECONDS = 60;
const P99_TARGET_MS = 25;
const RSS_TARGET_BYTES = 300 * 1024 * 1024;
export const TENANT_URL = 'https://idsvc.bench.example/scim/v2';
export const BASE_PATH = new URL(TENANT_URL).pathname;
const actor = { name: 'bench' };

export interface Prepared {
  token: string;
  /** A user management API token (employees:write). */
  apiToken: string;
  ids: string[];
  userNames: string[];
  bodies: BareBodies;
}

/** Provisioning enabled with an organization for new users, a real ES256 token, and `seed` employees. */
export async function prepareDataDir(dataDir: string, seed: number): Promise<Prepared> {
  const store = Store.open(dataDir);
  const services = createServices(store, { secrets: new MemorySecretStore() });
  try {
    const rootId = services.organizations.list()[0]!.id;
    const org = services.organizations.create({ name: 'Provisioned', parentId: rootId }, actor);
    services.settings.save(
      settingsSaveInput.parse({
        version: 1,
        enabled: true,
        tenantUrl: TENANT_URL,
        newUserOrganizationId: org.id,
        syncedFields: ['status', 'email'],
      }),
      actor,
    );
    const { token } = await services.tokens.create({ label: 'bench', expiresAt: new Date(Date.now() + 86_400_000) }, actor);
    const apiExpiry = new Date(Date.now() + 86_400_000);
    const { token: apiToken } = await services.tokens.create(
      { label: 'bench api', expiresAt: apiExpiry, kind: 'api', scopes: ['employees:write'] },
      actor,
    );
    // The rows the gateway's POST /Users writes (same sanitizer, same service), in one transaction.
    const ids: string[] = [];
    const userNames: string[] = [];
    store.db.transaction(() => {
      for (let n = 0; n < seed; n += 1) {
        const userName = benchUserName('seed', n);
        ids.push(services.employees.create(sanitizeUser(scimUser(userName, n))).employee.id);
        userNames.push(userName);
      }
    })();
    // An installation past its first sync: the directory search's prefix table is current (the gateway
    // indexes when idle; the create row below says how long that takes).
    store.directorySearch.catchUp();
    // The bare server's body: a stored user as the gateway renders it (a fresh store has none to show).
    const sample = ids[0] === undefined ? undefined : services.employees.get(ids[0]);
    const user = sample ? renderUser(sample, TENANT_URL) : {};
    const list = { schemas: [LIST_RESPONSE_URN], totalResults: 1, itemsPerPage: 1, startIndex: 1, Resources: [user] };
    // The bare server's bodies for the user management API rows: an employee and a search page as the API answers them.
    const employee = ids[0] === undefined ? {} : services.directory.get(ids[0]);
    const page = services.directory.page(searchQuery('Ann'));
    return { token, apiToken, ids, userNames, bodies: { user, list, employee, page } };
  } finally {
    services.close();
  }
}

interface Usage {
  rss: number;
  heapUsed: number;
  cpuMicros: number;
}

export interface Child {
  process: ChildProcess;
  url: string;
  usage(): Promise<Usage>;
  stop(): Promise<void>;
}

export async function forkChild(args: string[]): Promise<Child> {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each gateway child there (for finding a missed target).
  const profile =
    process.env.BENCH_CPU_PROF && args[0] === 'gateway' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(new URL('./bench-child.mjs', import.meta.url), args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: profile,
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type: string }) => {
        if (message.type !== type) return;
        child.off('message', onMessage).off('exit', onExit);
        resolve(message as T);
      };
      const onExit = (code: number | null) => reject(new Error(`bench child (${args[0]}) exited with ${code}`));
      child.on('message', onMessage).once('exit', onExit);
    });
  const { port } = await next<{ port: number }>('ready');
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    async usage() {
      const reply = next<Usage>('usage');
      child.send({ type: 'usage' });
      return reply;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

interface Case {
  name: string;
  kind: 'read' | 'write';
  /** A fresh request per call: method, path under the base path (or absolute under /api/), body, headers. */
  request(): { method: string; path: string; body?: string; headers?: Record<string, string> };
}

/** Fresh request makers for one server (each keeps its own count of created users and PATCHed ids). */
function cases(prepared: Prepared): Case[] {
  const pick = <T>(list: T[]) => list[randomInt(list.length)]!;
  const nextUser = deck(prepared.ids);
  let created = 0;
  return [
    {
      name: 'GET /Users?filter=userName eq "..."',
      kind: 'read',
      request: () => ({
        method: 'GET',
        path: `/Users?filter=${encodeURIComponent(`userName eq "${pick(prepared.userNames)}"`)}`,
      }),
    },
    { name: 'GET /Users/{id}', kind: 'read', request: () => ({ method: 'GET', path: `/Users/${pick(prepared.ids)}` }) },
    {
      name: 'POST /Users',
      kind: 'write',
      request: () => {
        created += 1;
        return { method: 'POST', path: '/Users', body: JSON.stringify(scimUser(benchUserName('load', created), created)) };
      },
    },
    // Each seeded user once, in a shuffled order, so every PATCH writes (a PATCH that changes nothing
    // writes nothing, and would flatter the figure): the first pass deactivates, the next reactivates.
    {
      name: 'PATCH /Users/{id} (deactivate)',
      kind: 'write',
      request: () => {
        const { item, pass } = nextUser();
        return { method: 'PATCH', path: `/Users/${item}`, body: activePatch(pass % 2 === 1) };
      },
    },
    ...userApiCases({ apiToken: prepared.apiToken, ids: prepared.ids, nextId: deck(prepared.ids) }),
  ];
}

/** SCIM paths are under the base path; the user management API's are absolute. */
const targetOf = (path: string) => (path.startsWith('/api/') ? path : `${BASE_PATH}${path}`);

/** The items in a random order, each once per pass, with the pass it was drawn in. */
function deck<T>(items: readonly T[]): () => { item: T; pass: number } {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let next = 0;
  return () => {
    const drawn = next;
    next += 1;
    return { item: order[drawn % order.length]!, pass: Math.floor(drawn / order.length) };
  };
}

export function load(
  url: string,
  token: string,
  make: Case['request'],
  options: { seconds?: number; amount?: number; connections: number },
): Promise<Result> {
  return autocannon({
    url,
    connections: options.connections,
    pipelining: 1,
    timeout: 30,
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.seconds ?? SECONDS }),
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' },
    requests: [
      {
        setupRequest: (request) => {
          const next = make();
          return {
            ...request,
            method: next.method,
            path: targetOf(next.path),
            ...(next.headers === undefined ? {} : { headers: { ...request.headers, ...next.headers } }),
            ...(next.body === undefined ? {} : { body: next.body }),
          };
        },
      },
    ],
  });
}

type Measured = Result & { cpuMicros: number };

/** One measured run, with the server's CPU time per answered request. */
async function measured(server: Child, token: string, make: Case['request']): Promise<Measured> {
  const before = await server.usage();
  const result = await load(server.url, token, make, { connections: CONNECTIONS });
  const after = await server.usage();
  return { ...result, cpuMicros: after.cpuMicros - before.cpuMicros };
}

interface RowResult {
  base: Measured[];
  run: Measured[];
  ratios: number[];
}

/** A warm-up of each server, then ROUNDS rounds of bare server and gateway back to back, in turns first. */
async function measureRow(bare: Child, gateway: Child, token: string, bareCase: Case, gatewayCase: Case): Promise<RowResult> {
  await load(bare.url, token, bareCase.request, { seconds: WARM_SECONDS, connections: CONNECTIONS });
  await load(gateway.url, token, gatewayCase.request, { seconds: WARM_SECONDS, connections: CONNECTIONS });
  const row: RowResult = { base: [], run: [], ratios: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const bareFirst = round % 2 === 0;
    const first = await (bareFirst ? measured(bare, token, bareCase.request) : measured(gateway, token, gatewayCase.request));
    const second = await (bareFirst ? measured(gateway, token, gatewayCase.request) : measured(bare, token, bareCase.request));
    const [base, run] = bareFirst ? [first, second] : [second, first];
    row.base.push(base);
    row.run.push(run);
    row.ratios.push(rate(run) / rate(base));
  }
  return row;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** Over all rounds: CPU per answer, the median p50, the worst p99, failures. */
const totals = (results: Measured[]) => ({
  cpuPerRequest: Math.round(sum(results.map((r) => r.cpuMicros)) / Math.max(1, sum(results.map((r) => r['2xx'] + r.non2xx)))),
  p50: median(results.map((r) => r.latency.p50)),
  p99: Math.max(...results.map((r) => r.latency.p99)),
  failures: sum(results.map(failures)),
  statuses: results.map(statuses).filter(Boolean).join(' '),
});

const failures = (r: Result) => r.errors + r.timeouts + r.non2xx;
const rate = (r: Result) => r['2xx'] / r.duration;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const statuses = (r: Result) =>
  Object.entries(r.statusCodeStats)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${code}x${count}`)
    .join(' ');

/** One request of each kind through fetch, so a broken setup fails loudly rather than as a fast 4xx. */
async function sanityCheck(url: string, token: string, list: Case[]): Promise<void> {
  for (const c of list) {
    const { method, path, body, headers } = c.request();
    const response = await fetch(`${url}${targetOf(path)}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json', ...headers },
      ...(body === undefined ? {} : { body }),
    });
    const json = (await response.json()) as { totalResults?: number; items?: unknown[] };
    const emptySearch = c.name.includes('search') && (json.items?.length ?? 0) === 0;
    if (response.status >= 300 || (c.name.includes('filter') && json.totalResults !== 1) || emptySearch) {
      throw new Error(`bench sanity check: ${c.name} answered ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
    }
  }
}

export async function benchGateway(dir: string): Promise<boolean> {
  const seedStarted = performance.now();
  const seeded = await prepareDataDir(join(dir, 'seeded'), EMPLOYEES);
  console.log(
    `\nSeeded ${EMPLOYEES.toLocaleString('en-US')} employees in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s ` +
      `(one transaction, through the provisioning service); ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(2)}`,
  );

  const gateway = await forkChild(['gateway', join(dir, 'seeded')]);
  const bare = await forkChild(['bare', JSON.stringify(seeded.bodies)]);
  const rows: Array<Record<string, string>> = [];
  const notes: string[] = [];
  let ok = true;
  let seededRss: number;
  try {
    // BENCH_CASE=<text> measures only the rows whose name contains it (for profiling one case).
    const selected = (list: Case[]) => list.filter((c) => !process.env.BENCH_CASE || c.name.includes(process.env.BENCH_CASE));
    const bareCases = selected(cases(seeded));
    const gatewayCases = selected(cases(seeded));
    await sanityCheck(gateway.url, seeded.token, gatewayCases);
    for (const [index, c] of gatewayCases.entries()) {
      const row = await measureRow(bare, gateway, seeded.token, bareCases[index]!, c);
      const [run, base] = [totals(row.run), totals(row.base)];
      const ratio = median(row.ratios);
      const minRatio = c.kind === 'read' ? 0.4 : 0.25;
      const met = ratio >= minRatio && run.p99 < P99_TARGET_MS && run.failures === 0 && base.failures === 0;
      ok &&= met;
      if (run.failures + base.failures > 0)
        notes.push(`${c.name}: gateway failures ${run.failures} ${run.statuses}; bare failures ${base.failures}`);
      rows.push({
        case: c.name,
        'req/s': formatRate(median(row.run.map(rate))),
        'p50 ms': String(run.p50),
        'p99 ms': String(run.p99),
        'bare req/s': formatRate(median(row.base.map(rate))),
        'bare p99': String(base.p99),
        'CPU us/req gw/bare': `${run.cpuPerRequest} / ${base.cpuPerRequest}`,
        'ratio (rounds)': `${(ratio * 100).toFixed(0)}% (${row.ratios.map((r) => (r * 100).toFixed(0)).join('/')})`,
        target: `>= ${minRatio * 100}%, p99 < ${P99_TARGET_MS}, all 2xx`,
        met: met ? 'yes' : 'NO',
      });
    }
    seededRss = (await gateway.usage()).rss;
  } finally {
    await Promise.all([gateway.stop(), bare.stop()]);
  }
  printTable(
    `SCIM gateway, ${EMPLOYEES.toLocaleString('en-US')} employees, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per row, ` +
      'ratio = median of the rounds (autocannon on loopback)',
    rows,
  );
  for (const note of notes) console.log(`  ${note}`);

  // 100,000 users created through the HTTP API on a fresh store.
  const fresh = await prepareDataDir(join(dir, 'fresh'), 0);
  const creator = await forkChild(['gateway', join(dir, 'fresh')]);
  let createdRss: number;
  let created: Result;
  let elapsed: number;
  try {
    let n = 0;
    const started = performance.now();
    created = await load(
      creator.url,
      fresh.token,
      () => {
        n += 1;
        return { method: 'POST', path: '/Users', body: JSON.stringify(scimUser(benchUserName('new', n), n)) };
      },
      { amount: EMPLOYEES, connections: CREATE_CONNECTIONS },
    );
    elapsed = (performance.now() - started) / 1000;
    createdRss = (await creator.usage()).rss;
  } finally {
    await creator.stop();
  }
  const directoryOk = benchDirectory(join(dir, 'seeded'), EMPLOYEES);
  const stored = Store.open(join(dir, 'fresh'));
  const count = stored.employees.count(MATCH_ALL);
  // The creates queued their employees for the search's prefix table (migration 018): the work the
  // gateway then does when idle, here in one transaction.
  const indexStarted = performance.now();
  stored.directorySearch.catchUp();
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  stored.close();

  const rssOk = seededRss < RSS_TARGET_BYTES && createdRss < RSS_TARGET_BYTES;
  const createOk =
    elapsed < CREATE_TARGET_SECONDS && created['2xx'] >= EMPLOYEES && failures(created) === 0 && count === EMPLOYEES;
  console.log(
    `Gateway resident memory at ${EMPLOYEES.toLocaleString('en-US')} employees: ${mb(seededRss)} after the load above, ` +
      `${mb(createdRss)} after creating them over HTTP (target < ${mb(RSS_TARGET_BYTES)}): ${rssOk ? 'met' : 'NOT met'}`,
  );
  console.log(
    `Create ${EMPLOYEES.toLocaleString('en-US')} users, POST /Users, ${CREATE_CONNECTIONS} connections: ${elapsed.toFixed(1)} s ` +
      `(${formatRate(created['2xx'] / elapsed)} req/s, p50 ${created.latency.p50} ms, p99 ${created.latency.p99} ms; ` +
      `${created['2xx']} 2xx, ${failures(created)} failed ${statuses(created)}; ${count} employees stored) ` +
      `(target < ${CREATE_TARGET_SECONDS} s, all 2xx): ${createOk ? 'met' : 'NOT met'}; ` +
      `then indexing them for the search (when idle, decision 0023): ${indexSeconds.toFixed(1)} s`,
  );
  return ok && rssOk && createOk && directoryOk;
}
