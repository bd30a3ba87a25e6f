// The idsvc executable: real process I/O around runCli.
import { fileURLToPath } from 'node:url';
import { processCliIo } from './process-io';
import { runCli } from './run-cli';

declare const IDSVC_VERSION: string;

const io = processCliIo(fileURLToPath(new URL('./renderer/', import.meta.url)), IDSVC_VERSION);

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`idsvc: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
