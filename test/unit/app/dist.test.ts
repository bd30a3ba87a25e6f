// `npm run dist` fails in seconds, saying why, where Electron cannot be had, instead of hanging on
// electron-builder's download; and it finds a cached Electron zip when there is one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronUnobtainable, electronZipUrl, findCachedZip } from '../../../scripts/dist.mjs';
import { makeTempDir } from '../../fixtures/temp-dir';

describe('npm run dist', () => {
  it('downloads from GitHub, or from ELECTRON_MIRROR', () => {
    expect(electronZipUrl('45.5.0', 'win32', 'x64', {})).toBe(
      'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-win32-x64.zip',
    );
    expect(electronZipUrl('45.5.0', 'darwin', 'arm64', { ELECTRON_MIRROR: 'https://mirror.example/electron' })).toBe(
      'https://mirror.example/electron/v45.5.0/electron-v45.5.0-darwin-arm64.zip',
    );
  });

  it('a cached zip needs no download; without one, an unreachable download is the reason', async () => {
    const cache = makeTempDir('idsvc-electron-cache-');
    try {
      const target = { version: '45.5.0', platform: 'linux', arch: 'x64', env: {}, caches: [cache.path] };
      const unreachable = async (url: string) => `${url} is unreachable (ENOTFOUND)`;
      expect(await electronUnobtainable({ ...target, probe: unreachable })).toMatch(
        /not cached and cannot be downloaded: .*ENOTFOUND/,
      );
      mkdirSync(join(cache.path, 'a1b2'), { recursive: true });
      writeFileSync(join(cache.path, 'a1b2', 'electron-v45.5.0-linux-x64.zip'), '');
      expect(findCachedZip('electron-v45.5.0-linux-x64.zip', [cache.path])).toBe(
        join(cache.path, 'a1b2', 'electron-v45.5.0-linux-x64.zip'),
      );
      expect(await electronUnobtainable({ ...target, probe: unreachable })).toBeNull();
    } finally {
      cache.remove();
    }
  });

  it('stops at once with the reason and builds nothing where Electron cannot be downloaded', () => {
    const home = makeTempDir('idsvc-dist-home-');
    try {
      const started = Date.now();
      const result = spawnSync(process.execPath, ['scripts/dist.mjs'], {
        encoding: 'utf8',
        timeout: 30_000,
        // Empty caches and a mirror nothing answers on: the same on any machine.
        env: {
          ...process.env,
          HOME: home.path,
          electron_config_cache: home.path,
          ELECTRON_BUILDER_CACHE: home.path,
          ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /npm run dist: Electron .* is not cached and cannot be downloaded: http:\/\/127\.0\.0\.1:9\/.*unreachable/,
      );
      expect(result.stderr).toContain('No installer was built.');
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      home.remove();
    }
  });
});
