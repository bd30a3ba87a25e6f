#!/usr/bin/env node
// Launcher for the bundled CLI (built by `npm run build`, which `npm ci` runs through `prepare`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('idsvc: the CLI is not built. Run: npm run build\n');
  process.exit(1);
}
await import(bundle.href);
