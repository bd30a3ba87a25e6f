// Bundles bench/run.ts like the CLI (esbuild, node_modules external) and runs it. bench/bench-child.ts
// is bundled beside it: the gateway bench forks it for the servers under load.
import { build } from 'esbuild';

await build({
  entryPoints: { bench: 'bench/run.ts', 'bench-child': 'bench/bench-child.ts' },
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
