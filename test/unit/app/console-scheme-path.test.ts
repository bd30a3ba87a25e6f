// The custom scheme serves the renderer's build folder and nothing else: each refusal of
// consoleFileFor, and the files it does map.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_PAGE_URL, consoleContentType, consoleFileFor } from '../../../main/app/console-scheme-path';

const ROOT = '/opt/idsvc/resources/app.asar/dist/renderer';

describe('consoleFileFor', () => {
  it('maps the page, the bare origin and assets inside the build folder', () => {
    expect(CONSOLE_PAGE_URL).toBe('idsvc://console/index.html');
    expect(consoleFileFor(CONSOLE_PAGE_URL, ROOT)).toBe(join(ROOT, 'index.html'));
    expect(consoleFileFor('idsvc://console/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(consoleFileFor('idsvc://console/assets/index-abc.js', ROOT)).toBe(join(ROOT, 'assets', 'index-abc.js'));
    expect(consoleFileFor('idsvc://console/index.html?x=1#tokens', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(consoleFileFor('idsvc://console/assets/a%20b.css', ROOT)).toBe(join(ROOT, 'assets', 'a b.css'));
  });

  it.each([
    ['another scheme', 'file:///opt/idsvc/resources/app.asar/dist/renderer/index.html'],
    ['another host', 'idsvc://evil/index.html'],
    ['credentials', 'idsvc://user:pw@console/index.html'],
    ['a port', 'idsvc://console:80/index.html'],
    ['an encoded slash', 'idsvc://console/assets%2f..%2f..%2fmain.mjs'],
    ['an encoded backslash', 'idsvc://console/..%5c..%5cmain.mjs'],
    ['a backslash', 'idsvc://console/assets\\..\\..\\main.mjs'],
    ['an encoded NUL', 'idsvc://console/index.html%00.png'],
    ['an empty segment (a second slash)', 'idsvc://console//etc/passwd'],
    ['a malformed escape', 'idsvc://console/%E0%A4%A'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(consoleFileFor(url, ROOT)).toBeNull();
  });

  // The WHATWG URL parser resolves `..` and its encoded forms (`%2e%2e`, `.%2e`) against the path
  // before the handler sees it, and never above the URL's root: what comes back stays inside ROOT.
  it.each([
    ['idsvc://console/assets/../../../etc/passwd', join(ROOT, 'etc', 'passwd')],
    ['idsvc://console/%2e%2e/%2e%2e/etc/passwd', join(ROOT, 'etc', 'passwd')],
    ['idsvc://console/.%2e/secret', join(ROOT, 'secret')],
  ])('%s is resolved by the URL parser and stays inside the build folder', (url, file) => {
    expect(consoleFileFor(url, ROOT)).toBe(file);
  });

  it('serves only known file types', () => {
    expect(consoleContentType('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(consoleContentType('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(consoleContentType('/x/main.mjs.map')).toBeNull();
    expect(consoleContentType('/x/README')).toBeNull();
  });
});
