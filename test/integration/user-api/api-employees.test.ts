// The user management API's successes over a real gateway: lists with search, filters, orders and a
// cursor walk; reads with ETags; merge patches of WFO-owned fields (If-Match honoured); SCIM-owned fields
// refused whole; moves; local employees created; and what the identity provider sent, read back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin } from '../../fixtures/gateway';
import { userApiInTempDir, type UserApiFixture } from '../../fixtures/user-api';

describe('user management API: employees', () => {
  let fx: UserApiFixture;
  beforeEach(async () => {
    fx = await userApiInTempDir({ syncedFields: ['status', 'email'] });
  });
  afterEach(async () => {
    expect(fx.internalErrors).toEqual([]);
    await fx.dispose();
  });

  const local = (userName: string, firstName: string) =>
    fx.services.directory.createLocal({ userName, firstName, lastName: 'Local', organizationId: fx.rootId }, admin);

  it('lists with search and filters, and walks every page with the cursor', async () => {
    for (let n = 0; n < 7; n += 1) local(`walker${n}@example.com`, n % 2 === 0 ? 'Ann' : 'Bob');
    await fx.scimUser('idp.ann@example.com', { name: { givenName: 'Annika', familyName: 'Idp' } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const answer = await fx.api('GET', `/employees?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
        token: fx.readToken,
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(Object.keys(answer.body).sort()).toEqual(['items', 'nextCursor']);
      expect(answer.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...answer.body.items.map((e: { userName: string }) => e.userName));
      cursor = answer.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(['idp.ann@example.com', ...Array.from({ length: 7 }, (_, n) => `walker${n}@example.com`)]);

    const ann = await fx.api('GET', '/employees?search=ANN');
    expect(ann.body.items.map((e: { userName: string }) => e.userName)).toEqual([
      'idp.ann@example.com',
      'walker0@example.com',
      'walker2@example.com',
      'walker4@example.com',
      'walker6@example.com',
    ]);
    const scimOnly = await fx.api('GET', '/employees?search=ann&source=scim');
    expect(scimOnly.body.items.map((e: { userName: string }) => e.userName)).toEqual(['idp.ann@example.com']);
    const localAnn = await fx.api('GET', `/employees?search=ann&source=local&status=active&organizationId=${fx.rootId}&limit=2`);
    expect(localAnn.body.items).toHaveLength(2);
    expect(localAnn.body.nextCursor).not.toBeNull();
    fx.services.directory.update(local('gone@example.com', 'Ann').id, { status: 'inactive' }, admin, () => true);
    const inactive = await fx.api('GET', '/employees?status=inactive');
    expect(inactive.body.items.map((e: { userName: string }) => e.userName)).toEqual(['gone@example.com']);
  });

  it('lists by name or email, either way, and pages on in that order; an order not offered is refused naming sort', async () => {
    const person = (userName: string, firstName: string, lastName: string | null) =>
      fx.services.directory.createLocal({ userName, firstName, lastName, organizationId: fx.rootId }, admin);
    person('u1@example.com', 'Zoe', 'Adams');
    person('u2@example.com', 'Al', 'Brown');
    person('u3@example.com', 'Bo', 'brown');
    person('u4@example.com', 'Cy', null);
    await fx.scimUser('u0@example.com', { name: { givenName: 'Eve', familyName: 'Young' } });
    const walk = async (order: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const path = `/employees?${order}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const answer = await fx.api('GET', path, { token: fx.readToken });
        expect(answer.status).toBe(200);
        seen.push(...answer.body.items.map((e: { userName: string }) => e.userName));
        cursor = answer.body.nextCursor;
      } while (cursor !== null);
      return seen;
    };
    const byName = ['u1@example.com', 'u2@example.com', 'u3@example.com', 'u0@example.com', 'u4@example.com'];
    expect(await walk('sort=name')).toEqual(byName);
    expect(await walk('sort=name&descending=true')).toEqual([...byName].reverse());
    expect(await walk('sort=userName&descending=true')).toEqual(
      ['u0@example.com', 'u1@example.com', 'u2@example.com', 'u3@example.com', 'u4@example.com'].reverse(),
    );
    // Empty values are the defaults, as for the filters: userName, A to Z.
    expect((await fx.api('GET', '/employees?sort=&descending=')).body.items[0].userName).toBe('u0@example.com');

    const first = await fx.api('GET', '/employees?sort=name&limit=2');
    const elsewhere = await fx.api('GET', `/employees?sort=email&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body).toMatchObject({ code: 'validation', fields: ['cursor'] });
    for (const [query, field] of [
      ['sort=city', 'sort'],
      ['sort=Name', 'sort'],
      ['descending=yes', 'descending'],
    ] as const) {
      const refused = await fx.api('GET', `/employees?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'validation', fields: [field] });
    }
  });

  it('lists the employees awaiting placement, for an integration that places them; a bad flag is refused naming it', async () => {
    // A local employee in the Organization for New Users is not waiting: nobody provisioned it.
    const newUsers = fx.services.settings.get().newUserOrganizationId!;
    fx.services.directory.createLocal({ userName: 'local.in.new.users@example.com', organizationId: newUsers }, admin);
    const { id: waiting } = await fx.scimUser('waiting@example.com');
    const { id: placed } = await fx.scimUser('placed@example.com');
    const elsewhere = fx.services.organizations.create({ name: 'Sales', parentId: fx.rootId }, admin);
    const moved = await fx.api('PATCH', `/employees/${placed}`, {
      body: { organizationId: elsewhere.id },
      contentType: 'application/merge-patch+json',
    });
    expect(moved.status).toBe(200);
    const awaiting = await fx.api('GET', '/employees?awaitingPlacement=true', { token: fx.readToken });
    expect(awaiting.status).toBe(200);
    expect(awaiting.body.items.map((e: { id: string }) => e.id)).toEqual([waiting]);
    expect(awaiting.body.items.length).toBe(fx.services.directory.awaitingPlacementCount());
    const twice = await fx.api('GET', '/employees?awaitingPlacement=false&awaitingPlacement=');
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ code: 'validation', fields: ['awaitingPlacement'] });
    expect((await fx.api('GET', '/employees?awaitingPlacement=false')).body.items.length).toBeGreaterThan(1);
    const bad = await fx.api('GET', '/employees?awaitingPlacement=yes');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'validation', fields: ['awaitingPlacement'] });
  });

  it('lists the employees the identity provider deleted (scimDeletedAt set), or only the others', async () => {
    const { id: gone } = await fx.scimUser('gone@example.com');
    const { id: here } = await fx.scimUser('here@example.com');
    const wfo = local('wfo@example.com', 'Wfo');
    expect((await fx.request('DELETE', `/Users/${gone}`)).status).toBe(204);
    const ids = async (query: string) =>
      (await fx.api('GET', `/employees?${query}`, { token: fx.readToken })).body.items.map((e: { id: string }) => e.id);
    expect(await ids('scimDeleted=true')).toEqual([gone]);
    expect(await ids('scimDeleted=false')).toEqual([here, wfo.id]);
    expect(await ids('scimDeleted=true&source=local')).toEqual([]);
    expect(await ids('scimDeleted=true&search=gone')).toEqual([gone]);
    expect(await ids('scimDeleted=')).toEqual([gone, here, wfo.id]);
    const bad = await fx.api('GET', '/employees?scimDeleted=1');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'validation', fields: ['scimDeleted'] });
  });

  it('reads one employee, exactly as the contract shapes it, with its version as ETag', async () => {
    const created = local('read.me@example.com', 'Read');
    const answer = await fx.api('GET', `/employees/${created.id}`, { token: fx.readToken });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('W/"1"');
    expect(answer.body).toEqual(fx.services.directory.get(created.id));
    expect(answer.body).toMatchObject({
      userName: 'read.me@example.com',
      source: 'local',
      scimOwnedFields: [],
      organizationPath: ['Enterprise'],
      version: 1,
    });
  });

  it('PATCHes WFO-owned fields with merge-patch semantics (null removes); If-Match current passes, stale is 412', async () => {
    const { id } = local('patch.me@example.com', 'Patch');
    const first = await fx.api('PATCH', `/employees/${id}`, {
      body: { city: 'Lyon', workPhone: '+33 4 00 00 00 00', firstName: null },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      city: 'Lyon',
      workPhone: '+33 4 00 00 00 00',
      firstName: null,
      lastName: 'Local',
      version: 2,
    });
    expect(first.headers.get('etag')).toBe('W/"2"');
    const stale = await fx.api('PATCH', `/employees/${id}`, { body: { city: 'Porto' }, headers: { 'If-Match': 'W/"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ status: 412, code: 'precondition_failed' });
    expect(fx.services.directory.get(id)).toMatchObject({ city: 'Lyon', version: 2 });
    const current = await fx.api('PATCH', `/employees/${id}`, {
      body: { city: 'Porto' },
      headers: { 'If-Match': first.headers.get('etag')! },
    });
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ city: 'Porto', version: 3 });
    const strongSpelling = await fx.api('PATCH', `/employees/${id}`, {
      body: { status: 'inactive' },
      headers: { 'If-Match': '"3"' },
    });
    expect(strongSpelling.body).toMatchObject({ status: 'inactive', version: 4 });
    const unchanged = await fx.api('PATCH', `/employees/${id}`, { body: {} });
    expect(unchanged.body.version).toBe(4);
  });

  it('moves an employee with organizationId', async () => {
    const sales = fx.services.organizations.create({ name: 'Sales', parentId: fx.rootId }, admin);
    const { id } = local('mover@example.com', 'Mo');
    const moved = await fx.api('PATCH', `/employees/${id}`, { body: { organizationId: sales.id } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ organizationId: sales.id, organizationPath: ['Enterprise', 'Sales'] });
    const inSales = await fx.api('GET', `/employees?organizationId=${sales.id}`);
    expect(inSales.body.items.map((e: { id: string }) => e.id)).toEqual([id]);
  });

  it('a patch that edits fields and moves the employee is one new version (ETag), audited once', async () => {
    const sales = fx.services.organizations.create({ name: 'Sales', parentId: fx.rootId }, admin);
    const { id } = local('edit.and.move@example.com', 'Em');
    const both = await fx.api('PATCH', `/employees/${id}`, {
      body: { city: 'Lyon', organizationId: sales.id },
      headers: { 'If-Match': 'W/"1"' },
    });
    expect(both.status).toBe(200);
    expect(both.headers.get('etag')).toBe('W/"2"');
    expect(both.body).toMatchObject({ city: 'Lyon', organizationPath: ['Enterprise', 'Sales'], version: 2 });
    const read = await fx.api('GET', `/employees/${id}`);
    expect(read.headers.get('etag')).toBe('W/"2"');
    expect(read.body).toEqual(both.body);
    // The ETag the client was given is the current one: the next conditional write passes.
    const next = await fx.api('PATCH', `/employees/${id}`, { body: { city: 'Porto' }, headers: { 'If-Match': 'W/"2"' } });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ city: 'Porto', version: 3 });
    const audited = fx.store.audit.newestFirst(10).filter((row) => row.target === id && row.action === 'employee.update');
    expect(audited).toHaveLength(2);
    expect(audited[1]!.details).toMatchObject({
      changes: { city: { old: null, new: 'Lyon' }, organization: { old: 'Enterprise', new: 'Enterprise/Sales' } },
    });
  });

  it('shows what the identity provider sent; refuses a patch touching SCIM-owned fields whole, naming each', async () => {
    const { id } = await fx.scimUser('idp.user@example.com', {
      name: { givenName: 'Ines', familyName: 'Idp' },
      emails: [{ type: 'work', value: 'ines@example.com', primary: true }],
      addresses: [{ type: 'work', locality: 'Leeds' }],
    });
    const read = await fx.api('GET', `/employees/${id}`, { token: fx.readToken });
    expect(read.body).toMatchObject({
      userName: 'idp.user@example.com',
      firstName: 'Ines',
      lastName: 'Idp',
      email: 'ines@example.com',
      source: 'scim',
      status: 'active',
      scimOwnedFields: ['userName', 'firstName', 'lastName', 'status', 'email'],
      // City is not SCIM-owned here: WFO keeps its own value (none), whatever the identity provider sent.
      city: null,
    });
    const refused = await fx.api('PATCH', `/employees/${id}`, {
      body: { city: 'York', firstName: 'Inès', email: 'x@example.com', status: 'inactive' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ status: 409, code: 'scim_owned', fields: ['firstName', 'email', 'status'] });
    expect(fx.services.directory.get(id)).toEqual(read.body);
    const allowed = await fx.api('PATCH', `/employees/${id}`, { body: { city: 'York' } });
    expect(allowed.body).toMatchObject({ city: 'York', firstName: 'Ines' });
    const scimView = await fx.request('GET', `/Users/${id}`);
    expect(scimView.body.addresses).toEqual([{ type: 'work', locality: 'Leeds' }]);
  });

  it('after the identity provider deletes the user: kept, scimDeletedAt says when, and WFO owns every field', async () => {
    const { id } = await fx.scimUser('gone.user@example.com', { name: { givenName: 'Gus', familyName: 'Gone' } });
    expect((await fx.api('GET', `/employees/${id}`)).body).toMatchObject({ scimDeletedAt: null, source: 'scim' });
    expect((await fx.request('DELETE', `/Users/${id}`)).status).toBe(204);
    expect((await fx.request('GET', `/Users/${id}`)).status).toBe(404);

    const read = await fx.api('GET', `/employees/${id}`, { token: fx.readToken });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      userName: 'gone.user@example.com',
      source: 'scim',
      status: 'inactive',
      scimOwnedFields: [],
    });
    expect(Date.parse(read.body.scimDeletedAt)).not.toBeNaN();
    const listed = await fx.api('GET', '/employees?search=gus');
    expect(listed.body.items).toEqual([read.body]);
    // What the identity provider owned before is WFO's to change now.
    const renamed = await fx.api('PATCH', `/employees/${id}`, { body: { firstName: 'Gustav', status: 'active' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ firstName: 'Gustav', status: 'active', scimDeletedAt: read.body.scimDeletedAt });
  });

  it('creates a local employee: 201 with Location and ETag, readable at Location', async () => {
    const created = await fx.api('POST', '/employees', {
      body: { userName: 'new.hire@example.com', firstName: 'New', lastName: 'Hire', organizationId: fx.rootId },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/employees/${created.body.id}`);
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect(created.body).toMatchObject({
      userName: 'new.hire@example.com',
      source: 'local',
      status: 'active',
      scimOwnedFields: [],
    });
    const again = await fetch(`${fx.gateway.origin}${created.headers.get('location')}`, {
      headers: { Authorization: `Bearer ${fx.readToken}` },
    });
    expect(await again.json()).toEqual(created.body);
  });

  it('renaming a local employee to a taken userName (in any case) is 409 naming userName; nothing is written', async () => {
    local('taken@example.com', 'Taken');
    const { id } = local('mover@example.com', 'Mover');
    const before = fx.services.directory.get(id);
    const refused = await fx.api('PATCH', `/employees/${id}`, { body: { userName: 'TAKEN@example.com', city: 'Leeds' } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'conflict', fields: ['userName'] });
    expect(fx.services.directory.get(id)).toEqual(before);
    // Keeping its own userName while changing another field is not a collision with itself.
    const kept = await fx.api('PATCH', `/employees/${id}`, { body: { userName: 'mover@example.com', city: 'Leeds' } });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ userName: 'mover@example.com', city: 'Leeds', version: before.version + 1 });
  });

  it('DELETE is 409 for SCIM-managed and local employees alike, saying what to do; nothing is deleted', async () => {
    const { id: scimId } = await fx.scimUser('keep.idp@example.com');
    const { id: localId } = local('keep.local@example.com', 'Keep');
    const scim = await fx.api('DELETE', `/employees/${scimId}`);
    expect(scim.status).toBe(409);
    expect(scim.body).toMatchObject({ code: 'conflict', detail: expect.stringMatching(/identity provider/) });
    const wfo = await fx.api('DELETE', `/employees/${localId}`);
    expect(wfo.body).toMatchObject({ code: 'conflict', detail: expect.stringMatching(/inactive/) });
    expect((await fx.api('DELETE', '/employees/no-such-id')).status).toBe(404);
    expect(fx.services.directory.get(scimId).status).toBe('active');
    expect(fx.services.directory.get(localId).status).toBe('active');
  });
});
