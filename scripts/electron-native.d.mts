// Types for electron-native.mjs, for the TypeScript tests that import it.
export interface ElectronTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}
export interface NativeModule {
  name: string;
  addon: string;
}
export const ELECTRON_NATIVE_MODULES: readonly NativeModule[];
export const ELECTRON_NATIVE_DIR: string;
export function electronTargetKey(target: ElectronTarget): string;
export function electronAddonPath(root: string, target: ElectronTarget, module: NativeModule, moduleVersion: string): string;
export function headersUrl(electronVersion: string, base?: string): string;
export function probeUrl(url: string, timeoutMs?: number): Promise<string | null>;
export function electronRebuild(options: Record<string, unknown>): Promise<void>;
export function ensureElectronNative(options: {
  root: string;
  target: ElectronTarget;
  headersBase?: string;
  probe?: (url: string) => Promise<string | null>;
  rebuild?: (options: Record<string, unknown>) => Promise<void>;
  log?: (line: string) => void;
}): Promise<{ bindings: Record<string, string>; reason?: undefined } | { reason: string; bindings?: undefined }>;
