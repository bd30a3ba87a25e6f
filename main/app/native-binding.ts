// Which better-sqlite3 addon the desktop app loads. Run from a checkout (`npm start`), node_modules
// holds Node's build (for idsvc and the tests) and scripts/electron-native.mjs passes the Electron
// build's path in IDSVC_ELECTRON_SQLITE_BINDING. A packaged app ignores the variable: electron-builder
// rebuilt its own copy for Electron, and an environment variable that picks native code to load would
// undo what the fuses close (no NODE_OPTIONS, no RunAsNode).
export const SQLITE_BINDING_ENV = 'IDSVC_ELECTRON_SQLITE_BINDING';

export function electronSqliteBinding(packaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (packaged) return undefined;
  const path = env[SQLITE_BINDING_ENV];
  return path === undefined || path === '' ? undefined : path;
}
