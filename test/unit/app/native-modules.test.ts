// Which native modules need an Electron build of their own. An addon built with Node-API exports
// `napi_register_module_v1` and loads in Node and Electron alike; one built against V8 directly exports
// `node_register_module_v<ABI>` and loads only in the runtime whose ABI it names. Every native
// dependency must be Node-API or listed in ELECTRON_NATIVE_MODULES (rebuilt by scripts/electron-native.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_NATIVE_MODULES } from '../../../scripts/electron-native.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const ADDONS: Record<string, string> = {
  'better-sqlite3': 'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  keytar: 'node_modules/keytar/build/Release/keytar.node',
};

function registration(addon: string): { napi: boolean; abis: string[] } {
  const text = readFileSync(addon).toString('latin1');
  return {
    napi: text.includes('napi_register_module_v1'),
    abis: [...new Set([...text.matchAll(/node_register_module_v(\d+)/g)].map((m) => m[1]!))],
  };
}

describe('native modules', () => {
  it('every dependency with a binding.gyp is one of the addons checked here', () => {
    const native = Object.keys(pkg.dependencies).filter((name) => existsSync(join('node_modules', name, 'binding.gyp')));
    expect(native.sort()).toEqual(Object.keys(ADDONS).sort());
  });

  it('keytar is Node-API: one build loads in Node and in Electron, so it is not rebuilt', () => {
    expect(registration(ADDONS.keytar!)).toEqual({ napi: true, abis: [] });
    expect(ELECTRON_NATIVE_MODULES.map((m) => m.name)).not.toContain('keytar');
  });

  it("better-sqlite3 is built for Node's ABI in node_modules, so Electron gets its own build", () => {
    expect(registration(ADDONS['better-sqlite3']!)).toEqual({ napi: false, abis: [process.versions.modules] });
    expect(ELECTRON_NATIVE_MODULES.map((m) => m.name)).toContain('better-sqlite3');
  });

  it('each module Electron rebuilds names the addon file its package builds', () => {
    for (const module of ELECTRON_NATIVE_MODULES) expect(existsSync(join('node_modules', module.name, module.addon))).toBe(true);
  });
});
