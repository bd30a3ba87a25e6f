// The Electron copy of better-sqlite3 (scripts/electron-native.mjs): built once per Electron version,
// platform, arch and module version into .electron-native/, from a copy of the package without Node's
// build, never touching node_modules; an offline machine is told why instead of waiting on a download.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  electronAddonPath,
  ELECTRON_NATIVE_MODULES,
  ensureElectronNative,
  headersUrl,
} from '../../../scripts/electron-native.mjs';
import { makeTempDir } from '../../fixtures/temp-dir';

const target = { electronVersion: '45.5.0', platform: 'linux', arch: 'x64' };
const sqlite = ELECTRON_NATIVE_MODULES.find((m) => m.name === 'better-sqlite3')!;
let root: ReturnType<typeof makeTempDir>;

function fakePackage(version: string): void {
  const dir = join(root.path, 'node_modules', 'better-sqlite3');
  mkdirSync(join(dir, 'build', 'Release'), { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version }));
  writeFileSync(join(dir, 'src', 'better_sqlite3.cpp'), '// source');
  writeFileSync(join(dir, 'build', 'Release', 'better_sqlite3.node'), 'node build');
}

/** A stand-in for @electron/rebuild that records what it was given and what the copy held. */
function fakeRebuild(calls: Array<{ options: Record<string, unknown>; hadNodeBuild: boolean }>) {
  return async (options: Record<string, unknown>) => {
    const copy = join(String(options.buildPath), 'node_modules', 'better-sqlite3');
    calls.push({ options, hadNodeBuild: existsSync(join(copy, 'build')) });
    mkdirSync(join(copy, 'build', 'Release'), { recursive: true });
    writeFileSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), `electron build ${options.electronVersion}`);
  };
}

const reachable = async () => null;
const quiet = () => {};

beforeEach(() => {
  root = makeTempDir('idsvc-electron-native-');
  fakePackage('12.11.1');
});
afterEach(() => root.remove());

describe('ensureElectronNative', () => {
  it('builds into .electron-native/<electron>-<platform>-<arch>/<module>-<version>/ and leaves node_modules alone', async () => {
    const calls: Array<{ options: Record<string, unknown>; hadNodeBuild: boolean }> = [];
    const result = await ensureElectronNative({
      root: root.path,
      target,
      probe: reachable,
      rebuild: fakeRebuild(calls),
      log: quiet,
    });
    const expected = join(
      root.path,
      '.electron-native',
      'electron-45.5.0-linux-x64',
      'better-sqlite3-12.11.1',
      'better_sqlite3.node',
    );
    expect(result).toEqual({ bindings: { 'better-sqlite3': expected } });
    expect(readFileSync(expected, 'utf8')).toBe('electron build 45.5.0');
    expect(readFileSync(join(root.path, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe(
      'node build',
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]!.hadNodeBuild).toBe(false);
    expect(calls[0]!.options).toMatchObject({
      electronVersion: '45.5.0',
      platform: 'linux',
      arch: 'x64',
      onlyModules: ['better-sqlite3'],
      force: true,
    });
    // The staging copy is gone: only the finished target folder remains.
    expect(readdirSync(join(root.path, '.electron-native'))).toEqual(['electron-45.5.0-linux-x64']);
  });

  it('reuses a finished build without probing or rebuilding', async () => {
    const calls: Array<{ options: Record<string, unknown>; hadNodeBuild: boolean }> = [];
    await ensureElectronNative({ root: root.path, target, probe: reachable, rebuild: fakeRebuild(calls), log: quiet });
    const lines: string[] = [];
    let probed = false;
    const again = await ensureElectronNative({
      root: root.path,
      target,
      probe: async () => {
        probed = true;
        return null;
      },
      rebuild: fakeRebuild(calls),
      log: (line) => lines.push(line),
    });
    expect(again.bindings?.['better-sqlite3']).toMatch(/better_sqlite3\.node$/);
    expect(calls).toHaveLength(1);
    expect(probed).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/^Electron 45\.5\.0: loading better-sqlite3 built for Electron .*reused/)]);
  });

  it('builds again for another Electron version or module version', async () => {
    const calls: Array<{ options: Record<string, unknown>; hadNodeBuild: boolean }> = [];
    const first = await ensureElectronNative({
      root: root.path,
      target,
      probe: reachable,
      rebuild: fakeRebuild(calls),
      log: quiet,
    });
    const newer = await ensureElectronNative({
      root: root.path,
      target: { ...target, electronVersion: '45.6.0' },
      probe: reachable,
      rebuild: fakeRebuild(calls),
      log: quiet,
    });
    fakePackage('12.12.0');
    const upgraded = await ensureElectronNative({
      root: root.path,
      target,
      probe: reachable,
      rebuild: fakeRebuild(calls),
      log: quiet,
    });
    expect(calls).toHaveLength(3);
    expect(
      new Set([first.bindings?.['better-sqlite3'], newer.bindings?.['better-sqlite3'], upgraded.bindings?.['better-sqlite3']])
        .size,
    ).toBe(3);
    expect(upgraded.bindings?.['better-sqlite3']).toBe(electronAddonPath(root.path, target, sqlite, '12.12.0'));
  });

  it('says why and builds nothing when the headers cannot be fetched', async () => {
    const calls: Array<{ options: Record<string, unknown>; hadNodeBuild: boolean }> = [];
    let asked = '';
    const result = await ensureElectronNative({
      root: root.path,
      target,
      probe: async (url) => {
        asked = url;
        return `${url} is unreachable (ENOTFOUND)`;
      },
      rebuild: fakeRebuild(calls),
      log: quiet,
    });
    expect(asked).toBe(headersUrl('45.5.0'));
    expect(asked).toBe('https://www.electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz');
    expect(result.reason).toMatch(/headers cannot be fetched .*ENOTFOUND/);
    expect(calls).toHaveLength(0);
    expect(existsSync(join(root.path, '.electron-native'))).toBe(false);
  });

  it('a failed build leaves nothing that could pass for finished', async () => {
    const result = await ensureElectronNative({
      root: root.path,
      target,
      probe: reachable,
      rebuild: async () => {
        throw new Error('gyp ERR! find Python\nmore detail');
      },
      log: quiet,
    });
    expect(result.reason).toBe('building better-sqlite3 for Electron failed: gyp ERR! find Python');
    expect(existsSync(electronAddonPath(root.path, target, sqlite, '12.11.1'))).toBe(false);
    expect(readdirSync(join(root.path, '.electron-native'))).toEqual([]);
  });
});
