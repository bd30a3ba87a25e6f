import { describe, expect, it } from 'vitest';
import { isConsolePage, isPermissionAllowed, mainWindowOptions, secureWebPreferences } from '../../../main/app/window-options';
import { CONSOLE_PAGE_URL } from '../../../main/app/console-scheme-path';
import { CONSOLE_CSP } from '../../../main/console-api/content-security-policy';

describe('window options', () => {
  it('pin every security flag', () => {
    const prefs = secureWebPreferences('/app/dist/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(mainWindowOptions('/p').webPreferences).toEqual(secureWebPreferences('/p'));
  });

  it('allow only the console page itself, on its own scheme', () => {
    const page = CONSOLE_PAGE_URL;
    expect(isConsolePage(`${page}#tokens`, page)).toBe(true);
    expect(isConsolePage('file:///etc/passwd', page)).toBe(false);
    expect(isConsolePage('file:///opt/idsvc/dist/renderer/index.html', page)).toBe(false);
    expect(isConsolePage('idsvc://console/assets/index.js', page)).toBe(false);
    expect(isConsolePage('idsvc://other/index.html', page)).toBe(false);
    expect(isConsolePage('https://example.com/', page)).toBe(false);
    expect(isConsolePage('not a url', page)).toBe(false);
  });

  it('grant only clipboard writes, for the Copy buttons', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
  });

  it('the CSP allows scripts only from the app itself and no plugins', () => {
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).toContain("object-src 'none'");
    expect(CONSOLE_CSP).not.toMatch(/unsafe-(inline|eval)/);
  });
});
