// The desktop window's security settings, in one pure function so a unit test pins every flag.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 860,
    minWidth: 820,
    minHeight: 600,
    title: 'Identity Service Console',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Only the console's own page may load in the window; a hash change keeps the same document. */
export function isConsolePage(url: string, consolePageUrl: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(consolePageUrl);
    return target.protocol === own.protocol && target.host === own.host && target.pathname === own.pathname;
  } catch {
    return false;
  }
}

/** The console may write to the clipboard (Copy buttons); every other permission is refused. */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
