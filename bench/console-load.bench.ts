// The console's first view, as an administrator meets it: cold page loads of `idsvc console` in
// headless Chromium (/usr/bin/chromium with playwright.config.ts's flags), each in a new browser
// context (no HTTP cache, no sessionStorage), timed from navigation to a usable Provisioning Settings
// tab: the Tenant URL field holding the saved URL and Save rendered, in the frame after they appear.
// Also the first view's JS (gzip) from the build's manifest (bench/first-view-size.ts). Baseline for
// both: React and react-dom alone rendering one element (bench/framework-baseline.mjs), built by the
// same Vite and loaded the same way from a bare node:http server, in the same run: the floor React
// sets on this machine as loaded as it is now. Targets: median under 300 ms, JS under 60 KB.
// BENCH_CONSOLE_LOADS sets the number of measured loads of each (default 15, after one warm-up load).
import { chromium } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import playwrightConfig from '../playwright.config';
import { MemorySecretStore } from '../main/secrets/memory-secret-store';
import { openServices } from '../main/services/services';
import { settingsSaveInput } from '../preload/contract';
import { buildFrameworkBaseline, firstViewJs, readManifest, RENDERER_DIST } from './first-view-size';
import { printTable } from './measure';

const LOADS = Number(process.env.BENCH_CONSOLE_LOADS ?? 15);
const LOAD_TARGET_MS = 300;
export const FIRST_VIEW_TARGET_BYTES = 60 * 1024;
const TENANT_URL = 'https://idsvc.bench.example/scim/v2';
const actor = { name: 'bench' };

/** Saved settings, an organization tree and a few tokens, so every first call answers with data. */
async function seed(dataDir: string): Promise<void> {
  const services = openServices(dataDir, { secrets: new MemorySecretStore() });
  try {
    const rootId = services.organizations.list()[0]!.id;
    let parentId = rootId;
    for (let i = 0; i < 20; i += 1) {
      const org = services.organizations.create({ name: `Region ${i}`, parentId: i % 5 === 0 ? rootId : parentId }, actor);
      parentId = org.id;
    }
    services.settings.save(
      settingsSaveInput.parse({
        version: 1,
        enabled: true,
        tenantUrl: TENANT_URL,
        newUserOrganizationId: parentId,
        syncedFields: ['status', 'email'],
      }),
      actor,
    );
    for (let i = 0; i < 3; i += 1) {
      await services.tokens.create({ label: `Entra ${i}`, expiresAt: new Date(Date.now() + 90 * 86_400_000) }, actor);
    }
  } finally {
    services.close();
  }
}

function startConsole(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/idsvc.mjs', 'console', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`idsvc console exited (${code}): ${output}`)));
  });
}

/**
 * Installed before the page's own scripts (a string: this file is type-checked without the DOM's
 * types): watches the DOM and records, in the animation frame after `ready` first holds, the time
 * since navigation started (performance.now() counts from there).
 */
const watchUntil = (ready: string) => `(() => {
  const ready = () => ${ready};
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__usableAt = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/** The settings tab is usable: the Tenant URL field holds the saved URL, and Save is there. */
const CONSOLE_USABLE = watchUntil(
  `document.getElementById('tenant-url')?.value === ${JSON.stringify(TENANT_URL)} &&
    document.querySelector('button[type="submit"][aria-label="Save"]') !== null`,
);
const BASELINE_RENDERED = watchUntil(`document.getElementById('baseline-ready') !== null`);

/** Where the time went: the first API call's start and the last one's answer, from Resource Timing. */
const READ_TIMES = `(() => {
  const api = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith('/api/'));
  return {
    usableMs: window.__usableAt,
    firstApiMs: Math.min(...api.map((e) => e.startTime)),
    lastApiMs: Math.max(...api.map((e) => e.responseEnd)),
    apiCalls: api.length,
  };
})()`;

interface Load {
  usableMs: number;
  firstApiMs: number;
  lastApiMs: number;
  apiCalls: number;
}

async function measureLoad(browser: Browser, url: string, watch: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: watch });
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as { __usableAt?: number }).__usableAt !== undefined, null, {
      timeout: 30_000,
    });
    return (await page.evaluate(READ_TIMES)) as Load;
  } finally {
    await context.close();
  }
}

/** Serves the baseline build: a page loading its one entry, and the files under assets/. */
async function serveBaseline(dir: string, entry: string): Promise<{ server: Server; url: string }> {
  const page = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>baseline</title>
<script type="module" src="./${entry}"></script></head><body></body></html>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    if (/^\/assets\/[\w.-]+\.js$/.test(path)) {
      return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(join(dir, path)));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/**
 * LOADS of each page after one warm-up of each (the server's first answers, Chromium's first context),
 * alternating which goes first, so a change in the machine's load during the run touches both alike.
 */
async function alternate(browser: Browser, pages: Array<{ url: string; watch: string }>): Promise<Load[][]> {
  for (const page of pages) await measureLoad(browser, page.url, page.watch);
  const measured: Load[][] = pages.map(() => []);
  for (let i = 0; i < LOADS; i += 1) {
    const order = i % 2 === 0 ? pages.keys() : [...pages.keys()].reverse();
    for (const index of order) measured[index]!.push(await measureLoad(browser, pages[index]!.url, pages[index]!.watch));
  }
  return measured;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const spread = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${median(sorted).toFixed(0)} ms median (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`;
};

export async function benchConsoleLoad(dataDir: string): Promise<boolean> {
  // Measures the code as it is now: the CLI and the renderer are built first.
  const built = spawnSync(process.execPath, ['scripts/build.mjs', 'main', 'renderer'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
  mkdirSync(dataDir, { recursive: true });
  await seed(dataDir);
  const baselineDir = join(dataDir, 'baseline');
  const baseline = await buildFrameworkBaseline(baselineDir);
  const { child, url } = await startConsole(dataDir);
  const bare = await serveBaseline(baselineDir, baseline.files[0]!);
  const browser = await chromium.launch({ ...playwrightConfig.use?.launchOptions, headless: true });
  let consoleLoads: Load[];
  let baselineLoads: Load[];
  try {
    [consoleLoads = [], baselineLoads = []] = await alternate(browser, [
      { url, watch: CONSOLE_USABLE },
      { url: bare.url, watch: BASELINE_RENDERED },
    ]);
  } finally {
    await browser.close();
    bare.server.close();
    child.kill('SIGTERM');
  }
  const usable = median(consoleLoads.map((load) => load.usableMs));
  const loadMet = usable < LOAD_TARGET_MS;
  const js = firstViewJs(readManifest(), RENDERER_DIST);
  const sizeMet = js.gzipBytes < FIRST_VIEW_TARGET_BYTES;
  printTable(`Console first view, ${LOADS} cold loads each in headless Chromium (after 1 warm-up)`, [
    {
      measure: 'navigation to usable Provisioning Settings tab',
      value: spread(consoleLoads.map((load) => load.usableMs)),
      baseline: `${spread(baselineLoads.map((load) => load.usableMs))} (React page, one element)`,
      target: `< ${LOAD_TARGET_MS} ms`,
      met: loadMet ? 'yes' : 'NO',
    },
    {
      measure: '  its API calls: first sent / last answered',
      value: `${median(consoleLoads.map((l) => l.firstApiMs)).toFixed(0)} ms / ${median(consoleLoads.map((l) => l.lastApiMs)).toFixed(0)} ms (${consoleLoads[0]!.apiCalls} calls)`,
      baseline: '',
      target: '',
      met: '',
    },
    {
      measure: `first view's JS, gzip (${js.files.length} files)`,
      value: kb(js.gzipBytes),
      baseline: `${kb(baseline.gzipBytes)} (React and react-dom alone)`,
      target: `< ${kb(FIRST_VIEW_TARGET_BYTES)}`,
      met: sizeMet ? 'yes' : 'NO',
    },
  ]);
  return loadMet && sizeMet;
}
