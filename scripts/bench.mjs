// Bundles bench/run.ts like the CLI (esbuild, node_modules external) and runs it.
import { build } from 'esbuild';

await build({
  entryPoints: { bench: 'bench/run.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  loader: { '.sql': 'text' },
  logLevel: 'warning',
});
await import(new URL('../dist/bench.mjs', import.meta.url).href);
