// What the desktop binary was asked to do: open the console window, or run `idsvc serve` headless
// (the systemd unit, a Windows service wrapper, a launchd job). The packaged app cannot run the CLI
// under plain Node (the RunAsNode fuse is off, and its native modules are built for Electron), so the
// binary itself serves. Pure, for a unit test.
export type LaunchMode = { kind: 'window' } | { kind: 'serve'; args: string[] };

/**
 * `argv` is process.argv: [binary, ...args] when packaged, [binary, appPath, ...args] from a checkout
 * (`defaultApp`). Chromium switches may come first; everything after `serve` belongs to it.
 */
export function launchMode(argv: readonly string[], defaultApp: boolean): LaunchMode {
  const args = argv.slice(defaultApp ? 2 : 1);
  const index = args.findIndex((arg) => !arg.startsWith('-'));
  if (index >= 0 && args[index] === 'serve') return { kind: 'serve', args: args.slice(index + 1) };
  return { kind: 'window' };
}
