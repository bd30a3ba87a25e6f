// Another connection holds the database's write lock past the busy timeout (in production: a placements
// file of 100,000 employees applied from the console or idsvc, about 10 s in one transaction). A write
// over SCIM or the user management API is then refused as "busy, retry" (503, Retry-After) having
// written nothing, not reported as the gateway's failure (500); the gateway's background work (its
// heartbeat, which used to end the process) waits for its next turn; the refused requests' log rows are
// written once the lock is gone. Real HTTP on loopback, two connections to one SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../../main/store/store';
import { activityFilter } from '../../../preload/activity-contract';
import { userApiInTempDir, type UserApiFixture } from '../../fixtures/user-api';

const user = (userName: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  name: { givenName: 'Lock', familyName: 'Out' },
});
const BUSY = /^The database is busy with another change .*nothing was changed\. Try again in a few seconds\.$/;

describe('writes while another connection holds the database past the busy timeout', () => {
  let fx: UserApiFixture;
  let other: Store;
  beforeEach(async () => {
    // A short busy timeout, so each refusal takes 0.2 s instead of 5; a heartbeat every 50 ms meets the lock.
    fx = await userApiInTempDir({ busyTimeoutMs: 200, heartbeatMs: 50 });
    await settled();
    other = Store.open(fx.dataDir);
  });
  afterEach(async () => {
    if (other.db.inTransaction) other.db.exec('ROLLBACK');
    other.close();
    await fx.dispose();
  });

  // The gateway runs in this process: its turn's group transaction (a token created, a log row) commits
  // at the end of the turn, so the other connection locks only once that has happened, or it would
  // wait on a commit that cannot run while it waits.
  const settled = () => new Promise((resolve) => setTimeout(resolve, 20));
  const lock = async () => {
    await settled();
    other.db.exec('BEGIN IMMEDIATE');
  };

  const logged = (status: number) =>
    fx.services.activity
      .list({ ...activityFilter.parse({}), beforeId: null, limit: 50 })
      .entries.filter((entry) => entry.status === status)
      .map((entry) => `${entry.method} ${entry.path}`);

  it('answers 503 with Retry-After and writes nothing; the same requests succeed once the lock is gone', async () => {
    const { id } = await fx.scimUser('kept@example.com');
    const before = await fx.api('GET', `/employees/${id}`);

    await lock();
    const created = await fx.request('POST', '/Users', { body: user('locked.out@example.com') });
    const patched = await fx.api('PATCH', `/employees/${id}`, { body: { city: 'Lyon' } });
    // Past several heartbeats, each refused by the lock.
    await new Promise((resolve) => setTimeout(resolve, 300));
    other.db.exec('ROLLBACK');

    expect(created.status).toBe(503);
    expect(created.headers.get('retry-after')).toBe('5');
    expect(created.body).toMatchObject({ status: '503', detail: expect.stringMatching(BUSY) });
    expect(patched.status).toBe(503);
    expect(patched.headers.get('retry-after')).toBe('5');
    expect(patched.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(patched.body).toMatchObject({ status: 503, code: 'unavailable', detail: expect.stringMatching(BUSY) });
    // Neither a failure of the gateway (a 500, reported) nor of its heartbeat (which ended the process).
    expect(fx.internalErrors).toEqual([]);

    const found = await fx.request('GET', `/Users?filter=${encodeURIComponent('userName eq "locked.out@example.com"')}`);
    expect(found.body.totalResults).toBe(0);
    const after = await fx.api('GET', `/employees/${id}`);
    expect(after.body).toEqual(before.body);

    expect((await fx.request('POST', '/Users', { body: user('locked.out@example.com') })).status).toBe(201);
    const retried = await fx.api('PATCH', `/employees/${id}`, { body: { city: 'Lyon' } });
    expect(retried).toMatchObject({ status: 200, body: { city: 'Lyon' } });
  });

  it("keeps the refused requests' log rows and writes them after the lock, a retry later", async () => {
    await lock();
    expect((await fx.request('POST', '/Users', { body: user('logged.later@example.com') })).status).toBe(503);
    // The turn's log write met the lock too: nothing is in the log yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    other.db.exec('ROLLBACK');
    expect(logged(503)).toEqual([]);
    await expect.poll(() => logged(503), { timeout: 8000, interval: 250 }).toEqual(['POST /scim/v2/Users']);
    expect(fx.internalErrors).toEqual([]);
  }, 15_000);

  it('stops while the database is still held, reporting the log rows it could not write', async () => {
    await lock();
    expect((await fx.request('POST', '/Users', { body: user('never.logged@example.com') })).status).toBe(503);
    await fx.gateway.close();
    other.db.exec('ROLLBACK');
    expect(fx.internalErrors).toEqual([
      expect.objectContaining({
        message: 'Provisioning log rows not written before the listener stopped (the database stayed busy): 1.',
      }),
    ]);
  });
});
