// idsvc operator ... and idsvc audit export, in-process over a real SQLite file, as the OS user running
// the tests: the first opener of a fresh data directory (all privileges), or a stranger to one that
// another account created (refused, nothing written).
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { openServices } from '../../../main/services/services';
import { Store } from '../../../main/store/store';
import { captureIo, type CapturedIo } from '../../fixtures/cli-io';
import { makeTempDir } from '../../fixtures/temp-dir';

const me = userInfo().username;

describe('idsvc operator and idsvc audit', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let io: CapturedIo;
  const run = async (...argv: string[]) => {
    io = captureIo(dir.path);
    const code = await runCli([...argv, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr, written: io.written.join('') };
  };
  const auditCount = () => {
    const store = Store.open(dataDir);
    try {
      return store.audit.newestFirst(1000).length;
    } finally {
      store.close();
    }
  };
  beforeEach(() => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
  });
  afterEach(() => dir.remove());

  it('list shows the creator with every privilege; add, grant, revoke, remove change and audit', async () => {
    const listed = await run('operator', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out.join('\n'))).toEqual([
      expect.objectContaining({
        account: me,
        privileges: ['configure-provisioning', 'manage-employees', 'view-activity', 'manage-operators'],
      }),
    ]);
    expect(await run('operator', 'add', 'bob', '--privilege', 'view-activity')).toMatchObject({
      code: 0,
      out: ['Added operator bob (View Provisioning Activity).'],
    });
    expect(
      await run('operator', 'grant', 'bob', '--privilege', 'manage-employees', '--privilege', 'manage-operators'),
    ).toMatchObject({
      code: 0,
      out: ['bob now holds (Manage Employees, View Provisioning Activity, Manage Operators).'],
    });
    expect(await run('operator', 'revoke', 'bob', '--privilege', 'view-activity')).toMatchObject({ code: 0 });
    const table = await run('operator', 'list');
    expect(table.out[0]).toMatch(/^ACCOUNT\s+PRIVILEGES\s+ADDED\s+ADDED BY$/);
    expect(table.out.some((line) => /^bob\s+manage-employees,manage-operators\s/.test(line))).toBe(true);
    expect(await run('operator', 'remove', 'bob')).toMatchObject({ code: 0, out: ['Removed operator bob.'] });

    const csv = await run('audit', 'export');
    expect(csv.code).toBe(0);
    const lines = csv.written.trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,time,operator,what,action,target,details');
    expect(lines.slice(1).map((line) => line.split(',').slice(2, 6))).toEqual([
      [me, 'Operator removed', 'operator.remove', 'bob'],
      [me, 'Operator privileges changed', 'operator.update', 'bob'],
      [me, 'Operator privileges changed', 'operator.update', 'bob'],
      [me, 'Operator privileges changed', 'operator.update', 'bob'],
      [me, 'Operator added', 'operator.add', 'bob'],
    ]);
    const json = await run('audit', 'export', '--format', 'json');
    expect(JSON.parse(json.written)).toHaveLength(5);
    const future = await run('audit', 'export', '--since', '2999-01-01', '--format', 'json');
    expect(JSON.parse(future.written)).toEqual([]);
  });

  it('refuses removing or demoting the last holder of Manage Operators', async () => {
    const removed = await run('operator', 'remove', me);
    expect(removed.code).toBe(1);
    expect(removed.err[0]).toMatch(/only operator who holds "Manage Operators"/);
    const revoked = await run('operator', 'revoke', me, '--privilege', 'manage-operators');
    expect(revoked.code).toBe(1);
    expect(auditCount()).toBe(0);
  });

  it('refuses bad usage with exit 2 and the privilege names in help', async () => {
    expect(await run('operator', 'add', 'bob', '--privilege', 'root')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/Unknown privilege 'root'. Use one of: configure-provisioning/)],
    });
    expect(await run('operator', 'grant', 'bob')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--privilege is required/)],
    });
    expect(await run('operator', 'constructor')).toMatchObject({ code: 2 });
    expect(await run('audit', 'export', '--since', '2026-02-30')).toMatchObject({ code: 2 });
    expect(await run('audit', 'export', '--format', 'xml')).toMatchObject({ code: 2 });
    io = captureIo(dir.path);
    await runCli(['--help'], io);
    expect(io.stdout.join('\n')).toMatch(/configure-provisioning\s+Configure Provisioning Settings/);
  });

  describe('as an account that holds nothing in a database another account created', () => {
    beforeEach(() => {
      openServices(dataDir, { firstOperator: { name: 'somebody-else' } }).close();
    });

    it.each([
      [['operator', 'list'], /"Manage Operators", which .* does not hold/],
      [['operator', 'add', me, '--privilege', 'manage-operators'], /"Manage Operators"/],
      [['token', 'list'], /holds no privilege/],
      [['token', 'revoke', 'some-id'], /"Configure Provisioning Settings"/],
      [['token', 'rotate-key'], /"Configure Provisioning Settings"/],
      [['audit', 'export'], /"View Provisioning Activity"/],
    ])('idsvc %s is refused, names who to ask, and writes nothing', async (argv, message) => {
      const result = await run(...argv);
      expect(result.code).toBe(1);
      expect(result.err).toEqual([expect.stringMatching(message)]);
      expect(result.err[0]).toMatch(/Ask an operator who holds "Manage Operators" \(somebody-else\)/);
      expect(result.written).toBe('');
      expect(auditCount()).toBe(0);
    });
  });
});
