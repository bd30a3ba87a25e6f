// The built idsvc run as a second, unprivileged Linux account (useradd, runuser) against a data
// directory shared with it through a group, as the README describes: the account can open the database
// (the files allow it), holds no privilege, and the dispatcher refuses it: CLI and `idsvc console`
// alike, with nothing written. Then a privilege granted to it works, so the refusals were the
// dispatcher's and not the file system's. Needs root (to create the account) and the build.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../main/services/services';
import { Store } from '../../../main/store/store';
import { databasePath } from '../../../main/store/database';

const CLI = join(process.cwd(), 'bin', 'idsvc.mjs');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasTools = ['/usr/sbin/useradd', '/usr/sbin/runuser', '/usr/sbin/groupadd'].every((tool) => existsSync(tool));
const built = existsSync(join(process.cwd(), 'dist', 'cli.mjs'));
const skipReason = !isRoot
  ? 'needs root to create a second Linux account (useradd) and run idsvc as it (runuser)'
  : !hasTools
    ? 'needs useradd, groupadd and runuser'
    : !built
      ? 'needs the built CLI (npm run build)'
      : null;

const ACCOUNT = `idsvc-op${process.pid}`.slice(0, 30);
const GROUP = `idsvc-sh${process.pid}`.slice(0, 30);

describe.skipIf(skipReason !== null)(
  `idsvc as a second, unprivileged account${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let dataDir: string;
    let services: Services;
    let store: Store;

    const asAccount = (...argv: string[]) =>
      spawnSync('/usr/sbin/runuser', ['-u', ACCOUNT, '--', process.execPath, CLI, ...argv, '--data-dir', dataDir], {
        encoding: 'utf8',
        cwd: '/',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent' },
        timeout: 30_000,
      });
    const counts = () =>
      store.db
        .prepare(
          `SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM operators) AS operators,
                (SELECT count(*) FROM operator_privileges) AS privileges, (SELECT count(*) FROM signing_keys) AS keys,
                (SELECT version FROM provisioning_settings) AS settingsVersion`,
        )
        .get();

    beforeAll(() => {
      execFileSync('/usr/sbin/groupadd', [GROUP]);
      execFileSync('/usr/sbin/useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', '--groups', GROUP, ACCOUNT]);
      // The README's recipe: a directory owned by the group, setgid so new files join the group, group rwx.
      dataDir = mkdtempSync(join(tmpdir(), 'idsvc-shared-'));
      chownSync(dataDir, 0, Number(execFileSync('getent', ['group', GROUP], { encoding: 'utf8' }).split(':')[2]));
      chmodSync(dataDir, 0o2770);
      // root creates the database: the all-privileges operator.
      store = Store.open(dataDir);
      services = createServices(store);
      expect(services.operators.whoami({ name: 'root' }).privileges).toContain('manage-operators');
    });

    afterAll(() => {
      services?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      spawnSync('/usr/sbin/userdel', [ACCOUNT]);
      spawnSync('/usr/sbin/groupdel', [GROUP]);
    });

    it('the shared directory gives the database files to the group, read/write, and nobody else', () => {
      for (const file of [databasePath(dataDir), `${databasePath(dataDir)}-wal`, `${databasePath(dataDir)}-shm`]) {
        expect([file, statSync(file).mode & 0o777]).toEqual([file, 0o660]);
      }
    });

    it.each([
      [['token', 'rotate-key'], /"Configure Provisioning Settings", which idsvc-op\d+ does not hold/],
      [['token', 'list'], /idsvc-op\d+ holds no privilege/],
      [['token', 'revoke', 'x'], /"Configure Provisioning Settings"/],
      [['operator', 'add', ACCOUNT, '--privilege', 'manage-operators'], /"Manage Operators", which idsvc-op\d+ does not hold/],
      [['operator', 'list'], /"Manage Operators"/],
      [['audit', 'export'], /"View Provisioning Activity"/],
    ])('idsvc %s is refused by the dispatcher, naming who to ask, and writes nothing', (argv, message) => {
      const before = counts();
      const result = asAccount(...argv);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/Ask an operator who holds "Manage Operators" \(root\)/);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(counts()).toEqual(before);
    });

    it('idsvc console run by it refuses every privileged call over HTTP and tells the page what it holds', async () => {
      const before = counts();
      const child = spawn(
        '/usr/sbin/runuser',
        ['-u', ACCOUNT, '--', process.execPath, CLI, 'console', '--port', '0', '--data-dir', dataDir],
        {
          cwd: '/',
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent' },
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        },
      );
      try {
        const url = await consoleUrl(child);
        const { origin } = new URL(url);
        const token = url.split('#token=')[1]!;
        const call = async (channel: string, body: unknown) => {
          const response = await fetch(`${origin}/api/${channel}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          });
          return {
            status: response.status,
            body: (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } },
          };
        };
        expect(await call('session:whoami', {})).toEqual({
          status: 200,
          body: { ok: true, value: { account: ACCOUNT, privileges: [], operatorManagers: ['root'] } },
        });
        const save = await call('settings:save', {
          version: 1,
          enabled: false,
          tenantUrl: 'https://evil.example/scim',
          newUserOrganizationId: null,
          syncedFields: [],
        });
        expect(save.status).toBe(403);
        expect(save.body.error).toMatchObject({
          code: 'forbidden',
          message: expect.stringMatching(/Configure Provisioning Settings/),
        });
        for (const [channel, body] of [
          ['settings:get', {}],
          ['tokens:rotate-key', {}],
          ['operators:add', { account: ACCOUNT, privileges: ['manage-operators'] }],
          ['operators:grant', { account: 'root', privilege: 'view-activity' }],
          ['employees:list', {}],
          ['audit:list', {}],
        ] as const) {
          expect([channel, (await call(channel, body)).status]).toEqual([channel, 403]);
        }
        const csv = await fetch(`${origin}/export/audit.csv`, { headers: { Authorization: `Bearer ${token}` } });
        expect(csv.status).toBe(403);
        expect(counts()).toEqual(before);
      } finally {
        await stop(child);
      }
    });

    it('once granted a privilege it may use exactly that: the refusals were the dispatcher, not the file system', () => {
      services.operators.add(ACCOUNT, ['configure-provisioning'], { name: 'root' });
      const listed = asAccount('token', 'list', '--json');
      expect(listed.stderr).toBe('');
      expect(listed.status).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([]);
      expect(asAccount('operator', 'list').status).toBe(1);
    });
  },
);

function consoleUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`idsvc console did not print its URL: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`idsvc console exited (${code}): ${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}
