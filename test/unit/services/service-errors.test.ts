// What transports make of what they catch (services/errors.ts): a service refusal as it is, a busy
// database (the driver's SQLITE_BUSY, from a real second connection) as BusyError, anything else a
// failure; and a failure as the one sentence the CLI and the desktop app's startup dialog show.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUSY_RETRY_AFTER_SECONDS,
  BusyError,
  ServiceError,
  failureMessage,
  isBusyError,
  serviceErrorOf,
} from '../../../main/services/errors';
import { BUSY_TIMEOUT_MS } from '../../../main/store/database';
import { StoreBusy } from '../../../main/store/store-errors';
import { makeTempDir } from '../../fixtures/temp-dir';

describe('service errors', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let driverBusy: unknown;
  beforeEach(() => {
    dir = makeTempDir();
    const file = join(dir.path, 'busy.sqlite');
    const holder = new BetterSqlite3(file);
    const waiter = new BetterSqlite3(file, { timeout: 0 });
    holder.exec('CREATE TABLE t (x); BEGIN IMMEDIATE');
    try {
      waiter.exec('BEGIN IMMEDIATE');
    } catch (error) {
      driverBusy = error;
    }
    holder.exec('ROLLBACK');
    holder.close();
    waiter.close();
  });
  afterEach(() => dir.remove());

  it("takes the driver's busy error, untranslated or as StoreBusy, for a BusyError: unavailable, retry after the busy timeout", () => {
    expect(driverBusy).toMatchObject({ code: 'SQLITE_BUSY', message: 'database is locked' });
    for (const caught of [driverBusy, new StoreBusy('database is locked'), new BusyError()]) {
      expect(isBusyError(caught)).toBe(true);
      const refusal = serviceErrorOf(caught);
      expect(refusal).toBeInstanceOf(BusyError);
      expect(refusal).toMatchObject({ code: 'unavailable', retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS });
      expect(failureMessage(caught)).toBe(
        'The database is busy with another change (a large import, or another process); nothing was changed. Try again in a few seconds.',
      );
    }
    expect(BUSY_RETRY_AFTER_SECONDS * 1000).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS);
  });

  it('keeps a service refusal as it is, and leaves anything else a failure (null) in its own words', () => {
    const refusal = new ServiceError('validation', 'City is too long.', 'city');
    expect(serviceErrorOf(refusal)).toBe(refusal);
    const bug = new TypeError('x is undefined');
    expect(isBusyError(bug)).toBe(false);
    expect(serviceErrorOf(bug)).toBeNull();
    expect(failureMessage(bug)).toBe('x is undefined');
    expect(serviceErrorOf(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }))).toBeNull();
    expect(failureMessage('plain text')).toBe('plain text');
  });
});
