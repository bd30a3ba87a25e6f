// Group commit on the real SQLite file, watched from a second connection: the writes of one turn
// become visible together only when the turn ends, a failing write takes only itself back, and a
// failed commit is reported to everyone waiting on it, with none of the turn's writes kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../../main/store/store';
import { makeTempDir } from '../../fixtures/temp-dir';

describe('group commit', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let store: Store;
  let observer: Store;
  let errors: unknown[];
  const insert = (name: string) => store.transaction(() => store.db.prepare('INSERT INTO t (name) VALUES (?)').run(name));
  const seen = () => observer.db.prepare('SELECT name FROM t ORDER BY name').pluck().all();

  beforeEach(() => {
    dir = makeTempDir();
    store = Store.open(dir.path);
    store.db.exec(`CREATE TABLE t (name TEXT PRIMARY KEY);
      CREATE TABLE parent (id INTEGER PRIMARY KEY);
      CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)`);
    observer = Store.open(dir.path);
    errors = [];
    store.groupCommits((error) => errors.push(error));
  });
  afterEach(() => {
    store.close();
    observer.close();
    dir.remove();
  });

  it('commits the writes of one turn together when the turn ends, and only then', async () => {
    expect(store.committed()).toBeNull();
    insert('a');
    insert('b');
    const pending = store.committed();
    expect(pending).not.toBeNull();
    expect(seen()).toEqual([]);
    await pending;
    expect(seen()).toEqual(['a', 'b']);
    expect(store.committed()).toBeNull();
    expect(errors).toEqual([]);
  });

  it('rolls back only the write that failed; the others of the turn are kept', async () => {
    insert('a');
    expect(() => insert('a')).toThrow(/UNIQUE/);
    insert('c');
    await store.committed();
    expect(seen()).toEqual(['a', 'c']);
  });

  it('rejects the waiters and keeps nothing when the commit itself fails', async () => {
    insert('kept only if the commit succeeds');
    store.transaction(() => store.db.prepare('INSERT INTO child (parent_id) VALUES (42)').run());
    await expect(store.committed()).rejects.toThrow(/FOREIGN KEY/);
    expect(seen()).toEqual([]);
    expect(store.db.inTransaction).toBe(false);
    expect(errors).toHaveLength(1);
    insert('next turn');
    await store.committed();
    expect(seen()).toEqual(['next turn']);
  });

  it('fails the group when SQLite ended its transaction early, and opens a new one for the next write', async () => {
    insert('lost');
    const first = store.committed();
    store.db.exec('ROLLBACK'); // what SQLite does itself after an I/O error or a full disk
    insert('after');
    await expect(first).rejects.toThrow(/rolled back/);
    await store.committed();
    expect(seen()).toEqual(['after']);
  });

  it('leaves a caller-owned transaction alone: its writes commit with it, nothing waits', () => {
    store.db.transaction(() => {
      insert('inside');
      expect(store.committed()).toBeNull();
    })();
    expect(seen()).toEqual(['inside']);
  });

  it('commits what is pending when stopped, then commits each transaction on its own again', () => {
    insert('pending');
    store.stopGroupCommits();
    expect(seen()).toEqual(['pending']);
    insert('alone');
    expect(store.committed()).toBeNull();
    expect(seen()).toEqual(['alone', 'pending']);
  });
});
