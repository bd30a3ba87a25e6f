// idsvc organization list|create|rename|move|delete, in-process over a real SQLite file, as the OS user
// running the tests (the first opener: every privilege) and as an operator without Configure
// Provisioning Settings (listing allowed, every change refused, nothing written). Organizations are
// named by their path, the root's name optional; refusals exit 2 (usage) or 1 (the console's refusal).
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../main/services/services';
import { auditListInput } from '../../../preload/audit-contract';
import { revokeFromMe, runIdsvc, withServices as withDataDir } from '../../fixtures/cli-io';
import { makeTempDir } from '../../fixtures/temp-dir';

const me = { name: userInfo().username };

describe('idsvc organization', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  const run = (...argv: string[]) => runIdsvc(dir.path, dataDir, argv);
  const withServices = <T>(work: (services: Services) => T): T => withDataDir(dataDir, work);
  const paths = () => withServices((s) => s.organizations.list().map((org) => org.path.join('/')));

  beforeEach(() => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
    withServices((s) => {
      const rootId = s.organizations.list()[0]!.id;
      const sales = s.organizations.create({ name: 'Sales', parentId: rootId }, me);
      s.directory.createLocal({ userName: 'amy', organizationId: sales.id }, me);
    });
  });
  afterEach(() => dir.remove());

  it('lists the tree indented, with the employees in each and below it; --json for scripts', async () => {
    expect(await run('organization', 'list')).toEqual({
      code: 0,
      out: ['Enterprise  (1 employee)', '  Sales  (1 employee)'],
      err: [],
      written: '',
    });
    const json = await run('organization', 'list', '--json');
    expect(JSON.parse(json.out.join('\n'))).toEqual([
      expect.objectContaining({ name: 'Enterprise', depth: 0, employees: 1 }),
      expect.objectContaining({ name: 'Sales', path: ['Enterprise', 'Sales'], employees: 1 }),
    ]);
  });

  it('creates, renames, moves and deletes by path, audited as the OS user', async () => {
    expect(await run('organization', 'create', 'Enterprise/Sales/EMEA')).toMatchObject({
      code: 0,
      out: ['Created Enterprise/Sales/EMEA.'],
    });
    expect(await run('organization', 'create', 'Support')).toMatchObject({ code: 0, out: ['Created Enterprise/Support.'] });
    expect(await run('organization', 'rename', 'sales/emea', 'EMEA North')).toMatchObject({
      code: 0,
      out: ['Renamed sales/emea to Enterprise/Sales/EMEA North.'],
    });
    expect(await run('organization', 'move', 'Sales/EMEA North', '--to', 'Enterprise/Support')).toMatchObject({
      code: 0,
      out: ['Moved Enterprise/Sales/EMEA North to Enterprise/Support/EMEA North.'],
    });
    expect(await run('organization', 'delete', 'Support/EMEA North')).toMatchObject({
      code: 0,
      out: ['Deleted Enterprise/Support/EMEA North.'],
    });
    expect(paths()).toEqual(['Enterprise', 'Enterprise/Sales', 'Enterprise/Support']);
    const audited = withServices((s) =>
      s.audit.list(auditListInput.parse({ limit: 5 })).entries.map((row) => [row.action, row.actor]),
    );
    expect(audited).toEqual([
      ['organization.delete', me.name],
      ['organization.move', me.name],
      ['organization.rename', me.name],
      ['organization.create', me.name],
      ['organization.create', me.name],
    ]);
  });

  it('refuses, naming what is wrong, and changes nothing', async () => {
    const before = paths();
    const refusals: Array<[string[], number, RegExp]> = [
      [['organization', 'rename'], 2, /Usage: idsvc organization rename PATH NAME\./],
      [['organization', 'move', 'Sales'], 2, /--to is required/],
      [['organization', 'list', '--to', 'x'], 2, /does not take --to/],
      [['organization', 'frobnicate'], 2, /Unknown organization command 'frobnicate'/],
      [['organization', 'rename', 'Nowhere', 'X'], 2, /PATH: there is no organization Nowhere\./],
      [['organization', 'move', 'Sales', '--to', 'Nowhere'], 2, /--to: there is no organization Nowhere\./],
      [['organization', 'create', 'Enterprise/SALES'], 1, /An organization named "SALES" already exists there\./],
      [['organization', 'create', 'Enterprise/'], 2, /Name is required\./],
      [['organization', 'rename', 'Sales', 'x'.repeat(101)], 2, /at most 100 characters/],
      [['organization', 'move', 'Enterprise', '--to', 'Sales'], 2, /The enterprise root cannot be moved\./],
      [['organization', 'delete', 'Sales'], 1, /1 employee is in it: move them first\./],
    ];
    for (const [argv, code, message] of refusals) {
      const result = await run(...argv);
      expect(result, argv.join(' ')).toMatchObject({ code, out: [] });
      expect(result.err, argv.join(' ')).toEqual([expect.stringMatching(message)]);
    }
    expect(paths()).toEqual(before);
  });

  describe('as an operator without Configure Provisioning Settings', () => {
    beforeEach(() => revokeFromMe(dataDir, 'configure-provisioning'));

    it('lists the tree, and every change is refused naming the privilege; nothing is written', async () => {
      expect((await run('organization', 'list')).code).toBe(0);
      for (const argv of [
        ['organization', 'create', 'Support'],
        ['organization', 'rename', 'Sales', 'Revenue'],
        ['organization', 'move', 'Sales', '--to', 'Enterprise'],
        ['organization', 'delete', 'Sales'],
      ]) {
        const result = await run(...argv);
        expect(result.code, argv.join(' ')).toBe(1);
        expect(result.err, argv.join(' ')).toEqual([
          expect.stringMatching(/"Configure Provisioning Settings", which .* does not hold/),
        ]);
      }
      expect(paths()).toEqual(['Enterprise', 'Enterprise/Sales']);
    });
  });
});
