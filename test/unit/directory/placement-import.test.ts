// "Import placements (CSV)" over a real SQLite file: the preview says what would move and what cannot
// (unknown userName or organization, duplicates, malformed lines) and writes nothing; applying moves
// every listed employee in one transaction, or none.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceError } from '../../../main/services/errors';
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
    expect(fx.services.placements.apply(CSV, ann)).toEqual({ moved: 2 });
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
      'Employee Number;Organization;First Name;USERNAME',
      '17;Sales/EMEA, North;Ann;ann@x.example',
      '18;Sales',
      '19;Enterprise;Bob;bob@x.example;an extra cell',
    ].join('\n');
    const preview = fx.services.placements.preview(sheet);
    expect(preview.moves.map((move) => [move.line, move.userName, move.to])).toEqual([
      [2, 'ann@x.example', ['Enterprise', 'Sales', 'EMEA, North']],
    ]);
    expect(preview.problems).toEqual([
      expect.objectContaining({ line: 3, kind: 'malformed', message: "Line 3 has 2 columns; expected the header's 4." }),
    ]);
    // bob is already in Enterprise: unchanged, not a problem.
    expect(preview.unchanged).toBe(1);
    // A header naming a column twice is not a header: its line is refused like any other.
    const twice = fx.services.placements.preview('userName,organization,userName\nann@x.example,Sales,x\n');
    expect(twice.problems.map((problem) => problem.line)).toEqual([1, 2]);
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
