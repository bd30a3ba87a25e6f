// "Import placements (CSV)" over a real SQLite file: the preview says what would move and what cannot
// (unknown userName or organization, duplicates, malformed lines) and writes nothing; applying moves
// every listed employee in one transaction, or none.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceError } from '../../../main/services/errors';
import { PLACEMENT_PREVIEW_LISTED, employeeListInput } from '../../../preload/employees-contract';
import { enableProvisioning, servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ann = { name: 'ann' };
const scimUser = (userName: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  name: { givenName: 'G', familyName: 'F' },
});

describe('placement import', () => {
  let fx: ServicesFixture;
  let rootId: string;
  let emeaId: string;
  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
    const sales = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, ann);
    emeaId = fx.services.organizations.create({ name: 'EMEA, North', parentId: sales.id }, ann).id;
    enableProvisioning(fx);
    for (const name of ['ann@x.example', 'bob@x.example', 'cy@x.example', 'dee@x.example'])
      fx.services.employees.create(scimUser(name));
  });
  afterEach(() => fx.dispose());

  const CSV = [
    'userName,organization',
    'ANN@x.example,"Enterprise/Sales/EMEA, North"',
    'bob@x.example,sales',
    'nobody@x.example,Enterprise/Sales',
    'dee@x.example,Enterprise/Nowhere',
    'ann@x.example,Enterprise',
    'just-one-column',
    'cy@x.example,Enterprise',
    '',
  ].join('\r\n');

  it('lists the first 1,000 of each kind and counts them all; Apply applies them all', () => {
    const names = Array.from({ length: 1200 }, (_, n) => `person.${String(n).padStart(4, '0')}`);
    for (const userName of names) fx.services.directory.createLocal({ userName, organizationId: rootId }, ann);
    const lines = [
      'userName,organization',
      ...names.map((name) => `${name},Enterprise/Sales`),
      ...Array.from({ length: 1500 }, (_, n) => `gone.${n},Enterprise/Sales`),
    ];
    const preview = fx.services.placements.preview(lines.join('\n'));
    expect(preview.counts).toEqual({ moves: 1200, edits: 0, fieldChanges: 0, ownedCells: 0, problems: 1500 });
    expect(preview.moves).toHaveLength(PLACEMENT_PREVIEW_LISTED);
    expect(preview.moves.at(-1)).toMatchObject({ line: PLACEMENT_PREVIEW_LISTED + 1, userName: names[999] });
    expect(preview.problems).toHaveLength(PLACEMENT_PREVIEW_LISTED);
    expect(fx.services.placements.apply(lines.join('\n'), ann)).toEqual({ moved: 1200, edited: 0 });
    // Every one of them moved, the 200 beyond the list too.
    const salesId = fx.services.organizations.list().find((org) => org.name === 'Sales')!.id;
    const inSales = employeeListInput.parse({ search: 'person.', organizationId: salesId, limit: 1 });
    expect(fx.services.directory.list(inSales).total).toBe(1200);
  });

  it('previews moves and problems with their lines, and writes nothing', () => {
    const before = fx.store.audit.newestFirst(100).length;
    const preview = fx.services.placements.preview(CSV);
    expect(preview.moves).toEqual([
      expect.objectContaining({
        line: 2,
        userName: 'ann@x.example',
        from: ['Enterprise'],
        to: ['Enterprise', 'Sales', 'EMEA, North'],
      }),
      expect.objectContaining({ line: 3, userName: 'bob@x.example', to: ['Enterprise', 'Sales'] }),
    ]);
    expect(preview.problems.map((p) => [p.line, p.kind])).toEqual([
      [4, 'unknown_user'],
      [5, 'unknown_organization'],
      [6, 'duplicate'],
      [7, 'malformed'],
    ]);
    // Line 8 names the organization cy is already in.
    expect(preview.unchanged).toBe(1);
    expect(fx.services.directory.awaitingPlacementCount()).toBe(4);
    expect(fx.store.audit.newestFirst(100)).toHaveLength(before);
  });

  it('applies every move in one transaction with an audit row each', () => {
    expect(fx.services.placements.apply(CSV, ann)).toEqual({ moved: 2, edited: 0 });
    expect(fx.services.directory.awaitingPlacementCount()).toBe(2);
    const audits = fx.store.audit.newestFirst(10).filter((row) => row.action === 'employee.move');
    expect(audits).toHaveLength(2);
  });

  it('moves nobody when one move fails midway', () => {
    const directory = fx.services.directory;
    const original = directory.moveInTransaction.bind(directory);
    let calls = 0;
    const spy = vi.spyOn(directory, 'moveInTransaction').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      original(...args);
    });
    expect(() => fx.services.placements.apply(CSV, ann)).toThrow('disk full');
    spy.mockRestore();
    expect(fx.services.directory.awaitingPlacementCount()).toBe(4);
    expect(fx.store.audit.newestFirst(10).filter((row) => row.action === 'employee.move')).toEqual([]);
    expect(
      fx.services.directory.list({
        search: 'ann',
        organizationId: emeaId,
        source: null,
        status: null,
        awaitingPlacement: false,
        scimDeleted: null,
        sort: 'userName',
        descending: false,
        limit: 10,
        cursor: null,
      }).items,
    ).toEqual([]);
  });

  it('reads the semicolon- and tab-separated files Excel saves, and its sep= line', () => {
    const moved = (csv: string) => fx.services.placements.preview(csv).moves.map((move) => [move.line, move.userName, move.to]);
    const emea = ['Enterprise', 'Sales', 'EMEA, North'];
    // Without a header, each line's one semicolon decides; the comma inside the quotes is the name's.
    expect(moved('ann@x.example;"Enterprise/Sales/EMEA, North"\r\nbob@x.example;Sales\r\n')).toEqual([
      [1, 'ann@x.example', emea],
      [2, 'bob@x.example', ['Enterprise', 'Sales']],
    ]);
    // A header names the delimiter even when a row holds one comma and one semicolon.
    expect(moved('userName;organization\nann@x.example;Sales/EMEA, North\n')).toEqual([[2, 'ann@x.example', emea]]);
    expect(moved('ann@x.example\tSales/EMEA, North\n')).toEqual([[1, 'ann@x.example', emea]]);
    // Excel's first line names the separator; lines keep their numbers in the file.
    const named = fx.services.placements.preview('sep=;\nuserName;organization\nann@x.example;Sales\nbob@x.example\n');
    expect(named.moves.map((move) => [move.line, move.userName])).toEqual([[3, 'ann@x.example']]);
    expect(named.problems).toEqual([
      expect.objectContaining({ line: 4, kind: 'malformed', message: 'Line 4 has 1 column; expected userName;organization.' }),
    ]);
  });

  it('reads the userName and organization columns a header names among others (an HR sheet, edited)', () => {
    const sheet = [
      'Employee Number;Organization;First Name;USERNAME;Team',
      '17;Sales/EMEA, North;Ann;ann@x.example;Blue',
      '18;Sales',
      '19;Enterprise;G;bob@x.example;Red;an extra cell',
      '20;Enterprise;G;cy@x.example;Green',
    ].join('\n');
    const preview = fx.services.placements.preview(sheet);
    expect(preview.moves.map((move) => [move.line, move.userName, move.to])).toEqual([
      [2, 'ann@x.example', ['Enterprise', 'Sales', 'EMEA, North']],
    ]);
    expect(preview.problems).toEqual([
      expect.objectContaining({
        line: 3,
        kind: 'malformed',
        message: "Line 3 has 2 columns; expected at least 4, through the header's USERNAME column.",
      }),
    ]);
    // Columns naming catalog fields (by label, in any case) are edits; Team is nobody's field.
    expect(preview.edits.map((edit) => [edit.line, edit.changes])).toEqual([
      [2, [{ field: 'employeeNumber', from: null, to: '17' }]],
      [4, [{ field: 'employeeNumber', from: null, to: '19' }]],
      [5, [{ field: 'employeeNumber', from: null, to: '20' }]],
    ]);
    // The identity provider owns First Name: ann's "Ann" is left as WFO has it ("G"), and her line still applies.
    expect(preview.ownedCells).toEqual([
      expect.objectContaining({ line: 2, userName: 'ann@x.example', field: 'firstName', from: 'G', to: 'Ann' }),
    ]);
    expect(preview.unchanged).toBe(0);
    // A header naming a column twice is not a header: its line is refused like any other.
    const twice = fx.services.placements.preview('userName,organization,userName\nann@x.example,Sales,x\n');
    expect(twice.problems.map((problem) => problem.line)).toEqual([1, 2]);
  });

  it('applies the cells of fields WFO owns as edits, one change (version, audit row) per employee with its move', () => {
    const local = fx.services.directory.createLocal({ userName: 'lee@x.example', firstName: 'Lee', organizationId: rootId }, ann);
    const sheet = [
      'userName,firstName,status,city,workPhone,organization',
      // An exported phone begins with an apostrophe (defused for spreadsheets): the value is without it.
      "ann@x.example,G,active,Lyon,'+1 512 555 0101,Sales",
      'lee@x.example,Leona,INACTIVE,,,Enterprise',
      'bob@x.example,G,inactive,Porto,,Enterprise',
    ].join('\r\n');
    const preview = fx.services.placements.preview(sheet);
    expect(preview.edits.map((edit) => [edit.userName, edit.changes])).toEqual([
      [
        'ann@x.example',
        [
          { field: 'city', from: null, to: 'Lyon' },
          { field: 'workPhone', from: null, to: '+1 512 555 0101' },
        ],
      ],
      [
        'lee@x.example',
        [
          { field: 'firstName', from: 'Lee', to: 'Leona' },
          { field: 'status', from: 'active', to: 'inactive' },
        ],
      ],
      ['bob@x.example', [{ field: 'city', from: null, to: 'Porto' }]],
    ]);
    // Status is synced: bob's "inactive" is the identity provider's to set; his city still changes.
    expect(preview.ownedCells).toEqual([
      expect.objectContaining({ line: 4, userName: 'bob@x.example', field: 'status', from: 'active', to: 'inactive' }),
    ]);
    expect(preview.moves.map((move) => move.userName)).toEqual(['ann@x.example']);
    const before = fx.store.audit.newestFirst(100).length;
    expect(fx.services.placements.apply(sheet, ann)).toEqual({ moved: 1, edited: 3 });

    const annNow = fx.services.directory.list(employeeListInput.parse({ search: 'ann@' })).items[0]!;
    expect(annNow).toMatchObject({ city: 'Lyon', workPhone: '+1 512 555 0101', organizationPath: ['Enterprise', 'Sales'] });
    expect(annNow.version).toBe(2);
    expect(fx.services.directory.get(local.id)).toMatchObject({ firstName: 'Leona', status: 'inactive', version: 2 });
    const bobNow = fx.services.directory.list(employeeListInput.parse({ search: 'bob@' })).items[0]!;
    expect(bobNow).toMatchObject({ city: 'Porto', status: 'active' });
    // One audit row per employee: ann's edit and move together, with the old and new values.
    const audits = fx.store.audit.newestFirst(100).slice(0, fx.store.audit.newestFirst(100).length - before);
    expect(audits).toHaveLength(3);
    const annAudit = audits.find((row) => row.target === annNow.id)!;
    expect(annAudit.action).toBe('employee.update');
    expect((annAudit.details as { changes: unknown }).changes).toEqual({
      city: { old: null, new: 'Lyon' },
      workPhone: { old: null, new: '+1 512 555 0101' },
      organization: { old: 'Enterprise', new: 'Enterprise/Sales' },
    });
    // Applied again, the file finds everything as it says.
    const again = fx.services.placements.preview(sheet);
    expect([again.moves, again.edits, again.unchanged]).toEqual([[], [], 3]);
  });

  it('skips a line whose value WFO would refuse, naming the field, and applies the others', () => {
    fx.services.directory.createLocal({ userName: 'lee@x.example', organizationId: rootId }, ann);
    const sheet = [
      'userName,organization,email,status,city',
      'lee@x.example,Sales,not-an-address,active,',
      'ann@x.example,Sales,,retired,',
      `cy@x.example,Sales,,active,${'x'.repeat(201)}`,
      'dee@x.example,Sales,,active,Lyon',
    ].join('\n');
    const preview = fx.services.placements.preview(sheet);
    expect(preview.problems).toEqual([
      { line: 2, kind: 'invalid_value', message: 'Line 2: lee@x.example: email must look like name@example.com.' },
      { line: 3, kind: 'invalid_value', message: 'Line 3: ann@x.example: status must be active or inactive, not "retired".' },
      { line: 4, kind: 'invalid_value', message: 'Line 4: cy@x.example: city must be at most 200 characters.' },
    ]);
    // A skipped line moves nobody either.
    expect(preview.moves.map((move) => move.userName)).toEqual(['dee@x.example']);
    expect(fx.services.placements.apply(sheet, ann)).toEqual({ moved: 1, edited: 1 });
    expect(fx.services.directory.awaitingPlacementCount()).toBe(3);
  });

  it('reads its own export back as nothing to do, and edits what was changed in it', () => {
    fx.services.directory.createLocal({ userName: '-lee@x.example', firstName: '=Lee', organizationId: emeaId }, ann);
    const all = employeeListInput.parse({});
    const exported = [...fx.services.directory.exportChunks(all, 'csv')].join('');
    const preview = fx.services.placements.preview(exported);
    expect(preview).toEqual({
      counts: { moves: 0, edits: 0, fieldChanges: 0, ownedCells: 0, problems: 0 },
      moves: [],
      edits: [],
      ownedCells: [],
      unchanged: 5,
      problems: [],
    });
    // The sheet edited: a city typed in for the local employee, whose cells the export defused.
    const lines = exported.split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const lee = lines.findIndex((line) => line.startsWith("'-lee@"));
    const cells = lines[lee]!.split(',');
    cells[header.indexOf('city')] = 'Lyon';
    lines[lee] = cells.join(',');
    const edited = fx.services.placements.preview(lines.join('\r\n'));
    expect(edited.edits).toEqual([
      expect.objectContaining({ userName: '-lee@x.example', changes: [{ field: 'city', from: null, to: 'Lyon' }] }),
    ]);
    expect(edited.unchanged).toBe(4);
  });

  it('refuses a header naming a field twice, naming it', () => {
    const refusal = (() => {
      try {
        fx.services.placements.preview('userName,organization,city,City\nann@x.example,Sales,Lyon,Porto\n');
      } catch (caught) {
        return caught as ServiceError;
      }
      return null;
    })();
    expect(refusal).toMatchObject({ code: 'validation', field: 'csv' });
    expect(refusal!.message).toBe('The header names city twice (columns 3 and 4): keep one of them.');
  });

  it('writes nothing when an edit fails midway', () => {
    const sheet = 'userName,organization,city\nann@x.example,Sales,Lyon\nbob@x.example,Enterprise,Porto\n';
    const directory = fx.services.directory;
    const original = directory.update.bind(directory);
    let calls = 0;
    const spy = vi.spyOn(directory, 'update').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return original(...args);
    });
    expect(() => fx.services.placements.apply(sheet, ann)).toThrow('disk full');
    spy.mockRestore();
    const cities = fx.services.directory.list(employeeListInput.parse({})).items.map((e) => e.city);
    expect(cities).toEqual([null, null, null, null]);
    expect(fx.services.directory.awaitingPlacementCount()).toBe(4);
  });

  it('refuses one-column lines as such, naming the comma it expected', () => {
    const preview = fx.services.placements.preview('ann@x.example\nbob@x.example Sales\n');
    expect(preview.moves).toEqual([]);
    expect(preview.problems.map((problem) => problem.message)).toEqual([
      'Line 1 has 1 column; expected userName,organization.',
      'Line 2 has 1 column; expected userName,organization.',
    ]);
  });

  it('refuses a file that is not CSV, naming it', () => {
    const error = (() => {
      try {
        fx.services.placements.preview('ann@x.example,"unterminated');
      } catch (caught) {
        return caught as ServiceError;
      }
      return null;
    })();
    expect(error).toMatchObject({ code: 'validation', field: 'csv' });
    expect(error!.message).toMatch(/not valid CSV/);
  });
});
