// The CliIo of a real process: its stdout and stderr, SIGINT/SIGTERM as the stop, for the idsvc
// executable and the desktop binary's headless `serve`.
import type { CliIo } from './cli-io';

/** How a command killed by SIGPIPE ends in a shell (128 + 13): what `git log | head` leaves behind. */
const READER_GONE_STATUS = 141;

export function processCliIo(rendererDir: string, version: string): CliIo {
  // A reader that stops early (`idsvc employees export | head`) closes the pipe: the process ends
  // quietly, as a command killed by SIGPIPE does, instead of with a stack trace, and writes no more.
  // Whatever it was doing ends there; a placements --apply is one transaction, applied whole or not.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(READER_GONE_STATUS);
  });
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
