// Lists and groups past the sizes the other tests use: a jump to a startIndex further than one skip
// step, the trigger-kept count through a rollback, and a group of thousands of members whose member
// PATCHes and slim reads never read the member list.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SKIP_STEP } from '../../../main/gateway/list/user-list';
import { sanitizeUser } from '../../../main/gateway/scim/user-sanitizer';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

const USERS = 2 * SKIP_STEP + 1000;
const MEMBERS = 3000;
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const name = (n: number) => `scale-${String(n).padStart(6, '0')}@example.com`;

describe('gateway: lists and groups at scale', () => {
  let fx: GatewayFixture;
  const ids: string[] = [];
  beforeAll(async () => {
    fx = await gatewayInTempDir();
    fx.store.db.transaction(() => {
      for (let n = 1; n <= USERS; n += 1) ids.push(fx.services.employees.create(sanitizeUser({ userName: name(n) })).employee.id);
    })();
  }, 120_000);
  afterAll(() => fx.dispose());

  const list = async (query: string) => {
    const answer = await fx.request('GET', `/Users?${query}`);
    expect(answer.status).toBe(200);
    return answer.body as { totalResults: number; itemsPerPage: number; Resources: Array<{ id: string; userName: string }> };
  };

  it(`jumps to a startIndex more than one skip step (${SKIP_STEP.toLocaleString('en-US')} rows) away, in creation and id order`, async () => {
    const deep = await list(`startIndex=${2 * SKIP_STEP + 501}&count=3&attributes=userName`);
    expect(deep.totalResults).toBe(USERS);
    expect(deep.Resources.map((r) => r.userName)).toEqual(
      [2 * SKIP_STEP + 501, 2 * SKIP_STEP + 502, 2 * SKIP_STEP + 503].map(name),
    );
    // A nearer jump starts from a step the first one remembered, and lands on the same rows an offset would.
    const nearer = await list(`startIndex=${SKIP_STEP + 7}&count=2&attributes=userName`);
    expect(nearer.Resources.map((r) => r.userName)).toEqual([SKIP_STEP + 7, SKIP_STEP + 8].map(name));
    const byId = fx.store.db
      .prepare('SELECT id FROM employees WHERE scim_deleted_at IS NULL ORDER BY id LIMIT 3 OFFSET ?')
      .pluck()
      .all(USERS - 3);
    expect((await list(`sortBy=id&startIndex=${USERS - 2}&count=5`)).Resources.map((r) => r.id)).toEqual(byId);
    expect((await list(`startIndex=${USERS + 1}&count=5`)).itemsPerPage).toBe(0);
  });

  it('keeps the count of visible users true through a rolled-back write', async () => {
    const visible = () => fx.store.db.prepare('SELECT visible FROM employee_stats').pluck().get();
    const before = visible();
    expect(() =>
      fx.store.transaction(() => {
        fx.services.employees.create(sanitizeUser({ userName: 'rolled-back@example.com' }));
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(visible()).toBe(before);
    expect((await list('count=0')).totalResults).toBe(before);
  });

  describe(`a group of ${MEMBERS.toLocaleString('en-US')} members`, () => {
    let gid: string;
    const patch = (Operations: unknown[], headers: Record<string, string> = {}) =>
      fx.request('PATCH', `/Groups/${gid}`, { body: { schemas: [PATCH_OP], Operations }, headers });
    beforeAll(() => {
      gid = fx.services.groups.create({
        displayName: 'Everyone',
        members: ids.slice(0, MEMBERS).map((value) => ({ value })),
      }).group.id;
    });

    it('changes one member without reading the member list; the ETag moves; 204 for a group this large', async () => {
      const reads = [vi.spyOn(fx.services.groups, 'members'), vi.spyOn(fx.services.groups, 'eachMember')];
      const removed = await patch([{ op: 'remove', path: `members[value eq "${ids[0]}"]` }]);
      expect(removed.status).toBe(204);
      expect(removed.headers.get('etag')).toBe('W/"2"');
      const added = await patch([{ op: 'add', path: 'members', value: [{ value: ids[MEMBERS] }] }], { 'If-Match': 'W/"2"' });
      expect(added.status).toBe(204);
      expect(added.headers.get('etag')).toBe('W/"3"');
      // A change that changes nothing keeps the version; a stale If-Match is refused, nothing written.
      expect((await patch([{ op: 'add', path: 'members', value: [{ value: ids[MEMBERS] }] }])).headers.get('etag')).toBe('W/"3"');
      expect((await patch([{ op: 'remove', path: 'members[value eq "not-a-member"]' }])).headers.get('etag')).toBe('W/"3"');
      expect((await patch([{ op: 'remove', path: 'members', value: [{ value: ids[1] }] }], { 'If-Match': 'W/"2"' })).status).toBe(
        412,
      );
      expect((await patch([{ op: 'add', path: 'members', value: [{ value: 'no-such-user' }] }])).body).toMatchObject({
        status: '400',
        scimType: 'invalidValue',
      });
      const slim = await fx.request('GET', `/Groups/${gid}?excludedAttributes=members`);
      expect(slim.body.members).toBeUndefined();
      expect(slim.body.meta.version).toBe('W/"3"');
      for (const read of reads) {
        expect(read).not.toHaveBeenCalled();
        read.mockRestore();
      }
      const members = fx.store.db.prepare('SELECT employee_id FROM scim_group_members WHERE group_id = ?').pluck().all(gid);
      expect(members).toHaveLength(MEMBERS);
      expect(members).toContain(ids[MEMBERS]);
      expect(members).not.toContain(ids[0]);
    });

    it('answers a whole GET with every member, as the object renderer would', async () => {
      const whole = (await fx.request('GET', `/Groups/${gid}`)).body;
      expect(whole.members).toHaveLength(MEMBERS);
      expect(whole.members[0]).toEqual({
        value: expect.any(String),
        display: expect.stringMatching(/^scale-/),
        $ref: expect.stringContaining('/Users/'),
        type: 'User',
      });
      const projected = (await fx.request('GET', `/Groups/${gid}?attributes=members,displayName,meta`)).body;
      expect(whole).toEqual({ ...projected, schemas: whole.schemas, id: gid });
    });

    it('replacing the members with the same set changes nothing', async () => {
      const now = (await fx.request('GET', `/Groups/${gid}?excludedAttributes=members`)).body.meta.version;
      const same = fx.store.db
        .prepare('SELECT employee_id FROM scim_group_members WHERE group_id = ?')
        .pluck()
        .all(gid) as string[];
      const replaced = await patch([{ op: 'replace', path: 'members', value: same.map((value) => ({ value })) }]);
      expect(replaced.headers.get('etag')).toBe(now);
    });
  });
});
