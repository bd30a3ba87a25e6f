// The data directory is the real boundary between accounts: whoever can write the database can grant
// themselves any privilege. New directories are owner-only (0700; on Windows an ACL for the creating
// account and Administrators); the database files follow the directory: owner-only, or group
// read/write when an administrator shared the directory with a group (README, "Sharing the data
// directory on a server").
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';

/** Creates the directory if it is missing; returns whether it did. */
export function createDataDir(dataDir: string, platform: NodeJS.Platform = process.platform): boolean {
  if (existsSync(dataDir)) return false;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (platform === 'win32') restrictWindowsAcl(dataDir);
  return true;
}

/**
 * Windows ignores the mode: replace the inherited ACL with full control for the creating account and
 * the Administrators group (well-known SID S-1-5-32-544), inherited by files created inside.
 * Not exercised by the tests, which run on Linux.
 */
function restrictWindowsAcl(dataDir: string): void {
  const domain = process.env.USERDOMAIN;
  const account = domain ? `${domain}\\${userInfo().username}` : userInfo().username;
  execFileSync('icacls', [dataDir, '/inheritance:r', '/grant:r', `${account}:(OI)(CI)F`, '*S-1-5-32-544:(OI)(CI)F'], {
    stdio: 'ignore',
    windowsHide: true,
  });
}

/** The mode the database files get in `dataDir`: 0600, plus group read/write if the directory grants its group access. */
export function databaseFileMode(dataDirMode: number): number {
  return 0o600 | ((dataDirMode & 0o070) === 0o070 ? 0o060 : 0);
}

/**
 * Sets the database file, its -wal and -shm to the directory's mode (SQLite creates the -wal and
 * -shm later with the database file's mode). Only files this account owns: another account's
 * chmod would fail, and their owner set them.
 */
export function restrictDatabaseFiles(dataDir: string, databaseFile: string, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32' || typeof process.getuid !== 'function') return;
  const mode = databaseFileMode(statSync(dataDir).mode);
  const uid = process.getuid();
  for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) {
    if (!existsSync(file)) continue;
    const stat = statSync(file);
    if (stat.uid === uid && (stat.mode & 0o777) !== mode) chmodSync(file, mode);
  }
}
