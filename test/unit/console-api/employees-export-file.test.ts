// employees:export-file through the dispatcher over a real SQLite file: the desktop app's save gets
// the filtered directory's chunks in the table's order and the answer counts the employees written;
// a cancelled dialog counts none; a refused filter never opens the dialog; without a save dialog (a
// browser) the channel is unavailable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/console-api/dispatcher';
import { createHandlers } from '../../../main/console-api/handlers';
import type { SaveExport } from '../../../main/console-api/handlers/file-export';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ann = { name: 'ann' };

describe('employees:export-file', () => {
  let fx: ServicesFixture;
  let salesId: string;
  const saves: Array<{ name: string; format: string; text: string }> = [];
  let answer: { saved: boolean; path: string | null } = { saved: true, path: '/home/ann/employees.csv' };
  const save: SaveExport = async (name, chunks, format) => {
    saves.push({ name, format, text: [...chunks].join('') });
    return answer;
  };
  const call = (input: unknown, options: { saveExport?: SaveExport } = { saveExport: save }) =>
    createDispatcher(createHandlers(fx.services, options), fx.services.operators)('employees:export-file', input, {
      actor: ann,
    });

  beforeEach(() => {
    fx = servicesInTempDir();
    saves.length = 0;
    answer = { saved: true, path: '/home/ann/employees.csv' };
    const rootId = fx.services.organizations.list()[0]!.id;
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, ann).id;
    for (const userName of ['amy', 'bob', 'cy']) {
      fx.services.directory.createLocal({ userName, organizationId: userName === 'cy' ? rootId : salesId }, ann);
    }
  });
  afterEach(() => fx.dispose());

  it("hands the filtered employees to the desktop app's save and counts them", async () => {
    expect(await call({ organizationId: salesId, format: 'csv' })).toEqual({
      ok: true,
      value: { saved: true, rows: 2, path: '/home/ann/employees.csv' },
    });
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({ name: 'employees', format: 'csv' });
    expect(
      saves[0]!.text
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['amy', 'bob']);
    expect(await call({ search: 'c', format: 'json' })).toMatchObject({ ok: true, value: { rows: 1 } });
    expect((JSON.parse(saves[1]!.text) as Array<{ userName: string }>).map((row) => row.userName)).toEqual(['cy']);
    // In the table's order.
    expect(await call({ format: 'json', sort: 'userName', descending: true })).toMatchObject({ ok: true, value: { rows: 3 } });
    expect((JSON.parse(saves[2]!.text) as Array<{ userName: string }>).map((row) => row.userName)).toEqual(['cy', 'bob', 'amy']);
  });

  it('counts nothing when the dialog is cancelled', async () => {
    answer = { saved: false, path: null };
    expect(await call({ format: 'json' })).toEqual({ ok: true, value: { saved: false, rows: 0, path: null } });
  });

  it('refuses a bad filter or an unknown organization naming the field, without opening the dialog', async () => {
    expect(await call({ format: 'xml' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'format' } });
    expect(await call({ format: 'csv', limit: 10 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call({ format: 'csv', sort: 'city' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'sort' },
    });
    expect(await call({ format: 'csv', organizationId: 'gone' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'organizationId' },
    });
    expect(saves).toEqual([]);
  });

  it('is unavailable without a save dialog (a browser downloads instead)', async () => {
    expect(await call({ format: 'csv' }, {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
