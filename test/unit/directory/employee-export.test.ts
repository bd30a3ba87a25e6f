// The Employees export over a real SQLite file: every employee the filter selects, in the directory's
// order and across its pages, as CSV (a byte-order mark, catalog keys as the header, formula cells
// defused) or as a JSON array of exactly what the user management API shows; an unknown organization is
// refused before anything is written; and the CSV, edited, is a placements file the import reads back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
import { USER_NAME_ORDER } from '../../../main/store/employee-directory-repository';
import { employeeFilter, type EmployeeFilterInput, type EmployeeView } from '../../../preload/employees-contract';
import type { ExportFormat } from '../../../preload/export-formats';
import { enableProvisioning, servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ann = { name: 'ann' };
const HEADER =
  'userName,firstName,lastName,status,employeeNumber,email,workPhone,cellPhone,addressLine1,city,state,zipCode,country,' +
  'organization,organizationId,source,scimDeletedAt,scimOwnedFields,id,updatedAt';

describe('employees export', () => {
  let fx: ServicesFixture;
  let rootId: string;
  let salesId: string;
  let emeaId: string;

  const exported = (format: ExportFormat, filter: EmployeeFilterInput = {}, counter?: { rows: number }) =>
    [...fx.services.directory.exportChunks(employeeFilter.parse(filter), format, counter)].join('');
  /** The CSV's lines after the byte-order mark, without the last line break. */
  const csvLines = (filter: EmployeeFilterInput = {}) => {
    const text = exported('csv', filter);
    expect(text.startsWith('\uFEFF')).toBe(true);
    return text.slice(1).replace(/\r\n$/, '').split('\r\n');
  };
  const userNamesIn = (lines: string[]) => lines.slice(1).map((line) => line.split(',')[0]);

  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, ann).id;
    emeaId = fx.services.organizations.create({ name: 'EMEA, North', parentId: salesId }, ann).id;
    enableProvisioning(fx, ['status', 'email']);
  });
  afterEach(() => fx.dispose());

  it('writes one CSV line per employee under the catalog keys, with its organization path, source and SCIM-owned fields', () => {
    const scim = fx.services.employees.create({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'Zoe@x.example',
      name: { givenName: 'Zoë', familyName: 'Ng' },
      emails: [{ type: 'work', value: 'zoe@x.example' }],
    }).employee;
    const created = fx.services.directory.createLocal({ userName: 'amy', firstName: 'Amy', organizationId: emeaId }, ann);
    const local = fx.services.directory.update(created.id, { addressLine1: '1 "Main" St, Rear' }, ann, () => true);
    const lines = csvLines();
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(3);
    const zoe = fx.services.directory.get(scim.id);
    expect(lines[1]).toBe(
      `amy,Amy,,active,,,,,"1 ""Main"" St, Rear",,,,,"Enterprise/Sales/EMEA, North",${emeaId},local,,,${local.id},${local.updatedAt}`,
    );
    expect(lines[2]).toBe(
      `Zoe@x.example,Zoë,Ng,active,,zoe@x.example,,,,,,,,Enterprise,${rootId},scim,,` +
        `userName firstName lastName status email,${scim.id},${zoe.updatedAt}`,
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    fx.services.directory.createLocal({ userName: '-jo', firstName: '=SUM(A1)', lastName: '@sum', organizationId: rootId }, ann);
    expect(csvLines()[1]).toMatch(/^'-jo,'=SUM\(A1\),'@sum,active,/);
  });

  it('gives as JSON exactly the employees the user management API shows, in the same order', () => {
    for (const name of ['delta', 'Alpha', 'charlie'])
      fx.services.directory.createLocal({ userName: name, organizationId: salesId }, ann);
    fx.services.employees.create({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'bravo' });
    const rows = JSON.parse(exported('json')) as EmployeeView[];
    expect(rows.map((row) => row.userName)).toEqual(['Alpha', 'bravo', 'charlie', 'delta']);
    expect(rows).toEqual(rows.map((row) => fx.services.directory.get(row.id)));
    expect(JSON.parse(exported('json', { search: 'nobody' }))).toEqual([]);
  });

  it('exports what the filters select: search, organization with its sub-organizations, source, status, awaiting placement', () => {
    fx.services.directory.createLocal({ userName: 'in-root', organizationId: rootId }, ann);
    fx.services.directory.createLocal({ userName: 'in-sales', firstName: 'Sam', organizationId: salesId }, ann);
    fx.services.directory.createLocal({ userName: 'in-emea', organizationId: emeaId }, ann);
    fx.services.employees.create({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'from-idp',
      active: false,
    });
    expect(userNamesIn(csvLines({ organizationId: salesId }))).toEqual(['in-emea', 'in-sales']);
    expect(userNamesIn(csvLines({ search: 'SAM' }))).toEqual(['in-sales']);
    expect(userNamesIn(csvLines({ source: 'local', organizationId: rootId }))).toEqual(['in-emea', 'in-root', 'in-sales']);
    expect(userNamesIn(csvLines({ status: 'inactive' }))).toEqual(['from-idp']);
    expect(userNamesIn(csvLines({ awaitingPlacement: true }))).toEqual(['from-idp']);
    // Nothing selected is still a file: the header alone.
    expect(csvLines({ search: 'nobody' })).toEqual([HEADER]);
  });

  it('reads the directory a page at a time, every employee once and in order, and counts them', () => {
    const template = fx.store.employees.byId(
      fx.services.directory.createLocal({ userName: 'aaa', organizationId: rootId }, ann).id,
    )!;
    fx.store.transaction(() => {
      for (let n = 0; n < 2_345; n += 1) {
        const userName = `user-${String(n).padStart(5, '0')}`;
        fx.store.employees.insert({ ...template, id: `id-${userName}`, userName });
      }
    });
    const counter = { rows: 0 };
    const rows = JSON.parse(exported('json', {}, counter)) as EmployeeView[];
    expect(counter.rows).toBe(2_346);
    expect(rows).toHaveLength(2_346);
    const names = rows.map((row) => row.userName);
    expect(new Set(names).size).toBe(2_346);
    expect(names).toEqual(['aaa', ...Array.from({ length: 2_345 }, (_, n) => `user-${String(n).padStart(5, '0')}`)]);
    // The repository's pages meet without a gap or an overlap whatever their size.
    const byPages = [
      ...fx.store.directory.each(
        { search: '', organizationIds: null, source: null, active: null, scimManagedOnly: false, scimDeleted: null },
        USER_NAME_ORDER,
        7,
      ),
    ];
    expect(byPages.map((row) => row.userName)).toEqual(names);
  });

  it('refuses an unknown organization before anything is written, naming the field', () => {
    let error: unknown;
    try {
      fx.services.directory.exportChunks(employeeFilter.parse({ organizationId: 'nope' }), 'csv');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'not_found', field: 'organizationId' });
  });

  it('is a placements file: the export, its organization column edited, moves those employees and no others', () => {
    const scim = (userName: string) =>
      fx.services.employees.create({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName }).employee;
    const jo = scim('-jo');
    const kim = scim('kim@x.example');
    scim('lee@x.example');
    const edited = exported('csv')
      .replace(/^('-jo,.*?,)Enterprise,/m, '$1"Enterprise/Sales/EMEA, North",')
      .replace(/^(kim@x\.example,.*?,)Enterprise,/m, '$1Enterprise/Sales,');
    const preview = fx.services.placements.preview(edited);
    expect(preview.problems).toEqual([]);
    expect(preview.unchanged).toBe(1);
    expect(preview.moves.map((move) => [move.userName, move.to])).toEqual([
      ['-jo', ['Enterprise', 'Sales', 'EMEA, North']],
      ['kim@x.example', ['Enterprise', 'Sales']],
    ]);
    expect(preview.edits).toEqual([]);
    expect(fx.services.placements.apply(edited, ann)).toEqual({ moved: 2, edited: 0 });
    expect(fx.services.directory.get(jo.id).organizationId).toBe(emeaId);
    expect(fx.services.directory.get(kim.id).organizationId).toBe(salesId);
  });

  it('reads a defused cell back as the literal value first: a userName that truly begins with an apostrophe', () => {
    fx.services.directory.createLocal({ userName: "'-odd", organizationId: rootId }, ann);
    fx.services.directory.createLocal({ userName: '-odd', organizationId: rootId }, ann);
    const preview = fx.services.placements.preview("userName,organization\r\n'-odd,Enterprise/Sales\r\n");
    expect(preview.moves.map((move) => move.userName)).toEqual(["'-odd"]);
  });
});
