// electron-builder.yml checked against electron-builder's own schema (packaging itself downloads
// Electron, which these machines cannot), and against what the app needs at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new () => unknown };
const yaml = require('js-yaml') as { load(text: string): Record<string, any> };

const config = () => yaml.load(readFileSync('electron-builder.yml', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; productName: string };

describe('electron-builder.yml', () => {
  it("matches electron-builder's schema", async () => {
    await expect(validateConfiguration(config(), new DebugLogger())).resolves.toBeUndefined();
  });

  it('the schema check does refuse a wrong key (so the test above can fail)', async () => {
    await expect(validateConfiguration({ ...config(), nsiss: {} }, new DebugLogger())).rejects.toThrow(
      /unknown property 'nsiss'/,
    );
  });

  it("sets Electron's fuses: no RunAsNode, NODE_OPTIONS or --inspect; cookies encrypted; asar only, integrity checked; no file:// privileges", async () => {
    expect(config().electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The schema knows the fuses: a misspelt one is refused, so the values above are the ones applied.
    await expect(validateConfiguration({ ...config(), electronFuses: { runAsnode: false } }, new DebugLogger())).rejects.toThrow(
      /configuration.electronFuses should be one of these/,
    );
  });

  it('packages the built app, starts the built main, and unpacks the native modules', () => {
    const c = config();
    expect(c.extraMetadata.main).toBe(pkg.main);
    expect(c.productName).toBe(pkg.productName);
    expect(c.files).toContain('dist/**/*');
    expect(c.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/better-sqlite3/**', '**/node_modules/keytar/**']));
    expect(Object.keys(c)).toEqual(expect.arrayContaining(['win', 'mac', 'linux']));
  });
});
