import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { captureIo, type CapturedIo } from '../../fixtures/cli-io';
import { makeTempDir } from '../../fixtures/temp-dir';

describe('idsvc', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let io: CapturedIo;
  beforeEach(() => {
    dir = makeTempDir();
    io = captureIo(dir.path);
  });
  afterEach(() => dir.remove());

  it('console prints one line with the URL, serves until stopped, and exits 0', async () => {
    const dataDir = join(dir.path, 'data');
    const exit = runCli(['console', '--data-dir', dataDir, '--port', '0'], io);
    await expect.poll(() => io.stdout.length).toBe(1);
    const url = /^Identity Service Console: (http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]{43}))$/.exec(io.stdout[0]!);
    expect(url).not.toBeNull();
    const response = await fetch(`http://127.0.0.1:${url![2]}/api/settings:get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url![3]}` },
      body: '{}',
    });
    expect(response.status).toBe(200);
    io.stop();
    expect(await exit).toBe(0);
    expect(io.stderr).toEqual([]);
  });

  it.each([
    [['frob'], /Unknown command 'frob'/],
    [['console', '--port', 'abc'], /--port must be a whole number/],
    [['console', '--port', '70000'], /--port must be a whole number/],
    [['console', '--bogus'], /Unknown option '--bogus'/],
  ])('refuses %j with exit code 2 and one line on stderr', async (argv, message) => {
    expect(await runCli(argv, io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(message);
    expect(io.stdout).toEqual([]);
  });

  it('refuses to serve a console that was not built', async () => {
    const notBuilt = { ...io, rendererDir: join(dir.path, 'missing') };
    expect(await runCli(['console', '--data-dir', join(dir.path, 'data')], notBuilt)).toBe(2);
    expect(io.stderr[0]).toMatch(/npm run build/);
  });

  it('prints usage for --help (exit 0) and with no command (exit 2)', async () => {
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('idsvc console');
    expect(await runCli([], io)).toBe(2);
  });
});
