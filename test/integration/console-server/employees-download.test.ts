// GET /export/employees.csv and .json over real HTTP: authenticated like the API, refused without
// Manage Employees, filtered and ordered like the Employees view (the query string's words), an unknown
// organization or a bad filter refused naming the field before any row is sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmployeeView } from '../../../preload/employees-contract';
import { consoleServerInTempDir, type ConsoleServerFixture } from '../../fixtures/console-server';
import { enableProvisioning } from '../../fixtures/services';

describe('employees download (server mode)', () => {
  let fx: ConsoleServerFixture;
  let rootId: string;
  let salesId: string;
  beforeEach(async () => {
    fx = await consoleServerInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, { name: 'ann' }).id;
    enableProvisioning(fx);
    fx.services.directory.createLocal({ userName: 'amy', firstName: 'Amy', organizationId: salesId }, { name: 'ann' });
    fx.services.employees.create({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'bo@x.example' });
  });
  afterEach(() => fx.dispose());

  const download = (
    path: string,
    headers: Record<string, string> = { Authorization: `Bearer ${fx.server.sessionToken}` },
  ): Promise<Response> => fetch(`${fx.base}/export/${path}`, { headers });

  it('streams the directory as CSV with a byte-order mark, a dated file name and the catalog keys as its header', async () => {
    const response = await download('employees.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="employees-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^userName,firstName,lastName,status,.*,organization,organizationId,source,scimDeletedAt,scimOwnedFields,id,updatedAt$/,
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['amy', 'bo@x.example']);
    expect(lines[1]).toContain(',Enterprise/Sales,');
  });

  it('streams JSON filtered by the query: source, organization, awaiting placement as a word', async () => {
    const userNames = async (query: string) => {
      const response = await download(`employees.json${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      return ((await response.json()) as EmployeeView[]).map((employee) => employee.userName);
    };
    expect(await userNames('')).toEqual(['amy', 'bo@x.example']);
    expect(await userNames('?source=scim')).toEqual(['bo@x.example']);
    expect(await userNames(`?organizationId=${salesId}`)).toEqual(['amy']);
    expect(await userNames('?awaitingPlacement=true')).toEqual(['bo@x.example']);
    expect(await userNames('?awaitingPlacement=false&search=AM')).toEqual(['amy']);
    // Empty values leave a filter open, as a form's untouched fields would send them.
    expect(await userNames('?search=&status=&organizationId=')).toEqual(['amy', 'bo@x.example']);
    // In the table's order: username Z to A; by name, those without a last name last, by first name
    // (bo has none, amy has Amy).
    expect(await userNames('?descending=true')).toEqual(['bo@x.example', 'amy']);
    fx.services.directory.createLocal(
      { userName: 'zed', firstName: 'Zed', lastName: 'Adams', organizationId: salesId },
      { name: 'ann' },
    );
    expect(await userNames('?sort=name')).toEqual(['zed', 'bo@x.example', 'amy']);
    expect(await userNames('?sort=name&descending=true')).toEqual(['amy', 'bo@x.example', 'zed']);
  });

  it('refuses a bad filter or an unknown organization naming the field, and a format it does not make', async () => {
    const refused = async (query: string) => {
      const response = await download(`employees.csv${query}`);
      const body = (await response.json()) as { ok: false; error: { code: string; field?: string } };
      return { status: response.status, ...body.error };
    };
    expect(await refused('?awaitingPlacement=yes')).toMatchObject({
      status: 400,
      code: 'validation',
      field: 'awaitingPlacement',
    });
    expect(await refused('?source=ldap')).toMatchObject({ status: 400, code: 'validation', field: 'source' });
    expect(await refused('?sort=city')).toMatchObject({ status: 400, code: 'validation', field: 'sort' });
    expect(await refused('?descending=yes')).toMatchObject({ status: 400, code: 'validation', field: 'descending' });
    expect(await refused('?limit=5')).toMatchObject({ status: 400, code: 'validation' });
    expect(await refused('?organizationId=nope')).toMatchObject({ status: 404, code: 'not_found', field: 'organizationId' });
    expect((await download('employees.xml')).status).toBe(404);
  });

  it('refuses a request without the session token, and a caller without Manage Employees', async () => {
    const anonymous = await download('employees.csv', {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('amy');
    fx.services.operators.add('boss', ['manage-operators'], { name: 'ann' });
    fx.services.operators.revoke('ann', 'manage-employees', { name: 'boss' });
    const refused = await download('employees.json');
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/"Manage Employees", which ann does not hold/),
    });
    // The other exports are guarded by their own privilege: ann still reads the audit log.
    expect((await download('audit.csv')).status).toBe(200);
  });
});
