// Which file of the renderer's build folder an `idsvc://console/...` URL names, or null. Pure (no
// Electron) so a unit test can hold every refusal: the window loads the console over this custom
// privileged scheme instead of file://, and nothing outside the build folder may be served.
import { isAbsolute, join, relative, sep } from 'node:path';

export const CONSOLE_SCHEME = 'idsvc';
export const CONSOLE_HOST = 'console';
export const CONSOLE_PAGE_URL = `${CONSOLE_SCHEME}://${CONSOLE_HOST}/index.html`;

const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
  ['.json', 'application/json'],
]);

/**
 * `root` is the absolute build folder. Refused: another scheme or host, `..` segments (raw or
 * percent-encoded), encoded separators, backslashes, NUL, an absolute path after decoding, and
 * anything that resolves outside `root`. The bare origin serves index.html.
 */
export function consoleFileFor(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${CONSOLE_SCHEME}:` || parsed.host !== CONSOLE_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  const rawPath = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  // The URL parser already removed plain `.` and `..` segments; what is left encoded is refused whole.
  if (/%2f|%5c|%00|%2e/i.test(rawPath) || rawPath.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\0'))) return null;
  const relativePath = segments.join(sep);
  if (isAbsolute(relativePath)) return null;
  const file = join(root, relativePath);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** The Content-Type of a build file; files of other kinds are not served. */
export function consoleContentType(file: string): string | null {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? null : (CONTENT_TYPES.get(file.slice(dot).toLowerCase()) ?? null);
}
