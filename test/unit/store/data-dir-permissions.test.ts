// The data directory and database files' modes on Linux: owner-only by default, group read/write only
// in a directory an administrator shared with a group.
import { chmodSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../../main/store/database';
import { databaseFileMode } from '../../../main/store/data-dir-permissions';
import { makeTempDir } from '../../fixtures/temp-dir';

const modeOf = (path: string) => statSync(path).mode & 0o7777;

describe.skipIf(process.platform === 'win32')('data directory permissions', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  const files = (dataDir: string) => [databasePath(dataDir), `${databasePath(dataDir)}-wal`, `${databasePath(dataDir)}-shm`];

  it('creates the directory 0700 and the database, -wal and -shm 0600', () => {
    const dataDir = join(dir.path, 'new', 'data');
    const previous = process.umask(0o022);
    try {
      const db = openDatabase(dataDir);
      expect(modeOf(dataDir)).toBe(0o700);
      for (const file of files(dataDir)) {
        expect(existsSync(file)).toBe(true);
        expect([file, modeOf(file)]).toEqual([file, 0o600]);
      }
      db.close();
    } finally {
      process.umask(previous);
    }
  });

  it('restricts database files left readable by others when it opens them again', () => {
    const dataDir = join(dir.path, 'data');
    openDatabase(dataDir).close();
    chmodSync(databasePath(dataDir), 0o644);
    const db = openDatabase(dataDir);
    expect(modeOf(databasePath(dataDir))).toBe(0o600);
    db.close();
  });

  it('keeps an existing directory as the administrator set it, and gives a group-shared one group read/write files', () => {
    const dataDir = join(dir.path, 'shared');
    openDatabase(dataDir).close();
    chmodSync(dataDir, 0o2770);
    chmodSync(databasePath(dataDir), 0o644);
    const db = openDatabase(dataDir);
    expect(modeOf(dataDir)).toBe(0o2770);
    for (const file of files(dataDir)) expect([file, modeOf(file)]).toEqual([file, 0o660]);
    db.close();
  });

  it('derives the file mode from the directory: group access only when the group has it all', () => {
    expect(databaseFileMode(0o700)).toBe(0o600);
    expect(databaseFileMode(0o2770)).toBe(0o660);
    expect(databaseFileMode(0o750)).toBe(0o600);
    expect(databaseFileMode(0o777)).toBe(0o660);
  });
});
