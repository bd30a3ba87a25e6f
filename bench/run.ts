// `npm run bench`: every benchmark, each against a baseline measured in the same run. Exits 1 when a
// target is missed, so the figures cannot be ignored by accident.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchTokenVerify } from './token-verify.bench';

const dir = mkdtempSync(join(tmpdir(), 'idsvc-bench-'));
try {
  const results = [await benchTokenVerify(join(dir, 'tokens'))];
  process.exitCode = results.every(Boolean) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
