// What a command may touch of the outside world, passed in so commands run the same under tests.
export interface CliIo {
  out(line: string): void;
  /** Writes text as is, waiting while stdout is full: for streamed output (`idsvc audit export`). */
  write(text: string): Promise<void>;
  err(line: string): void;
  /** Resolves on SIGINT or SIGTERM. */
  untilStopped(): Promise<void>;
  /** The built renderer, served by `idsvc console`. */
  rendererDir: string;
  version: string;
}
