// The desktop binary serves headless when asked to `serve` (the service definitions in README and
// build/linux/idsvc@.service), and opens the window otherwise.
import { describe, expect, it } from 'vitest';
import { launchMode } from '../../../main/app/launch-mode';

describe('launchMode', () => {
  it('packaged: `serve` after Chromium switches, its own options passed on', () => {
    expect(
      launchMode(
        ['/usr/bin/identity-service-console', '--ozone-platform=headless', '--disable-gpu', 'serve', '--port', '9443'],
        false,
      ),
    ).toEqual({
      kind: 'serve',
      args: ['--port', '9443'],
    });
    expect(launchMode(['C:\\Program Files\\Identity Service Console\\Identity Service Console.exe', 'serve'], false)).toEqual({
      kind: 'serve',
      args: [],
    });
  });

  it('from a checkout the app path comes first', () => {
    expect(launchMode(['/repo/node_modules/electron/dist/electron', '.', 'serve', '--data-dir', '/tmp/x'], true)).toEqual({
      kind: 'serve',
      args: ['--data-dir', '/tmp/x'],
    });
    expect(launchMode(['/repo/node_modules/electron/dist/electron', '.', '--data-dir', '/tmp/x'], true)).toEqual({
      kind: 'window',
    });
  });

  it('opens the window for no arguments, a file or URL the desktop passes, or `serve` that is not the command', () => {
    expect(launchMode(['/opt/x/identity-service-console'], false)).toEqual({ kind: 'window' });
    expect(launchMode(['/opt/x/identity-service-console', '--no-sandbox'], false)).toEqual({ kind: 'window' });
    expect(launchMode(['/opt/x/identity-service-console', 'console', 'serve'], false)).toEqual({ kind: 'window' });
    // The app path itself is never taken for the command.
    expect(launchMode(['/electron', 'serve'], true)).toEqual({ kind: 'window' });
  });
});
