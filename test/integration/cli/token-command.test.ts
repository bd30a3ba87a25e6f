// idsvc token ... in-process, against the real OS keychain (the test command provides a D-Bus session
// with GNOME Keyring) and a real SQLite file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { captureIo, type CapturedIo } from '../../fixtures/cli-io';
import { makeTempDir } from '../../fixtures/temp-dir';

describe.skipIf(!process.env.DBUS_SESSION_BUS_ADDRESS)('idsvc token (real keychain; needs a D-Bus session)', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let io: CapturedIo;
  const run = async (...argv: string[]) => {
    io = captureIo(dir.path);
    const code = await runCli([...argv, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  beforeEach(() => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
  });
  // The keyring itself is throw-away: scripts/with-keyring.sh gives every test run a fresh one.
  afterEach(() => dir.remove());

  it('create prints only the token; list shows it; revoke revokes it once', async () => {
    const created = await run('token', 'create', '--label', 'Entra ID prod', '--expires', '2030-06-30');
    expect(created.code).toBe(0);
    expect(created.out).toHaveLength(1);
    const token = created.out[0]!;
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', typ: 'JWT' });
    const claims = decodeJwt(token);
    expect(claims.exp).toBe(Math.floor(new Date(2030, 5, 30, 23, 59, 59).getTime() / 1000));

    const listed = await run('token', 'list', '--json');
    const [row] = JSON.parse(listed.out.join('\n'));
    expect(row).toMatchObject({ id: claims.jti, label: 'Entra ID prod', status: 'active', revokedAt: null });

    const table = await run('token', 'list');
    expect(table.out[0]).toMatch(/^ID\s+LABEL\s+STATUS/);
    expect(table.out[1]).toContain('Entra ID prod');

    expect((await run('token', 'revoke', String(claims.jti))).code).toBe(0);
    const again = await run('token', 'revoke', String(claims.jti));
    expect(again.code).toBe(1);
    expect(again.err).toEqual([expect.stringMatching(/already revoked/)]);
    expect(JSON.parse((await run('token', 'list', '--json')).out.join('\n'))[0].status).toBe('revoked');

    const files = readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name)));
    expect(files.some((bytes) => bytes.includes(token))).toBe(false);
    expect(files.some((bytes) => bytes.includes(token.split('.')[2]!))).toBe(false);
  });

  it.each([
    [['token', 'create', '--expires', '2030-01-01'], /--label is required/],
    [['token', 'create', '--label', 'x'], /--expires is required/],
    [['token', 'create', '--label', 'x', '--expires', '2030-02-30'], /YYYY-MM-DD/],
    [['token', 'create', '--label', 'x', '--expires', '31/12/2030'], /YYYY-MM-DD/],
    [['token', 'create', '--label', 'x', '--expires', '2001-01-01'], /in the future/],
    [['token', 'create', '--label', 'x', '--expires', '2099-01-01'], /at most 15 years/],
    [['token', 'create', '--label', ' ', '--expires', '2030-01-01'], /Enter a label/],
    [['token', 'create', '--label', 'y'.repeat(101), '--expires', '2030-01-01'], /at most 100 characters/],
    [['token', 'list', '--label', 'x'], /does not take --label/],
    [['token', 'revoke'], /exactly one token id/],
    [['token', 'frob'], /Unknown token command/],
    [['token', 'constructor'], /Unknown token command/],
    [['token', 'toString', '--json'], /Unknown token command/],
    [['token', '__proto__'], /Unknown token command/],
  ])('refuses %j with exit 2, one stderr line, and creates nothing', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(message)]);
    expect(result.out).toEqual([]);
    expect(JSON.parse((await run('token', 'list', '--json')).out.join('\n'))).toEqual([]);
  });

  it('revoking an unknown id fails with exit 1', async () => {
    const result = await run('token', 'revoke', 'no-such-token');
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/no token with this id/)]);
  });
});
