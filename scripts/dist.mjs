// `npm run dist`: the installers for the OS it runs on (NSIS on Windows, DMG on macOS, AppImage and
// deb on Linux; electron-builder.yml), into release/. electron-builder downloads Electron, so this
// first checks Electron can be had (a cached zip, or the download answering within seconds) and
// fails at once, saying so, where it cannot. electron-builder rebuilds node_modules' native modules
// for Electron in place; Node's builds are put back afterwards, so idsvc and the tests keep working.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackage } from './electron-binary.mjs';
import { ELECTRON_NATIVE_MODULES, probeUrl } from './electron-native.mjs';

const require = createRequire(import.meta.url);
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

export function electronZipName(version, platform, arch) {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

/** The URL electron-builder downloads from (ELECTRON_MIRROR is honoured there too). */
export function electronZipUrl(version, platform, arch, env = process.env) {
  const mirror = env.ELECTRON_MIRROR ?? DEFAULT_MIRROR;
  return `${mirror.endsWith('/') ? mirror : `${mirror}/`}v${version}/${electronZipName(version, platform, arch)}`;
}

/** A zip of that name somewhere (three levels at most) under one of the caches, or null. */
export function findCachedZip(name, roots) {
  const search = (dir, depth) => {
    if (depth < 0 || !existsSync(dir) || !statSync(dir).isDirectory()) return null;
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (entry === name) return path;
      const found = search(path, depth - 1);
      if (found) return found;
    }
    return null;
  };
  for (const root of roots) {
    const found = search(root, 3);
    if (found) return found;
  }
  return null;
}

function electronCaches(env) {
  const { defaultElectronGetCacheRoot, getCacheDirectory } = require('app-builder-lib/out/util/electronGet.js');
  return [env.electron_config_cache, defaultElectronGetCacheRoot(), getCacheDirectory({ allowEnvVarOverride: true })].filter(
    Boolean,
  );
}

/** Null when electron-builder can get Electron here, else why it cannot. */
export async function electronUnobtainable({
  version,
  platform,
  arch,
  env = process.env,
  caches = electronCaches(env),
  probe = probeUrl,
}) {
  if (findCachedZip(electronZipName(version, platform, arch), caches)) return null;
  const unreachable = await probe(electronZipUrl(version, platform, arch, env));
  return unreachable && `Electron ${version} for ${platform}-${arch} is not cached and cannot be downloaded: ${unreachable}`;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.chdir(root);
  const version = electronPackage()?.version;
  if (!version) {
    console.error('npm run dist: the electron package is not installed; run npm ci first.');
    return 1;
  }
  const why = await electronUnobtainable({ version, platform: process.platform, arch: process.arch });
  if (why) {
    console.error(`npm run dist: ${why}.`);
    console.error(
      'No installer was built. Build on a machine that reaches GitHub (or set ELECTRON_MIRROR), e.g. the release workflow.',
    );
    return 1;
  }
  if (run(process.execPath, ['scripts/build.mjs']) !== 0) return 1;
  const saved = ELECTRON_NATIVE_MODULES.map(({ name, addon }) => join('node_modules', name, addon))
    .filter((addon) => existsSync(addon))
    .map((addon) => {
      copyFileSync(addon, `${addon}.node-abi`);
      return addon;
    });
  try {
    // --publish never: releases are uploaded by the workflow, not by electron-builder.
    return run(process.execPath, [require.resolve('electron-builder/cli.js'), '--publish', 'never', ...process.argv.slice(2)]);
  } finally {
    for (const addon of saved) copyFileSync(`${addon}.node-abi`, addon);
    if (saved.length > 0) console.log(`npm run dist: put Node's build of ${saved.join(', ')} back for idsvc and the tests.`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
