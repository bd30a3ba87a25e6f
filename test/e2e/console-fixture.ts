// Runs the real `idsvc console` (the built CLI) over a fresh data directory per test and hands the
// test its URL; `restart()` stops the process and starts a new one on the same data directory.
import { test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ConsoleProcess {
  url: string;
  origin: string;
  dataDir: string;
  /** Everything the console processes printed, stdout and stderr, across restarts. */
  output(): string;
  restart(): Promise<void>;
}

const CLI = join(process.cwd(), 'bin', 'idsvc.mjs');

function startConsole(dataDir: string, log: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'console', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`idsvc console exited (${code}): ${output}`)));
  });
}

/** SIGTERM, as a service manager stops it; the console must exit within 10 s (it closes every connection). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('idsvc console did not exit within 10 s of SIGTERM'));
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ idsvc: ConsoleProcess }>({
  idsvc: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'idsvc-e2e-'));
    const log: string[] = [];
    let running = await startConsole(dataDir, log);
    const handle: ConsoleProcess = {
      url: running.url,
      origin: new URL(running.url).origin,
      dataDir,
      output: () => log.join(''),
      async restart() {
        await stop(running.child);
        running = await startConsole(dataDir, log);
        handle.url = running.url;
        handle.origin = new URL(running.url).origin;
      },
    };
    await use(handle);
    await stop(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** Saves a screenshot for people to look at (artifacts/screenshots, not compared by the tests). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
}
