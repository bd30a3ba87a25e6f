// Types for electron-binary.mjs, for the TypeScript tests that import it.
export function electronPackage(): { dir: string; version: string } | null;
export function electronBinary(env?: NodeJS.ProcessEnv): string | null;
export function electronMissingReason(env?: NodeJS.ProcessEnv): string | null;
