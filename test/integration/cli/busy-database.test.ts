// The built idsvc as a real process while another connection holds the database's write lock past the
// busy timeout (a placements file of 100,000 employees applied from the console, about 10 s): it says
// the database is busy and to try again, in the console's words, not the driver's "database is locked".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../../main/store/store';
import { makeTempDir } from '../../fixtures/temp-dir';

const CLI = join(process.cwd(), 'bin', 'idsvc.mjs');
const built = existsSync(join(process.cwd(), 'dist', 'cli.mjs'));

describe.skipIf(!built)(`idsvc while the database is held${built ? '' : ' (skipped: needs npm run build)'}`, () => {
  let dir: ReturnType<typeof makeTempDir>;
  let holder: Store;
  beforeEach(() => {
    dir = makeTempDir();
    holder = Store.open(join(dir.path, 'data'));
  });
  afterEach(() => {
    if (holder.db.inTransaction) holder.db.exec('ROLLBACK');
    holder.close();
    dir.remove();
  });

  it('refuses after the busy timeout, saying to try again, and creates nothing', async () => {
    holder.db.exec('BEGIN IMMEDIATE');
    const args = [CLI, 'organization', 'create', 'Enterprise/Sales', '--data-dir', join(dir.path, 'data')];
    const child = spawn(process.execPath, args, { stdio: 'pipe' });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    holder.db.exec('ROLLBACK');
    expect(err).toBe(
      'idsvc: The database is busy with another change (a large import, or another process); nothing was changed. Try again in a few seconds.\n',
    );
    expect(status).toBe(1);
    expect(holder.organizations.all().map((org) => org.name)).toEqual(['Enterprise']);
  }, 20_000);
});
