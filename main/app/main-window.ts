// Creates the console window with its guards: no new windows, no navigation away, no permissions.
import { BrowserWindow, session, type WebContents } from 'electron';
import { CONSOLE_CSP } from '../console-api/content-security-policy';
import { isConsolePage, isPermissionAllowed, mainWindowOptions } from './window-options';

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONSOLE_CSP] } });
  });
}

export function guardContents(contents: WebContents, consolePageUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isConsolePage(url, consolePageUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isConsolePage(url, consolePageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export async function createMainWindow(preloadPath: string, consolePageUrl: string): Promise<BrowserWindow> {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  guardContents(window.webContents, consolePageUrl);
  window.once('ready-to-show', () => window.show());
  await window.loadURL(consolePageUrl);
  return window;
}
