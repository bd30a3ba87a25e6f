// Runs `idsvc serve` inside the desktop binary with no window: the same command, options and exit
// codes as the CLI, so a service definition reads like the README's `idsvc serve` line.
import { app } from 'electron';
import { processCliIo } from '../cli/process-io';
import { runCli } from '../cli/run-cli';

export function runHeadlessServe(args: string[], version: string): void {
  app.dock?.hide();
  const io = processCliIo('', version);
  void app
    .whenReady()
    .then(() => runCli(['serve', ...args], io))
    .then(
      (code) => app.exit(code),
      (error: unknown) => {
        io.err(`idsvc: ${error instanceof Error ? error.message : String(error)}`);
        app.exit(1);
      },
    );
}
