// The desktop app loads the Electron build of better-sqlite3 only when run from a checkout, and every
// connection (the checkpoint worker's too) loads the addon the process chose.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronSqliteBinding, SQLITE_BINDING_ENV } from '../../../main/app/native-binding';
import { startBackgroundCheckpoints } from '../../../main/store/background-checkpoints';
import { openDatabase } from '../../../main/store/database';
import { setSqliteNativeBinding, sqliteDriverOptions } from '../../../main/store/sqlite-binding';
import { makeTempDir } from '../../fixtures/temp-dir';

const nodeBuild = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build/Release/better_sqlite3.node',
);

afterEach(() => setSqliteNativeBinding(undefined));

describe('electronSqliteBinding', () => {
  it('takes the path npm start passes, from a checkout only', () => {
    expect(electronSqliteBinding(false, { [SQLITE_BINDING_ENV]: '/repo/.electron-native/x.node' })).toBe(
      '/repo/.electron-native/x.node',
    );
    expect(electronSqliteBinding(false, {})).toBeUndefined();
    expect(electronSqliteBinding(false, { [SQLITE_BINDING_ENV]: '' })).toBeUndefined();
  });

  it('a packaged app ignores the variable: no environment picks native code to load', () => {
    expect(electronSqliteBinding(true, { [SQLITE_BINDING_ENV]: '/tmp/evil.node' })).toBeUndefined();
  });
});

describe('the chosen addon reaches every connection', () => {
  it('unset, better-sqlite3 finds its own build', () => {
    expect(sqliteDriverOptions()).toEqual({});
  });

  it('the database opens with the addon named', () => {
    setSqliteNativeBinding(nodeBuild);
    expect(sqliteDriverOptions()).toEqual({ nativeBinding: nodeBuild });
    const dir = makeTempDir();
    try {
      openDatabase(dir.path).close();
    } finally {
      dir.remove();
    }
  });

  it('a wrong addon fails the open (so the option is really passed)', () => {
    setSqliteNativeBinding('/nonexistent/better_sqlite3.node');
    const dir = makeTempDir();
    try {
      expect(() => openDatabase(dir.path)).toThrow(/nonexistent/);
    } finally {
      dir.remove();
    }
  });

  it('the checkpoint worker loads the same addon', async () => {
    const dir = makeTempDir();
    const db = openDatabase(dir.path);
    try {
      setSqliteNativeBinding('/nonexistent/better_sqlite3.node');
      const failure = new Promise<string>((resolve) => {
        startBackgroundCheckpoints(db, resolve);
      });
      await expect(failure).resolves.toMatch(/background checkpoint stopped: .*nonexistent/);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
