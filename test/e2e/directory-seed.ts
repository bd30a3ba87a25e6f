// Opens a seeder (directory-seeder.ts) on a console's data directory. The seeder imports main/,
// whose migrations are .sql files Playwright's loader cannot import, so it is bundled once per worker
// with esbuild (the .sql loader the build uses) and imported from the bundle.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Seeder } from './directory-seeder';

let loaded: Promise<typeof import('./directory-seeder')> | null = null;

function loadSeeder(): Promise<typeof import('./directory-seeder')> {
  loaded ??= (async () => {
    const dir = join(process.cwd(), 'artifacts', 'e2e-seeder');
    mkdirSync(dir, { recursive: true });
    // One bundle per worker process: two workers never write the same file.
    const outfile = join(dir, `directory-seeder-${process.pid}.mjs`);
    await build({
      entryPoints: [join(process.cwd(), 'test', 'e2e', 'directory-seeder.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      loader: { '.sql': 'text' },
      logLevel: 'warning',
    });
    return (await import(pathToFileURL(outfile).href)) as typeof import('./directory-seeder');
  })();
  return loaded;
}

/** Runs `work` with a seeder on `dataDir`, closing its connection afterwards. */
export async function seed<T>(dataDir: string, work: (seeder: Seeder) => T): Promise<T> {
  const seeder = (await loadSeeder()).openSeeder(dataDir);
  try {
    return work(seeder);
  } finally {
    seeder.close();
  }
}
