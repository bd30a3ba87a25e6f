// Where Electron's binary is on this machine, or null: shared by `npm start`, `npm run dist` and the
// desktop smoke test, so all three agree on "Electron can run here".
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The installed `electron` package's folder and version, or null when the package is missing. */
export function electronPackage() {
  try {
    const manifest = require.resolve('electron/package.json');
    return { dir: dirname(manifest), version: JSON.parse(readFileSync(manifest, 'utf8')).version };
  } catch {
    return null;
  }
}

/**
 * The Electron binary if it was installed. Not `require('electron')`: since Electron 45 that starts a
 * download when the binary is missing, which hangs or fails on machines that cannot reach it.
 */
export function electronBinary(env = process.env) {
  const pkg = electronPackage();
  if (pkg === null) return null;
  const pathFile = join(pkg.dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative ?? 'electron') : relative && join(pkg.dir, 'dist', relative);
  return candidate && existsSync(candidate) ? candidate : null;
}

/** Why Electron cannot run here, in one sentence, or null when it can. */
export function electronMissingReason(env = process.env) {
  if (electronPackage() === null) return 'the electron package is not installed (npm ci installs it)';
  if (electronBinary(env) === null) {
    return "Electron's binary is not installed on this machine (the electron package's download did not run or could not reach GitHub)";
  }
  return null;
}
