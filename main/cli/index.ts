// The idsvc executable: real process I/O around runCli.
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

declare const IDSVC_VERSION: string;

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  write: (text: string) =>
    new Promise<void>((resolve) => {
      if (process.stdout.write(text)) resolve();
      else process.stdout.once('drain', () => resolve());
    }),
  untilStopped: () =>
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
  rendererDir: fileURLToPath(new URL('./renderer/', import.meta.url)),
  version: IDSVC_VERSION,
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`idsvc: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
