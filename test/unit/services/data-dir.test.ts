import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../main/services/data-dir';

describe('resolveDataDir', () => {
  it('prefers --data-dir, resolved to an absolute path', () => {
    expect(resolveDataDir({ flag: '/srv/idsvc', env: { IDSVC_DATA_DIR: '/elsewhere' } })).toBe('/srv/idsvc');
    expect(resolveDataDir({ flag: 'rel/dir', env: {} })).toBe(`${process.cwd()}/rel/dir`);
  });

  it('then IDSVC_DATA_DIR', () => {
    expect(resolveDataDir({ env: { IDSVC_DATA_DIR: '/var/lib/idsvc' } })).toBe('/var/lib/idsvc');
  });

  it("then the per-user folder the caller knows (the desktop app's Electron userData)", () => {
    const userAppData = '/home/ann/.config/Identity Service Console';
    expect(resolveDataDir({ flag: '/srv/idsvc', env: { IDSVC_DATA_DIR: '/elsewhere' }, userAppData })).toBe('/srv/idsvc');
    expect(resolveDataDir({ env: { IDSVC_DATA_DIR: '/var/lib/idsvc' }, userAppData })).toBe('/var/lib/idsvc');
    expect(resolveDataDir({ env: {}, userAppData: '/u/data', platform: 'linux', home: '/home/ann' })).toBe('/u/data');
  });

  it("else the OS's per-user app data folder, as Electron's userData", () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/ann' })).toBe('/home/ann/.config/Identity Service Console');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/x' }, platform: 'linux', home: '/home/ann' })).toBe(
      '/x/Identity Service Console',
    );
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/ann' })).toBe(
      '/Users/ann/Library/Application Support/Identity Service Console',
    );
    expect(resolveDataDir({ env: { APPDATA: 'C:/Users/ann/AppData/Roaming' }, platform: 'win32', home: 'C:/Users/ann' })).toMatch(
      /AppData\/Roaming\/Identity Service Console$/,
    );
  });
});
