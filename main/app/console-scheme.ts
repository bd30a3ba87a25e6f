// Serves the console page to the window over the custom privileged scheme `idsvc://console/` instead
// of file://: a file:// page may read other local files, and every file:// URL shares one origin. The
// handler maps a URL to a file of the renderer's build folder with consoleFileFor() (the refusals are
// unit-tested there) and sends the CSP header with each answer.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONSOLE_CSP } from '../console-api/content-security-policy';
import { CONSOLE_SCHEME, consoleContentType, consoleFileFor } from './console-scheme-path';

/** Before the app is ready: the scheme is standard (relative URLs, an origin) and secure, and may fetch. */
export function registerConsoleScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: CONSOLE_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After the app is ready: answers `idsvc://console/...` from `rendererRoot`, 404 for anything else. */
export function serveConsoleScheme(rendererRoot: string): void {
  protocol.handle(CONSOLE_SCHEME, async (request) => {
    const file = consoleFileFor(request.url, rendererRoot);
    const type = file === null ? null : consoleContentType(file);
    if (file === null || type === null || request.method !== 'GET') return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: { 'Content-Type': type, 'Content-Security-Policy': CONSOLE_CSP, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
