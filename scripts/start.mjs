// `npm start`: builds, then runs the desktop app where Electron's binary exists, with better-sqlite3
// built for Electron's ABI (electron-native.mjs; node_modules keeps Node's build for idsvc and the
// tests). Where Electron cannot run, or its native build cannot be made (headers unreachable), it says
// so in one line and serves the console to a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronMissingReason, electronPackage } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', cwd: root });
if (built.status !== 0) process.exit(built.status ?? 1);

async function desktopCommand() {
  const missing = electronMissingReason();
  if (missing) return { reason: missing };
  const target = { electronVersion: electronPackage().version, platform: process.platform, arch: process.arch };
  const native = await ensureElectronNative({ root, target });
  if (native.reason) return { reason: native.reason };
  // The main process reads this only when it is not packaged (main/app/native-binding.ts).
  const env = { ...process.env, IDSVC_ELECTRON_SQLITE_BINDING: native.bindings['better-sqlite3'] };
  return { command: electronBinary(), args: ['.', ...args], env };
}

const desktop = await desktopCommand();
if (desktop.reason) console.log(`Not starting the desktop app: ${desktop.reason}; serving the console to a browser instead.`);
const [command, commandArgs, env] = desktop.reason
  ? [process.execPath, ['bin/idsvc.mjs', 'console', ...args], process.env]
  : [desktop.command, desktop.args, desktop.env];
const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root, env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
