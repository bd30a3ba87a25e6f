// The first view's JS: what a browser must fetch before the console can show anything, read from the
// renderer build's manifest (dist/renderer/.vite/manifest.json): the entry chunk and the chunks it
// imports statically, never those behind a dynamic import() (the other views). Sized gzipped at
// zlib's default level, as a web server would send it. Used by the bench and the size budget test.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// bench/ and dist/ (where the bench runs bundled) are both one level below the project.
const PROJECT = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_DIST = join(PROJECT, 'dist', 'renderer');

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist = RENDERER_DIST): Manifest {
  const path = join(dist, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`No renderer manifest at ${path}: run npm run build first (${String(error)})`);
  }
}

/** The JS files of the first view: the entry and its static imports, transitively. */
export function firstViewFiles(manifest: Manifest): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the renderer manifest, found ${entries.length}`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entries[0]!);
  return [...seen].map((key) => manifest[key]!.file);
}

/** The files the first view does not load: those only reachable through a dynamic import(). */
export function lazyFiles(manifest: Manifest): string[] {
  const first = new Set(firstViewFiles(manifest));
  return Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js') && !first.has(file));
}

export function firstViewJs(manifest: Manifest, dist = RENDERER_DIST): { files: string[]; gzipBytes: number } {
  const files = firstViewFiles(manifest);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { files, gzipBytes };
}

/**
 * The floor under the first view: React and react-dom rendering one element, built by the project's
 * Vite configuration (same target and minifier) into `outDir`. Returns its JS files and their gzip size.
 */
export async function buildFrameworkBaseline(outDir: string): Promise<{ files: string[]; gzipBytes: number }> {
  const { build } = await import('vite');
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: join(PROJECT, 'vite.config.mts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { input: join(PROJECT, 'bench', 'framework-baseline.mjs') },
    },
  });
  return firstViewJs(readManifest(outDir), outDir);
}
