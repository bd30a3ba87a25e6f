// End-to-end tests: Debian's Chromium (never a downloaded browser) against `idsvc console`, each test
// with its own data directory (test/e2e/console-fixture.ts); and the desktop window through Electron
// (test/e2e-electron/), skipped with its reason where Electron's binary cannot run.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  projects: [
    { name: 'console', testDir: 'test/e2e' },
    { name: 'desktop', testDir: 'test/e2e-electron' },
  ],
  outputDir: 'artifacts/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
  },
});
