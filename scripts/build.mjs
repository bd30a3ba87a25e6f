// Builds everything into dist/: the CLI and Electron main as ESM bundles (esbuild; node_modules stay
// external so native modules load from node_modules), the sandboxed preload as one CJS file, and the
// renderer with Vite.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { build as viteBuild } from 'vite';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const only = process.argv.slice(2);
const wanted = (part) => only.length === 0 || only.includes(part);

const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  loader: { '.sql': 'text' },
  define: { IDSVC_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

if (wanted('main')) {
  await build({ ...nodeBundle, entryPoints: { cli: 'main/cli/index.ts' }, outdir: 'dist', outExtension: { '.js': '.mjs' } });
  await build({ ...nodeBundle, entryPoints: { main: 'main/app/main.ts' }, outdir: 'dist/app', outExtension: { '.js': '.mjs' } });
  // A sandboxed preload runs as CommonJS and may require only 'electron': bundle zod and the contract in.
  await build({
    entryPoints: { index: 'preload/index.ts' },
    outdir: 'dist/preload',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
  });
}
if (wanted('renderer')) {
  await viteBuild({ configFile: new URL('../vite.config.mts', import.meta.url).pathname, logLevel: 'warn' });
}
