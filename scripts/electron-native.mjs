// The Electron copy of the native modules that are not Node-API (better-sqlite3): `npm ci` builds
// node_modules for Node's ABI, which `idsvc` and the tests need, and Electron cannot load that build.
// This builds a second copy for Electron's ABI into .electron-native/<electron>-<platform>-<arch>/
// <module>-<version>/, once per key, and leaves node_modules alone. keytar is Node-API (one binary
// loads in both runtimes; test/unit/app/native-modules.test.ts checks it), so it is not rebuilt.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The modules Electron needs rebuilt, and where each one's compiled addon lands in its package. */
export const ELECTRON_NATIVE_MODULES = [{ name: 'better-sqlite3', addon: join('build', 'Release', 'better_sqlite3.node') }];
export const ELECTRON_NATIVE_DIR = '.electron-native';
const DEFAULT_HEADERS_URL = 'https://www.electronjs.org/headers';

/** The folder of one Electron target: a new Electron version, platform or arch gets its own. */
export function electronTargetKey({ electronVersion, platform, arch }) {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

/** Where the Electron build of one module version lives under `root` (the repository). */
export function electronAddonPath(root, target, module, moduleVersion) {
  const addonFile = module.addon.split(/[\\/]/).at(-1);
  return join(root, ELECTRON_NATIVE_DIR, electronTargetKey(target), `${module.name}-${moduleVersion}`, addonFile);
}

function installedVersion(root, name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** The headers tarball node-gyp would fetch; probed first so an offline machine fails in seconds, not minutes. */
export function headersUrl(electronVersion, base = DEFAULT_HEADERS_URL) {
  return `${base}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz`;
}

export async function probeUrl(url, timeoutMs = 5000) {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? null : `${url} answered ${response.status}`;
  } catch (error) {
    return `${url} is unreachable (${error?.cause?.code ?? error?.name ?? error})`;
  }
}

/** @electron/rebuild, which electron-builder depends on, resolved through it so one copy serves both. */
export async function electronRebuild(options) {
  const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
  const { rebuild } = await import(pathToFileURL(fromBuilder.resolve('@electron/rebuild')).href);
  await rebuild(options);
}

/**
 * Makes sure the Electron build of every module in ELECTRON_NATIVE_MODULES exists for `target`, and
 * returns { bindings: { name: path } } or { reason } when it cannot (headers unreachable, a compiler
 * missing). A module is built in a staging copy of its package and moved into place when complete, so
 * an interrupted build is never taken for a finished one. `probe`, `rebuild` and `log` are injectable
 * for the tests.
 */
export async function ensureElectronNative({
  root,
  target,
  headersBase = process.env.ELECTRON_REBUILD_DIST_URL ?? DEFAULT_HEADERS_URL,
  probe = probeUrl,
  rebuild = electronRebuild,
  log = (line) => console.log(line),
}) {
  const bindings = {};
  const missing = [];
  for (const module of ELECTRON_NATIVE_MODULES) {
    const version = installedVersion(root, module.name);
    const path = electronAddonPath(root, target, module, version);
    bindings[module.name] = path;
    if (!existsSync(path)) missing.push({ module, version, path });
  }
  if (missing.length === 0) {
    log(
      `Electron ${target.electronVersion}: loading ${Object.keys(bindings).join(', ')} built for Electron from ${relative(root, dirname(dirname(Object.values(bindings)[0])))}/ (built before, reused).`,
    );
    return { bindings };
  }
  const unreachable = await probe(headersUrl(target.electronVersion, headersBase));
  if (unreachable)
    return { reason: `cannot build the native modules for Electron: its headers cannot be fetched (${unreachable})` };
  for (const { module, version, path } of missing) {
    log(
      `Electron ${target.electronVersion}: building ${module.name} ${version} for Electron into ${relative(root, dirname(path))}/ (once; node_modules keeps the Node build for idsvc and the tests).`,
    );
    const stagingParent = join(root, ELECTRON_NATIVE_DIR);
    mkdirSync(stagingParent, { recursive: true });
    const staging = mkdtempSync(join(stagingParent, '.staging-'));
    try {
      const source = join(root, 'node_modules', module.name);
      const copy = join(staging, 'node_modules', module.name);
      // The package without its Node build, so the copy cannot pass for built.
      cpSync(source, copy, { recursive: true, filter: (from) => relative(source, from).split(/[\\/]/)[0] !== 'build' });
      writeFileSync(
        join(staging, 'package.json'),
        JSON.stringify({ name: 'idsvc-electron-native', private: true, dependencies: { [module.name]: version } }),
      );
      await rebuild({
        buildPath: staging,
        electronVersion: target.electronVersion,
        platform: target.platform,
        arch: target.arch,
        onlyModules: [module.name],
        force: true,
        headerURL: headersBase,
      });
      const built = join(copy, module.addon);
      if (!existsSync(built)) throw new Error(`the rebuild left no ${module.addon}`);
      mkdirSync(dirname(path), { recursive: true });
      cpSync(built, `${path}.partial`);
      renameSync(`${path}.partial`, path);
    } catch (error) {
      return {
        reason: `building ${module.name} for Electron failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
      };
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return { bindings };
}
