// `npm run bench`: every benchmark, each against a baseline measured in the same run. Exits 1 when a
// target is missed, so the figures cannot be ignored by accident. BENCH_ONLY=gateway (or tokens, console) runs one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchConsoleLoad } from './console-load.bench';
import { benchGateway } from './gateway.bench';
import { benchTokenVerify } from './token-verify.bench';

const BENCHES: Record<string, (dir: string) => Promise<boolean>> = {
  tokens: (dir) => benchTokenVerify(join(dir, 'tokens')),
  gateway: (dir) => benchGateway(join(dir, 'gateway')),
  console: (dir) => benchConsoleLoad(join(dir, 'console')),
};

const only = process.env.BENCH_ONLY;
const dir = mkdtempSync(join(tmpdir(), 'idsvc-bench-'));
try {
  const results: boolean[] = [];
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (only === undefined || only === name) results.push(await bench(dir));
  }
  process.exitCode = results.length > 0 && results.every(Boolean) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
