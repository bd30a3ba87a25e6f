// The field catalog names the employees column of each field; the migrations create the columns. This
// holds the two together on the real migrated schema: every catalog column exists with the type its kind
// needs, and every employees column is one the store's column table knows (a catalog field, a column
// the store keeps itself, a folded key, or the change history's head), so a migration and a catalog entry cannot drift apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_COLUMNS, KEY_COLUMNS, ROW_COLUMNS } from '../../../main/store/employee-columns';
import { Store } from '../../../main/store/store';
import { CATALOG_FIELDS } from '../../../preload/field-catalog';
import { makeTempDir } from '../../fixtures/temp-dir';

describe('catalog columns in the migrated schema', () => {
  const dir = makeTempDir();
  let columns: Map<string, { type: string; notnull: number }>;
  beforeAll(() => {
    const store = Store.open(dir.path);
    const info = store.db.prepare('PRAGMA table_info(employees)').all() as { name: string; type: string; notnull: number }[];
    columns = new Map(info.map((c) => [c.name, c]));
    store.close();
  });
  afterAll(() => dir.remove());

  it.each(CATALOG_FIELDS.map((f) => [f.key, f] as const))('%s has its column', (_key, field) => {
    expect(columns.get(field.column), field.column).toMatchObject({ type: field.kind === 'boolean' ? 'INTEGER' : 'TEXT' });
    // A unique field (userName) is on every row.
    if ('unique' in field) expect(columns.get(field.column)!.notnull).toBe(1);
  });

  it('holds exactly the columns the store reads and writes', () => {
    const known = [...ROW_COLUMNS.map((c) => c.name), ...[...KEY_COLUMNS.values()].map((k) => k.key), ...HISTORY_COLUMNS];
    expect([...columns.keys()].sort()).toEqual([...known].sort());
  });
});
