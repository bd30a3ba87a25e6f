// `npm run bench`: every benchmark, each against a baseline measured in the same run. Exits 1 when a
// target is missed, so the figures cannot be ignored by accident. BENCH_ONLY=gateway (or tokens, scale, activity, console) runs one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchActivity } from './activity.bench';
import { benchConsoleLoad } from './console-load.bench';
import { benchGateway } from './gateway.bench';
import { benchScale } from './scale.bench';
import { benchTokenVerify } from './token-verify.bench';

const BENCHES: Record<string, (dir: string) => Promise<boolean>> = {
  tokens: (dir) => benchTokenVerify(join(dir, 'tokens')),
  gateway: (dir) => benchGateway(join(dir, 'gateway')),
  // Lists at scale (BENCH_SCALE users, 100,000 unless set; BENCH_SCALE=1000000 for issue 17's figures).
  scale: (dir) => benchScale(join(dir, 'scale')),
  activity: async (dir) => benchActivity(join(dir, 'activity')),
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
