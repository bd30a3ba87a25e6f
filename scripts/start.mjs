// `npm start`: builds, then runs the desktop app where Electron's binary exists; where it does not
// (a server, a CI machine), says so in one line and serves the console to a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

function electronBinary() {
  try {
    // The electron package exports the binary's path, and throws when the binary was never downloaded.
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
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
