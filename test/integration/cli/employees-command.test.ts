// idsvc employees export and idsvc employees place, in-process over a real SQLite file, as the OS user
// running the tests (the first opener: every privilege), and as an account without Manage Employees
// (refused, nothing written or moved). The export is the Employees view's; a placements file (the
// export itself, edited) is previewed and applied as in the console's import.
import { truncateSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../main/services/services';
import { settingsSaveInput } from '../../../preload/contract';
import { CSV_FILE_MAX_BYTES } from '../../../preload/csv-file-text';
import type { EmployeeView } from '../../../preload/employees-contract';
import { revokeFromMe, runIdsvc, withServices as withDataDir } from '../../fixtures/cli-io';
import { makeTempDir } from '../../fixtures/temp-dir';

const me = { name: userInfo().username };

describe('idsvc employees', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  const run = (...argv: string[]) => runIdsvc(dir.path, dataDir, argv);
  const withServices = <T>(work: (services: Services) => T): T => withDataDir(dataDir, work);
  const listOf = (userName: string) => ({
    search: userName,
    organizationId: null,
    source: null,
    status: null,
    awaitingPlacement: false,
    scimDeleted: null,
    sort: 'userName' as const,
    descending: false,
    limit: 1,
    cursor: null,
  });
  const organizationOf = (userName: string) => withServices((s) => s.directory.list(listOf(userName)).items[0]?.organizationPath);

  beforeEach(() => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
    withServices((s) => {
      const rootId = s.organizations.list()[0]!.id;
      const sales = s.organizations.create({ name: 'Sales', parentId: rootId }, me);
      s.organizations.create({ name: 'München', parentId: sales.id }, me);
      s.directory.createLocal({ userName: 'amy', firstName: 'Amy', organizationId: sales.id }, me);
      s.directory.createLocal({ userName: 'bob', firstName: 'Bob', organizationId: rootId }, me);
      s.directory.createLocal({ userName: 'cy', firstName: 'Cy', organizationId: rootId }, me);
    });
  });
  afterEach(() => dir.remove());

  it('export streams what the filters select as CSV or JSON; the organization is a path, the root optional', async () => {
    const csv = await run('employees', 'export');
    expect(csv).toMatchObject({ code: 0, err: [] });
    const lines = csv.written.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^\uFEFFuserName,firstName,lastName,status,.*,organization,organizationId,source,scimDeletedAt,scimOwnedFields,id,updatedAt$/,
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['amy', 'bob', 'cy']);
    const names = async (...filter: string[]) => {
      const result = await run('employees', 'export', '--format', 'json', ...filter);
      expect(result.code).toBe(0);
      return (JSON.parse(result.written) as EmployeeView[]).map((employee) => employee.userName);
    };
    expect(await names('--organization', 'Enterprise/Sales')).toEqual(['amy']);
    expect(await names('--organization', 'sales')).toEqual(['amy']);
    expect(await names('--search', 'C')).toEqual(['cy']);
    expect(await names('--source', 'scim')).toEqual([]);
    expect(await names('--status', 'active', '--source', 'local')).toEqual(['amy', 'bob', 'cy']);
    expect(await names('--awaiting-placement')).toEqual([]);
    expect(await names('--scim-deleted')).toEqual([]);
    // One the identity provider created and then deleted: kept, and what --scim-deleted lists.
    withServices((s) => {
      const { version } = s.settings.get();
      const newUserOrganizationId = s.organizations.list()[0]!.id;
      const settings = { version, enabled: true, tenantUrl: 'https://a.example/scim/v2', newUserOrganizationId };
      s.settings.save(settingsSaveInput.parse({ ...settings, syncedFields: [] }), me);
      const schemas = ['urn:ietf:params:scim:schemas:core:2.0:User'];
      s.employees.delete(s.employees.create({ schemas, userName: 'dee' }).employee.id);
      s.employees.create({ schemas, userName: 'eve' });
    });
    expect(await names('--scim-deleted')).toEqual(['dee']);
    expect(await names('--source', 'scim')).toEqual(['dee', 'eve']);
  });

  it('export refuses bad options naming them, with exit 2 and nothing written', async () => {
    for (const [argv, message] of [
      [['--format', 'xml'], /--format must be csv or json, not 'xml'/],
      [['--source', 'ldap'], /--source must be scim or local, not 'ldap'/],
      [['--status', 'gone'], /--status must be active or inactive/],
      [['--organization', 'Enterprise/Nowhere'], /--organization: there is no organization Enterprise\/Nowhere/],
      [['--search', 'x'.repeat(5000)], /--search: Search must be at most/],
      [['--limit', '5'], /Unknown option '--limit'/],
    ] as const) {
      const result = await run('employees', 'export', ...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toEqual([expect.stringMatching(message)]);
      expect(result.written).toBe('');
    }
    expect((await run('employees', 'fire', 'bob')).err).toEqual([expect.stringMatching(/Use one of: export, place/)]);
  });

  it('place previews a file and moves nothing; --apply moves every row it can in one go', async () => {
    const file = join(dir.path, 'placements.csv');
    // Windows-1252 bytes, as Excel saves "CSV": the ü is 0xFC.
    writeFileSync(
      file,
      Buffer.from('userName;organization\r\nbob;Enterprise/Sales/M\u00fcnchen\r\nnobody;Sales\r\ncy;Enterprise\r\n', 'latin1'),
    );
    const preview = await run('employees', 'place', file);
    expect(preview.code).toBe(0);
    expect(preview.out).toEqual([
      `${file}: 1 move, 1 unchanged, 1 problem (skipped).`,
      'move  line 2: bob  Enterprise -> Enterprise/Sales/München',
      'skip  Line 3: no employee has the userName nobody.',
      'Nothing was changed. Run again with --apply to apply them.',
    ]);
    expect(organizationOf('bob')).toEqual(['Enterprise']);
    const applied = await run('employees', 'place', file, '--apply');
    expect(applied.code).toBe(0);
    expect(applied.out.at(-1)).toBe('Moved 1 employee.');
    expect(organizationOf('bob')).toEqual(['Enterprise', 'Sales', 'München']);
  });

  it('place reads the export back: the organization and a field edited, the same file moves and edits', async () => {
    const exported = (await run('employees', 'export')).written;
    const header = exported
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    const file = join(dir.path, 'edited.csv');
    const edited = exported
      .split('\r\n')
      .map((line) => {
        const cells = line.split(',');
        if (cells[0] === 'cy') cells[header.indexOf('organization')] = 'Enterprise/Sales';
        if (cells[0] === 'bob') cells[header.indexOf('city')] = 'Lyon';
        return cells.join(',');
      })
      .join('\r\n');
    writeFileSync(file, edited);
    const preview = await run('employees', 'place', file);
    expect(preview.out).toEqual([
      `${file}: 1 move, 1 edit, 1 unchanged.`,
      'move  line 4: cy  Enterprise -> Enterprise/Sales',
      'edit  line 3: bob  City: (none) -> Lyon',
      'Nothing was changed. Run again with --apply to apply them.',
    ]);
    const applied = await run('employees', 'place', file, '--apply');
    expect(applied.out.at(-1)).toBe('Moved 1 employee, edited 1 employee.');
    expect(organizationOf('cy')).toEqual(['Enterprise', 'Sales']);
    expect(withServices((s) => s.directory.list(listOf('bob')).items[0]?.city)).toBe('Lyon');
  });

  it('place refuses a missing file or a second argument', async () => {
    const missing = await run('employees', 'place', join(dir.path, 'nope.csv'));
    expect(missing).toMatchObject({ code: 2, err: [expect.stringMatching(/Cannot read .*nope\.csv: ENOENT/)] });
    expect((await run('employees', 'place', 'a.csv', 'b.csv')).err).toEqual([expect.stringMatching(/exactly one file/)]);
  });

  it('place refuses a file over the limit by its size, before reading it, and moves nobody', async () => {
    const file = join(dir.path, 'huge.csv');
    writeFileSync(file, 'userName,organization\nbob,Enterprise/Sales\n');
    // Sparse: the size is there at once, the bytes never written.
    truncateSync(file, CSV_FILE_MAX_BYTES + 1);
    const refused = await run('employees', 'place', file, '--apply');
    expect(refused).toMatchObject({ code: 2, err: [`idsvc: ${file}: The file is larger than 100 MB.`] });
    expect(organizationOf('bob')).toEqual(['Enterprise']);
  });

  describe('as an operator without Manage Employees', () => {
    beforeEach(() => revokeFromMe(dataDir, 'manage-employees'));

    it('export and place are refused naming the privilege; nothing is written or moved', async () => {
      const exported = await run('employees', 'export', '--organization', 'Enterprise/Nowhere');
      expect(exported.code).toBe(1);
      expect(exported.err).toEqual([expect.stringMatching(/"Manage Employees", which .* does not hold/)]);
      expect(exported.written).toBe('');
      const file = join(dir.path, 'placements.csv');
      writeFileSync(file, 'bob,Enterprise/Sales\n');
      const placed = await run('employees', 'place', file, '--apply');
      expect(placed.code).toBe(1);
      expect(placed.err).toEqual([expect.stringMatching(/"Manage Employees"/)]);
      expect(organizationOf('bob')).toEqual(['Enterprise']);
    });
  });
});
