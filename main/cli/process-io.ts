// The CliIo of a real process: its stdout and stderr, SIGINT/SIGTERM as the stop, for the idsvc
// executable and the desktop binary's headless `serve`.
import type { CliIo } from './cli-io';

export function processCliIo(rendererDir: string, version: string): CliIo {
  return {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
    write: (text) =>
      new Promise<void>((resolve) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    untilStopped: () =>
      new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
    rendererDir,
    version,
  };
}
