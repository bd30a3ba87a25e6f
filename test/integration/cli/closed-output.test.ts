// The built idsvc as a real process whose reader stops early (`idsvc employees export | head`): it
// ends quietly with a shell's SIGPIPE status, without a stack trace.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withServices } from '../../fixtures/cli-io';
import { makeTempDir } from '../../fixtures/temp-dir';

const CLI = join(process.cwd(), 'bin', 'idsvc.mjs');
const built = existsSync(join(process.cwd(), 'dist', 'cli.mjs'));

describe.skipIf(!built)(`idsvc writing to a pipe its reader closed${built ? '' : ' (skipped: needs npm run build)'}`, () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  beforeEach(() => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
    withServices(dataDir, (s) => {
      const rootId = s.organizations.list()[0]!.id;
      // Enough rows that the export is still writing when the reader has gone.
      for (let n = 0; n < 3000; n += 1)
        s.directory.createLocal({ userName: `person.${n}`, organizationId: rootId }, { name: 'test' });
    });
  });
  afterEach(() => dir.remove());

  it('ends with status 141 and nothing on stderr when the reader stops after the first chunk', async () => {
    const child = spawn(process.execPath, [CLI, 'employees', 'export', '--data-dir', dataDir], { stdio: 'pipe' });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk) => resolve(String(chunk))));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(first).toContain('userName,firstName');
    expect(err).toBe('');
    expect(status).toBe(141);
  });
});
