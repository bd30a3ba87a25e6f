// `npm start`: builds, then runs the desktop app where Electron's binary exists; where it does not
// (a server, a CI machine), says so in one line and serves the console to a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

/**
 * The Electron binary if it was installed. Not `require('electron')`: since Electron 45 that starts a
 * download when the binary is missing, which hangs or fails on machines that cannot reach it.
 */
function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative ?? 'electron') : relative && join(packageDir, 'dist', relative);
  return candidate && existsSync(candidate) ? candidate : null;
}

const electron = electronBinary();
const [command, commandArgs] = electron
  ? [electron, ['.', ...args]]
  : [process.execPath, ['bin/idsvc.mjs', 'console', ...args]];
if (!electron) {
  console.log("Electron's binary is not installed on this machine; serving the console to a browser instead.");
}
const child = spawn(command, commandArgs, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
