// Runs the real `idsvc serve` (the built CLI) on a data directory the console also uses, on a free
// loopback port, so e2e tests send real SCIM requests. `stop()` sends SIGTERM and waits for the exit.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'bin', 'idsvc.mjs');

export interface GatewayProcess {
  output(): string;
  /** Resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** A port nothing listens on right now: bound to 0, read, released. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function startGatewayProcess(dataDir: string, port: number): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const handle: GatewayProcess = {
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('gateway listening on')) resolve(handle);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`idsvc serve exited (${code}) before listening: ${output}`)));
  });
}
