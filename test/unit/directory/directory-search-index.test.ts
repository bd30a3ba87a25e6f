// The directory search's prefix table (migration 018) over a real SQLite file: what its triggers queue
// (creates, renames, deletes; not edits that keep names and email, not moves), that a search reads the
// table only while nothing is queued and otherwise walks, that both answer alike for every filter, term
// length and page size, that the writing process indexes when idle and a search that found the table
// behind gets it caught up, that the migration queues the employees already there, and that the
// queue's row changes do not move the change stamp the settings cache reads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_INDEX_BATCH } from '../../../main/store/directory-search-index';
import { Store } from '../../../main/store/store';
import { employeeListInput, type EmployeeListInput } from '../../../preload/employees-contract';
import { databaseAtVersion } from '../../fixtures/database-at-version';
import { userNamesPageByPage } from '../../fixtures/directory-pages';
import { eventually } from '../../fixtures/eventually';
import { enableProvisioning, servicesInTempDir, type ServicesFixture } from '../../fixtures/services';
import { makeTempDir } from '../../fixtures/temp-dir';

const ann = { name: 'ann' };
const any = () => true;
const scimUser = (userName: string, givenName: string, familyName: string, extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  name: { givenName, familyName },
  ...extra,
});

describe('directory search prefix table', () => {
  let fx: ServicesFixture;
  let rootId: string;
  let salesId: string;
  const list = (input: EmployeeListInput) => fx.services.directory.list(employeeListInput.parse(input));
  const queued = () => fx.store.db.prepare('SELECT count(*) FROM directory_search_queue').pluck().get() as number;
  const prefixesOf = (id: string) =>
    fx.store.db
      .prepare('SELECT prefix FROM directory_search_prefixes WHERE page_id = ? ORDER BY prefix')
      .pluck()
      .all(id) as string[];
  const walk = (input: EmployeeListInput, limit: number) => userNamesPageByPage(fx.services, input, limit);
  /** A queue entry naming no employee: the table counts as behind, and searches walk. */
  const holdBehind = () => fx.store.db.prepare('INSERT INTO directory_search_queue (employee_rowid) VALUES (-1)').run();
  const release = () => fx.store.db.prepare('DELETE FROM directory_search_queue WHERE employee_rowid = -1').run();

  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, ann).id;
    enableProvisioning(fx, ['status', 'email']);
  });
  afterEach(() => fx.dispose());

  it('queues creates, renames and deletes; an edit that keeps names and email, and a move, queue nothing', () => {
    fx.store.directorySearch.catchUp();
    const amy = fx.services.directory.createLocal(
      { userName: 'amy.local', organizationId: rootId, firstName: 'Amy', lastName: 'Adler' },
      ann,
    );
    expect(queued()).toBe(1);
    expect(prefixesOf(amy.id)).toEqual([]);
    fx.store.directorySearch.catchUp();
    expect(queued()).toBe(0);
    // "amy" once for the userName and the first name, "adl" for the last name.
    expect(prefixesOf(amy.id)).toEqual(['adl', 'amy']);

    fx.services.directory.update(amy.id, { city: 'Oslo' }, ann, any);
    fx.services.directory.move([amy.id], salesId, ann);
    expect(queued()).toBe(0);

    fx.services.directory.update(amy.id, { lastName: 'Zorn', email: 'Émile@X.example' }, ann, any);
    expect(queued()).toBe(1);
    fx.store.directorySearch.catchUp();
    // The old last name's prefix is gone; the email's is folded as the search folds it (listed in byte order).
    expect(prefixesOf(amy.id)).toEqual(['amy', 'zor', 'émi']);

    const bob = fx.services.employees.create(scimUser('bob@x.example', 'Bob', 'Bauer')).employee;
    fx.store.directorySearch.catchUp();
    expect(prefixesOf(bob.id)).toEqual(['bau', 'bob']);
    fx.services.employees.delete(bob.id); // the identity provider's delete: the row stays, its userName key changes
    expect(queued()).toBe(1);
    fx.store.directorySearch.catchUp();
    expect(prefixesOf(bob.id)).toEqual(['bau', 'bob']);

    // A row deleted outright (a support engineer's shell) leaves the table, also when the next create
    // takes its rowid (the newest row's, reused: no AUTOINCREMENT) before the indexer runs.
    const bobRowid = fx.store.db.prepare('SELECT rowid FROM employees WHERE id = ?').pluck().get(bob.id);
    fx.store.db.prepare('DELETE FROM employees WHERE id = ?').run(bob.id);
    const cleo = fx.services.directory.createLocal({ userName: 'cleo', organizationId: rootId, lastName: 'Bober' }, ann);
    expect(fx.store.db.prepare('SELECT rowid FROM employees WHERE id = ?').pluck().get(cleo.id)).toBe(bobRowid);
    expect(queued()).toBe(2);
    fx.store.directorySearch.catchUp();
    expect(prefixesOf(bob.id)).toEqual([]);
    expect(prefixesOf(cleo.id)).toEqual(['bob', 'cle']);
    expect(list({ search: 'bob' }).items.map((e) => e.userName)).toEqual(['cleo']);
  });

  it('a search reads the table only while nothing is queued; otherwise it walks, and finds a rename at once', () => {
    const amy = fx.services.directory.createLocal({ userName: 'amy.local', organizationId: rootId, firstName: 'Annika' }, ann);
    const ada = fx.services.directory.createLocal({ userName: 'ada.local', organizationId: rootId, firstName: 'Annie' }, ann);
    fx.store.directorySearch.catchUp();
    expect(list({ search: 'anni' }).items.map((e) => e.id)).toEqual([ada.id, amy.id]);
    // Proof that the table is what answered: with Amy's entries gone and nothing queued, only Ada is found...
    fx.store.db.prepare('DELETE FROM directory_search_prefixes WHERE page_id = ?').run(amy.id);
    expect(list({ search: 'anni' }).items.map((e) => e.id)).toEqual([ada.id]);
    // ...and with anything queued, the walk finds both.
    holdBehind();
    expect(list({ search: 'anni' }).items.map((e) => e.id)).toEqual([ada.id, amy.id]);
    release();
    fx.store.db
      .prepare('INSERT INTO directory_search_queue (employee_rowid) SELECT rowid FROM employees WHERE id = ?')
      .run(amy.id);
    fx.store.directorySearch.catchUp();
    expect(list({ search: 'anni' }).items.map((e) => e.id)).toEqual([ada.id, amy.id]);

    // Renamed and not indexed yet: found by the new name, not by the old, before and after indexing.
    fx.services.directory.update(amy.id, { firstName: 'Greta' }, ann, any);
    expect(queued()).toBe(1);
    expect(list({ search: 'gret' }).items.map((e) => e.id)).toEqual([amy.id]);
    expect(list({ search: 'anni' }).items.map((e) => e.id)).toEqual([ada.id]);
    fx.store.directorySearch.catchUp();
    expect(list({ search: 'gret' }).items.map((e) => e.id)).toEqual([amy.id]);
    expect(list({ search: 'anni' }).items.map((e) => e.id)).toEqual([ada.id]);
  });

  it('answers every search, filter, order and page size exactly as the walk does', () => {
    const people: Array<[string, string, string, string | null]> = [
      ['ann.adams', 'Ann', 'Adams', 'ann.adams@x.example'],
      ['Anna.Berg', 'Anna', 'Berg', 'anna@x.example'],
      ['annika', 'Annika', 'Ånnerud', null],
      ['ÄNNE.Øster', 'Änne', 'Øster', 'ÄNNE@x.example'],
      ['bo', 'Bo', 'Al', 'bo@x.example'], // keys shorter than three characters
      ['carl', 'Carl', 'Annan', 'carl@x.example'],
      ['dora', 'Dora', 'Dunn', 'ann-marie@x.example'],
      ['eve', 'Ωmega', 'Eve', null],
      ['ANNABEL', 'Bel', 'Ann', 'bel@x.example'],
    ];
    const ids: string[] = [];
    for (const [index, [userName, firstName, lastName, email]] of people.entries()) {
      const fields = { userName, firstName, lastName, ...(email === null ? {} : { email }) };
      ids.push(
        index % 3 === 0
          ? fx.services.employees.create(
              scimUser(userName, firstName, lastName, email ? { emails: [{ value: email, primary: true }] } : {}),
            ).employee.id
          : fx.services.directory.createLocal({ ...fields, organizationId: index % 2 ? salesId : rootId }, ann).id,
      );
    }
    fx.services.directory.update(ids[1]!, { status: 'inactive' }, ann, any);
    fx.services.employees.delete(ids[3]!);
    // Two employees may share a userName when one was deleted by the identity provider: ties break by id.
    fx.services.employees.create(scimUser('änne.øster', 'Änne', 'Again'));
    fx.store.directorySearch.catchUp();

    const searches = ['ann', 'ANNA', 'annab', 'änne', 'ÄNNE.Ø', 'ånn', 'ωme', 'ann-m', 'bo', 'a', 'al', 'zzz', 'ann.adams@x'];
    const filters: EmployeeListInput[] = [
      {},
      { source: 'scim' },
      { source: 'local' },
      { status: 'inactive' },
      { organizationId: salesId },
      { awaitingPlacement: true },
      { scimDeleted: true },
      { scimDeleted: false },
    ];
    let compared = 0;
    for (const search of searches) {
      for (const filter of filters) {
        for (const limit of [1, 2, 50]) {
          const indexed = walk({ ...filter, search }, limit);
          holdBehind();
          const walked = walk({ ...filter, search }, limit);
          release();
          expect(indexed, `${search} ${JSON.stringify(filter)} by ${limit}`).toEqual(walked);
          compared += indexed.length;
        }
      }
    }
    // The comparisons compared something: "ann" alone matches six employees.
    expect(walk({ search: 'ann' }, 50)).toEqual(['ann.adams', 'Anna.Berg', 'ANNABEL', 'annika', 'carl', 'dora']);
    expect(compared).toBeGreaterThan(200);
    expect(queued()).toBe(0);
  });

  it('a search whose matches lie past 2,000 entries under its prefix is answered whole, not cut at the cap', () => {
    const template = fx.store.employees.byId(
      fx.services.directory.createLocal({ userName: 'tpl', organizationId: rootId }, ann).id,
    )!;
    // 2,100 employees under "den"; two of them in Sales, the second past the 2,000 entries a read scans.
    fx.store.transaction(() => {
      for (let n = 0; n < 2_100; n += 1) {
        const userName = `dense-${String(n).padStart(5, '0')}`;
        const orgId = n === 5 || n === 2_050 ? salesId : rootId;
        fx.store.employees.insert({
          ...template,
          id: `id-${userName}`,
          userName,
          orgId,
          firstName: n === 2_070 ? 'Denise' : null,
        });
      }
    });
    fx.store.directorySearch.catchUp();
    const inSales = ['dense-00005', 'dense-02050'];
    expect(walk({ search: 'den', organizationId: salesId }, 50)).toEqual(inSales);
    expect(walk({ search: 'dense-0205', organizationId: salesId }, 1)).toEqual(['dense-02050']);
    expect(walk({ search: 'denis' }, 50)).toEqual(['dense-02070']);
    // Within the first 2,000 entries, a short page is whole: the last page of "dense-019".
    expect(walk({ search: 'dense-019' }, 40)).toEqual(Array.from({ length: 100 }, (_, i) => `dense-0${1900 + i}`));
    holdBehind();
    expect(walk({ search: 'den', organizationId: salesId }, 50)).toEqual(inSales);
    release();
  });

  it('the writing process indexes once idle, a batch at a time', async () => {
    const template = fx.store.employees.byId(
      fx.services.directory.createLocal({ userName: 'tpl', organizationId: rootId }, ann).id,
    )!;
    fx.store.transaction(() => {
      for (let n = 0; n < SEARCH_INDEX_BATCH * 2 + 5; n += 1) {
        fx.store.employees.insert({ ...template, id: `id-${n}`, userName: `bulk-${n}`, firstName: 'Quentin' });
      }
    });
    expect(queued()).toBe(SEARCH_INDEX_BATCH * 2 + 6);
    expect(await eventually(() => queued() === 0)).toBe(true);
    expect(fx.store.db.prepare("SELECT count(*) FROM directory_search_prefixes WHERE prefix = 'que'").pluck().get()).toBe(
      SEARCH_INDEX_BATCH * 2 + 5,
    );
    expect(list({ search: 'quen', limit: 3 }).items.map((e) => e.userName)).toEqual(['bulk-0', 'bulk-1', 'bulk-10']);
  });

  it("another process's writes are indexed by this one once a search found the table behind", async () => {
    fx.store.directorySearch.catchUp();
    const other = Store.open(fx.dataDir);
    try {
      const template = fx.store.employees.byId(
        fx.services.directory.createLocal({ userName: 'tpl', organizationId: rootId }, ann).id,
      )!;
      fx.store.directorySearch.catchUp();
      fx.store.directorySearch.stop(); // nothing scheduled here: only the search below can ask
      other.employees.insert({ ...template, id: 'id-other', userName: 'written.elsewhere', firstName: 'Ottilie' });
      other.directorySearch.stop(); // the other process exits before it is idle
    } finally {
      other.close();
    }
    expect(queued()).toBe(1);
    expect(list({ search: 'otti' }).items.map((e) => e.userName)).toEqual(['written.elsewhere']); // walked
    expect(await eventually(() => queued() === 0)).toBe(true);
    expect(prefixesOf('id-other')).toEqual(['ott', 'wri']);
  });

  it('waits while another process keeps queueing (an identity provider syncing), and indexes once the queue is still', () => {
    const template = fx.store.employees.byId(
      fx.services.directory.createLocal({ userName: 'tpl', organizationId: rootId }, ann).id,
    )!;
    fx.store.directorySearch.catchUp();
    fx.store.directorySearch.stop();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const other = Store.open(fx.dataDir);
    try {
      const writeElsewhere = (n: number) => {
        other.employees.insert({ ...template, id: `id-other-${n}`, userName: `other-${n}` });
        other.directorySearch.stop(); // only this process's indexer is under test
      };
      writeElsewhere(0);
      expect(list({ search: 'other-0' }).items).toHaveLength(1); // walked; asks this process to catch up
      for (let n = 1; n <= 5; n += 1) {
        vi.advanceTimersByTime(200); // each look sees a newer entry than the one before: not idle
        writeElsewhere(n);
      }
      expect(queued()).toBe(6);
      vi.advanceTimersByTime(200); // the first look at the newest entry
      expect(queued()).toBe(6);
      vi.advanceTimersByTime(200); // the same newest entry 200 ms later: idle, indexed
      expect(queued()).toBe(0);
      expect(prefixesOf('id-other-5')).toEqual(['oth']);
    } finally {
      vi.useRealTimers();
      other.close();
    }
  });

  it('rebuilds itself at open when its rowids no longer name their employees (a VACUUM run by hand may renumber)', () => {
    for (const [userName, firstName] of [
      ['ann.x', 'Ann'],
      ['anders', 'Anders'],
      ['bo', 'Annette'],
    ] as const)
      fx.services.directory.createLocal({ userName, organizationId: rootId, firstName }, ann);
    fx.store.directorySearch.catchUp();
    expect(fx.store.directorySearch.rebuildIfMisnamed()).toBe(false); // sound: nothing queued, nothing dropped
    expect(queued()).toBe(0);
    const expected = walk({ search: 'ann' }, 50);
    expect(expected).toEqual(['ann.x', 'bo']);

    // What a renumbering VACUUM could leave: the same rows under each other's rowids (1 to 2, 2 to 3, 3 to 1).
    expect(fx.store.db.prepare('SELECT rowid FROM employees ORDER BY rowid').pluck().all()).toEqual([1, 2, 3]);
    fx.store.db.exec('UPDATE employees SET rowid = rowid + 100; UPDATE employees SET rowid = (rowid - 100) % 3 + 1');
    expect(walk({ search: 'ann' }, 50)).toEqual(['anders', 'bo']); // wrong: the entries name other rows
    const reopened = Store.open(fx.dataDir);
    try {
      expect(queued()).toBe(3); // every employee, to be indexed again
      expect(fx.store.db.prepare('SELECT count(*) FROM directory_search_prefixes').pluck().get()).toBe(0);
      expect(walk({ search: 'ann' }, 50)).toEqual(expected); // walked meanwhile
      reopened.directorySearch.catchUp();
      expect(walk({ search: 'ann' }, 50)).toEqual(expected); // from the table again
      expect(reopened.directorySearch.rebuildIfMisnamed()).toBe(false);
    } finally {
      reopened.close();
    }
  });

  it("keeps the settings cache across the queue's rows, and still sees a settings change after them", () => {
    const cached = fx.store.settings.read();
    const amy = fx.services.directory.createLocal({ userName: 'amy', organizationId: rootId }, ann);
    fx.services.directory.update(amy.id, { firstName: 'Amelia', city: 'Oslo' }, ann, any);
    const bob = fx.services.employees.create(scimUser('bob@x.example', 'Bob', 'Bauer')).employee;
    fx.services.employees.delete(bob.id);
    fx.store.directorySearch.catchUp();
    expect(fx.store.settings.read(), 'after creates, renames, a SCIM delete and indexing').toBe(cached);
    // Nothing was excluded twice: this connection's own settings write is seen.
    fx.store.db.prepare("UPDATE provisioning_settings SET tenant_url = 'https://raw.example' WHERE id = 1").run();
    expect(fx.store.settings.read().tenantUrl).toBe('https://raw.example');
  });
});

describe('migration 018', () => {
  it('queues the employees already there; once indexed, a search finds them through the table', () => {
    const dir = makeTempDir();
    try {
      const db = databaseAtVersion(dir.path, 17);
      const orgId = 'org-root';
      db.prepare("INSERT INTO organizations (id, name, parent_id, created_at) VALUES (?, 'Enterprise', NULL, '2026-01-01')").run(
        orgId,
      );
      const insert = db.prepare(
        `INSERT INTO employees (id, user_name, user_name_key, first_name, first_name_key, org_id, source, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'local', '2026-01-01', '2026-01-01')`,
      );
      insert.run('e1', 'Zoë.Old', 'zoë.old', 'Zoë', 'zoë', orgId);
      insert.run('e2', 'yan', 'yan', 'Ya', 'ya', orgId);
      db.close();

      const store = Store.open(dir.path);
      try {
        expect(store.db.prepare('SELECT count(*) FROM directory_search_queue').pluck().get()).toBe(2);
        expect(store.directorySearch.isCurrent()).toBe(false);
        store.directorySearch.catchUp();
        expect(store.directorySearch.isCurrent()).toBe(true);
        expect(store.db.prepare('SELECT prefix, page_id FROM directory_search_prefixes ORDER BY prefix').all()).toEqual([
          { prefix: 'yan', page_id: 'e2' },
          { prefix: 'zoë', page_id: 'e1' },
        ]);
      } finally {
        store.close();
      }
    } finally {
      dir.remove();
    }
  });
});
