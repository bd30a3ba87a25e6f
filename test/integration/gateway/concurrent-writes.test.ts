// Concurrent writes over real HTTP: the gateway groups the writes of one event-loop turn into one
// commit, so an answer must never be sent before its write is committed. Another connection to the
// same file checks that at the moment each answer is written to the socket.
import { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../../../main/store/store';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

const user = (userName: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  name: { givenName: 'Test', familyName: 'User' },
});

describe('concurrent writes', () => {
  let fx: GatewayFixture;
  let observer: Store;
  beforeEach(async () => {
    fx = await gatewayInTempDir({ rateLimit: null });
    observer = Store.open(fx.dataDir);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    observer.close();
    await fx.dispose();
  });

  it('sends each of many concurrent creates only after it is committed', async () => {
    // Checked as the answer is written: in this one process, by the time the client reads it the
    // turn's commit has happened anyway, so checking after the fetch would prove nothing.
    const visibleWhenSent: boolean[] = [];
    const end = ServerResponse.prototype.end;
    vi.spyOn(ServerResponse.prototype, 'end').mockImplementation(function (this: ServerResponse, ...args: unknown[]) {
      if (this.statusCode === 201 && typeof args[0] === 'string') {
        visibleWhenSent.push(observer.employees.byId((JSON.parse(args[0]) as { id: string }).id) !== undefined);
      }
      return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    });
    const names = Array.from({ length: 30 }, (_, n) => `parallel.${n}@example.com`);
    const statuses = await Promise.all(
      names.map(async (name) => (await fx.request('POST', '/Users', { body: user(name) })).status),
    );
    expect(statuses).toEqual(names.map(() => 201));
    expect(visibleWhenSent).toEqual(names.map(() => true));
  });

  it('gives one of two concurrent creates of the same userName 201 and the other 409, and stores one', async () => {
    const statuses = await Promise.all(
      [1, 2].map(async () => (await fx.request('POST', '/Users', { body: user('twin@example.com') })).status),
    );
    expect(statuses.sort()).toEqual([201, 409]);
    expect(
      observer.employees.count({ kind: 'compare', field: 'userName', op: 'eq', value: 'twin@example.com', folded: false }),
    ).toBe(1);
  });

  it('answers concurrent PATCHes of one user in turn: each sees the one before, none is lost', async () => {
    const created = await fx.request('POST', '/Users', { body: user('patched@example.com') });
    const titles = Array.from({ length: 10 }, (_, n) => `Title ${n}`);
    const answers = await Promise.all(
      titles.map((title) =>
        fx.request('PATCH', `/Users/${created.body.id}`, {
          body: {
            schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
            Operations: [{ op: 'replace', path: 'title', value: title }],
          },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(titles.map(() => 200));
    const versions = answers.map((a) => Number(/\d+/.exec(a.body.meta.version)![0])).sort((a, b) => a - b);
    expect(versions).toEqual(titles.map((_, n) => n + 2));
    expect(observer.employees.visibleById(created.body.id)!.version).toBe(11);
  });
});
