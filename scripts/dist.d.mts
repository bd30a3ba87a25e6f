// Types for dist.mjs, for the TypeScript tests that import it.
export function electronZipName(version: string, platform: string, arch: string): string;
export function electronZipUrl(version: string, platform: string, arch: string, env?: NodeJS.ProcessEnv): string;
export function findCachedZip(name: string, roots: readonly string[]): string | null;
export function electronUnobtainable(options: {
  version: string;
  platform: string;
  arch: string;
  env?: NodeJS.ProcessEnv;
  caches?: readonly string[];
  probe?: (url: string) => Promise<string | null>;
}): Promise<string | null>;
