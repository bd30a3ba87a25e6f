// The employee directory over a real SQLite file: pages in userName order continued by cursor, search
// by the start of a name folded like the rest of the product, filters, edits that refuse SCIM-owned
// fields whole, stale versions, local employees, moves (all or none) and their audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
import { employeeListInput, type EmployeeListInput } from '../../../preload/employees-contract';
import { userNamesPageByPage } from '../../fixtures/directory-pages';
import { enableProvisioning, servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ann = { name: 'ann' };
const any = () => true;
const scimUser = (userName: string, extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName,
  name: { givenName: 'Given', familyName: 'Family' },
  ...extra,
});

function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('employee directory', () => {
  let fx: ServicesFixture;
  let rootId: string;
  let salesId: string;
  let emeaId: string;
  const list = (input: EmployeeListInput = {}) => fx.services.directory.list(employeeListInput.parse(input));
  const userNames = (input: EmployeeListInput = {}) => list(input).items.map((e) => e.userName);

  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, ann).id;
    emeaId = fx.services.organizations.create({ name: 'EMEA', parentId: salesId }, ann).id;
    enableProvisioning(fx, ['status', 'email']);
  });
  afterEach(() => fx.dispose());

  it('pages in userName order (ignoring case) by cursor, every employee once, with the total', () => {
    for (const name of ['delta', 'Alpha', 'charlie', 'Bravo', 'echo'])
      fx.services.directory.createLocal({ userName: name, organizationId: rootId }, ann);
    const first = list({ limit: 2 });
    expect(first.items.map((e) => e.userName)).toEqual(['Alpha', 'Bravo']);
    expect(first.total).toBe(5);
    const second = list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((e) => e.userName)).toEqual(['charlie', 'delta']);
    const third = list({ limit: 2, cursor: second.nextCursor });
    expect(third.items.map((e) => e.userName)).toEqual(['echo']);
    expect(third.nextCursor).toBeNull();
  });

  it('a search matching thousands walks the directory in order; a narrow one reads index ranges; both page the same way', () => {
    // More than the 2,000 matches that switch a search to walking in order; written straight to the store.
    const template = fx.store.employees.byId(
      fx.services.directory.createLocal({ userName: 'template', organizationId: rootId }, ann).id,
    )!;
    fx.store.transaction(() => {
      for (let n = 0; n < 2_100; n += 1) {
        const userName = `dense-${String(n).padStart(5, '0')}`;
        fx.store.employees.insert({ ...template, id: `id-${userName}`, userName, firstName: n % 2 ? 'Odd' : 'Even' });
      }
    });
    const walk = (search: string) => userNamesPageByPage(fx.services, { search }, 200);
    const dense = walk('dense-0');
    expect(dense).toHaveLength(2_100);
    expect(dense).toEqual([...dense].sort());
    expect(list({ search: 'EVEN' }).total).toBe(1_050);
    expect(walk('dense-0001')).toEqual(Array.from({ length: 10 }, (_, i) => `dense-0001${i}`));
    const plan = fx.store.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM employees WHERE (user_name_key >= ? AND user_name_key < ?) OR (first_name_key >= ? AND first_name_key < ?)
         OR (last_name_key >= ? AND last_name_key < ?) OR (email_key >= ? AND email_key < ?)`,
      )
      .all('a', 'b', 'a', 'b', 'a', 'b', 'a', 'b') as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail).join('\n')).toMatch(
      /MULTI-INDEX OR[\s\S]*employees_first_name_key[\s\S]*employees_last_name_key/,
    );
    // The walk reads the directory index alone, in its order: no table row, no sort.
    const walkPlan = fx.store.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT rowid FROM employees WHERE instr(search_text, ?) > 0 ORDER BY user_name COLLATE NOCASE, id`,
      )
      .all('Aa') as Array<{ detail: string }>;
    expect(walkPlan.map((row) => row.detail)).toEqual(['SCAN employees USING INDEX employees_directory']);
  });

  it("gives the user management API's page as JSON text that is the page, member for member and in order", () => {
    const tricky = 'Quote " back\\slash\nline \u001f tab\t \u2028 ✓ 𝄞';
    fx.services.employees.create(
      scimUser('json-scim', {
        name: { givenName: 'Zoë', familyName: "d'Arc \\ \n\u001f ✓ 𝄞" },
        active: false,
        emails: [{ value: 'zoe@x.example', type: 'work', primary: true }],
      }),
    );
    const local = fx.services.directory.createLocal({ userName: 'json-local', firstName: 'Ann', organizationId: emeaId }, ann);
    fx.services.directory.update(
      local.id,
      { addressLine1: tricky, employeeNumber: '007', city: 'Lyon', workPhone: '+33 1' },
      ann,
      any,
    );
    fx.services.directory.createLocal({ userName: 'json-sales', organizationId: salesId }, ann);
    const inputs: EmployeeListInput[] = [
      {},
      { search: 'json' },
      { limit: 1 },
      { search: 'JSON', limit: 2 },
      { organizationId: salesId },
    ];
    for (const input of inputs) {
      const query = employeeListInput.parse(input);
      const page = fx.services.directory.page(query);
      const text = fx.services.directory.pageJson(query);
      // Re-serialized, the text gives the page's own JSON: the same members, values and order.
      const parsed = JSON.parse(text) as typeof page;
      expect(JSON.stringify({ ...parsed, nextCursor: null })).toBe(JSON.stringify({ ...page, nextCursor: null }));
      expect(parsed.items.length).toBeGreaterThan(0);
      // The cursors are sealed at the moment they are made: each leads to the same next page.
      expect(parsed.nextCursor === null).toBe(page.nextCursor === null);
      if (parsed.nextCursor !== null) {
        expect(fx.services.directory.page({ ...query, cursor: parsed.nextCursor })).toEqual(
          fx.services.directory.page({ ...query, cursor: page.nextCursor }),
        );
      }
    }
    const [localJson, , scim] = JSON.parse(fx.services.directory.pageJson(employeeListInput.parse({ search: 'json' }))).items;
    expect(scim).toMatchObject({ userName: 'json-scim', lastName: "d'Arc \\ \n\u001f ✓ 𝄞", status: 'inactive', source: 'scim' });
    expect(localJson).toMatchObject({
      addressLine1: tricky,
      employeeNumber: '007',
      organizationPath: ['Enterprise', 'Sales', 'EMEA'],
    });
  });

  it('refuses a cursor it did not give out, naming the cursor', () => {
    for (const cursor of ['garbage', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')]) {
      expect(refusal(() => list({ cursor }))).toMatchObject({ code: 'validation', field: 'cursor' });
    }
  });

  it('searches the start of userName, first and last name and email, folding case like the rest of the product', () => {
    fx.services.directory.createLocal(
      { userName: 'ÄNNE@x.example', firstName: 'Änne', lastName: 'Smith', organizationId: rootId },
      ann,
    );
    fx.services.directory.createLocal(
      { userName: 'bob', firstName: 'Robert', lastName: 'Kelvin', email: 'rob@corp.example', organizationId: rootId },
      ann,
    );
    fx.services.directory.createLocal({ userName: 'carl', firstName: 'Carl', lastName: 'Ännesson', organizationId: rootId }, ann);
    // Not the start of any key, though next to what separates the keys in the walk's search text
    // (migration 014): a control character, and an "a" before the name.
    fx.services.directory.createLocal(
      { userName: 'dora', firstName: 'x\u001fÄnne', lastName: 'Aänne', email: 'a.rob@corp.example', organizationId: rootId },
      ann,
    );
    expect(userNames({ search: 'änne' })).toEqual(['carl', 'ÄNNE@x.example']);
    expect(userNames({ search: 'A' })).toEqual(['dora']);
    expect(userNames({ search: 'ROB' })).toEqual(['bob']);
    expect(userNames({ search: 'KELVIN' })).toEqual(['bob']);
    expect(userNames({ search: 'smi' })).toEqual(['ÄNNE@x.example']);
    // The start only: "mith" is inside Smith, "corp" inside the email.
    expect(userNames({ search: 'mith' })).toEqual([]);
    expect(userNames({ search: 'corp' })).toEqual([]);
    expect(list({ search: 'änne' }).total).toBe(2);
  });

  it('filters by organization with its sub-organizations, by source and status, and awaiting placement', () => {
    fx.services.directory.createLocal({ userName: 'in-root', organizationId: rootId }, ann);
    fx.services.directory.createLocal({ userName: 'in-sales', organizationId: salesId }, ann);
    fx.services.directory.createLocal({ userName: 'in-emea', organizationId: emeaId }, ann);
    const scim = fx.services.employees.create(scimUser('from-idp', { active: false })).employee;
    expect(userNames({ organizationId: salesId })).toEqual(['in-emea', 'in-sales']);
    expect(userNames({ organizationId: emeaId })).toEqual(['in-emea']);
    expect(userNames({ source: 'scim' })).toEqual(['from-idp']);
    expect(userNames({ source: 'local', organizationId: rootId })).toEqual(['in-emea', 'in-root', 'in-sales']);
    expect(userNames({ status: 'inactive' })).toEqual(['from-idp']);
    // New users land in the root here (enableProvisioning): the SCIM one waits, local ones never do.
    expect(userNames({ awaitingPlacement: true })).toEqual(['from-idp']);
    expect(fx.services.directory.awaitingPlacementCount()).toBe(1);
    fx.services.directory.move([scim.id], salesId, ann);
    expect(userNames({ awaitingPlacement: true })).toEqual([]);
    expect(fx.services.directory.awaitingPlacementCount()).toBe(0);
    expect(refusal(() => list({ organizationId: 'nope' }))).toMatchObject({ code: 'not_found', field: 'organizationId' });
  });

  it('an employee the identity provider deleted is kept, says when, owns nothing, and no longer awaits placement', () => {
    const left = fx.services.employees.create(
      scimUser('left@x.example', { name: { givenName: 'Lefty', familyName: 'Gone' } }),
    ).employee;
    const waiting = fx.services.employees.create(scimUser('waiting@x.example')).employee;
    expect(fx.services.directory.awaitingPlacementCount()).toBe(2);
    expect(fx.services.directory.get(left.id).scimDeletedAt).toBeNull();

    fx.clock.advance(60_000);
    fx.services.employees.delete(left.id);
    const view = fx.services.directory.get(left.id);
    expect(view).toMatchObject({ source: 'scim', scimDeletedAt: fx.clock.now().toISOString(), scimOwnedFields: [] });
    // Status was SCIM-owned, so the identity provider's delete deactivated the employee too.
    expect(view.status).toBe('inactive');
    expect(userNames({ awaitingPlacement: true })).toEqual(['waiting@x.example']);
    expect(fx.services.directory.awaitingPlacementCount()).toBe(1);
    // Still in the directory, under every other filter that selects it, and found as deleted.
    expect(userNames({ source: 'scim' })).toEqual(['left@x.example', 'waiting@x.example']);
    expect(userNames({ scimDeleted: true })).toEqual(['left@x.example']);
    expect(userNames({ scimDeleted: false })).toEqual(['waiting@x.example']);
    expect(list({ scimDeleted: true, status: 'active' }).total).toBe(0);
    // By its names, and by its userName: the delete freed the name but the search still finds it.
    expect(userNames({ search: 'gone' })).toEqual(['left@x.example']);
    expect(userNames({ search: 'LEFT@' })).toEqual(['left@x.example']);
    // Its name is free: the identity provider may create someone new under it, who is the one waiting.
    const again = fx.services.employees.create(scimUser('left@x.example')).employee;
    expect(again.id).not.toBe(left.id);
    expect(list({ awaitingPlacement: true }).items.map((e) => [e.id, e.scimDeletedAt])).toEqual([
      [again.id, null],
      [waiting.id, null],
    ]);
    expect(
      list({ search: 'left' })
        .items.map((e) => e.id)
        .sort(),
    ).toEqual([left.id, again.id].sort());

    // Renamed in WFO, it still holds no name: the identity provider, which cannot see it, may create that name.
    fx.services.directory.update(left.id, { userName: 'lefty.gone@x.example' }, ann, any);
    expect(fx.services.directory.get(left.id)).toMatchObject({ userName: 'lefty.gone@x.example', scimOwnedFields: [] });
    const newcomer = fx.services.employees.create(scimUser('lefty.gone@x.example')).employee;
    expect(newcomer.id).not.toBe(left.id);
    expect(
      list({ search: 'lefty.gone@' })
        .items.map((e) => e.id)
        .sort(),
    ).toEqual([left.id, newcomer.id].sort());
    // Two the identity provider deleted may share a name; both are found by it.
    fx.services.employees.delete(newcomer.id);
    expect(list({ search: 'lefty.gone@' }).items.map((e) => e.scimDeletedAt === null)).toEqual([false, false]);
    // A name a visible employee holds is still refused, naming the field.
    expect(refusal(() => fx.services.directory.update(left.id, { userName: 'WAITING@x.example' }, ann, any))).toMatchObject({
      code: 'conflict',
      field: 'userName',
    });
  });

  it('sets Status for many employees at once, each an audited edit; none when the identity provider owns it for any', () => {
    const amy = fx.services.directory.createLocal({ userName: 'amy', organizationId: rootId }, ann);
    const bo = fx.services.directory.createLocal({ userName: 'bo', organizationId: rootId }, ann);
    const already = fx.services.directory.update(
      fx.services.directory.createLocal({ userName: 'cy', organizationId: rootId }, ann).id,
      { status: 'inactive' },
      ann,
      any,
    );
    expect(fx.services.directory.setStatus([amy.id, bo.id, already.id, amy.id], 'inactive', ann)).toEqual({ changed: 2 });
    expect([amy, bo, already].map((e) => fx.services.directory.get(e.id))).toEqual([
      expect.objectContaining({ status: 'inactive', version: amy.version + 1 }),
      expect.objectContaining({ status: 'inactive', version: bo.version + 1 }),
      expect.objectContaining({ status: 'inactive', version: already.version }),
    ]);
    expect(fx.services.directory.history(amy.id, null, 5).entries[0]).toMatchObject({
      action: 'employee.update',
      actor: 'ann',
      details: { changes: { status: { old: 'active', new: 'inactive' } } },
    });

    // Status is SCIM-owned here (enableProvisioning selected it): one such employee refuses the whole change.
    const idp = fx.services.employees.create(scimUser('idp.user')).employee;
    const refused = refusal(() => fx.services.directory.setStatus([amy.id, idp.id, bo.id], 'active', ann));
    expect(refused).toMatchObject({ code: 'scim_owned', field: 'status', fields: ['status'] });
    expect(refused.message).toBe(
      'Status is managed by your identity provider for 1 selected employee (idp.user): change it there. Nothing was changed.',
    );
    expect([amy, bo].map((e) => fx.services.directory.get(e.id).status)).toEqual(['inactive', 'inactive']);
    expect(refusal(() => fx.services.directory.setStatus([amy.id, 'missing'], 'active', ann))).toMatchObject({
      code: 'not_found',
    });
    expect(fx.services.directory.get(amy.id).status).toBe('inactive');
  });

  it("sets a shared field (an office's city) for many employees at once, each an audited edit, or clears it", () => {
    const amy = fx.services.directory.createLocal({ userName: 'amy', organizationId: rootId }, ann);
    const idp = fx.services.employees.create(scimUser('idp.user')).employee;
    const there = fx.services.directory.update(
      fx.services.directory.createLocal({ userName: 'cy', organizationId: rootId }, ann).id,
      { city: 'Lyon' },
      ann,
      any,
    );
    // City is not SCIM-owned here: the identity provider's employee takes it too.
    expect(fx.services.directory.setField([amy.id, idp.id, there.id, amy.id], 'city', '  Lyon ', ann)).toEqual({ changed: 2 });
    expect([amy.id, idp.id, there.id].map((id) => fx.services.directory.get(id))).toEqual([
      expect.objectContaining({ city: 'Lyon', version: amy.version + 1 }),
      expect.objectContaining({ city: 'Lyon', version: idp.version + 1 }),
      expect.objectContaining({ city: 'Lyon', version: there.version }),
    ]);
    expect(fx.services.directory.history(idp.id, null, 5).entries[0]).toMatchObject({
      action: 'employee.update',
      actor: 'ann',
      details: { changes: { city: { old: null, new: 'Lyon' } } },
    });
    expect(fx.services.directory.setField([amy.id, there.id], 'city', ' ', ann)).toEqual({ changed: 2 });
    expect(fx.services.directory.get(amy.id).city).toBeNull();
  });

  it('refuses Set field whole when the identity provider owns the field for any, or the value is not one WFO takes', () => {
    enableProvisioning(fx, ['status', 'email', 'country']);
    const amy = fx.services.directory.createLocal({ userName: 'amy', organizationId: rootId }, ann);
    const idp = fx.services.employees.create(scimUser('idp.user')).employee;
    const refused = refusal(() => fx.services.directory.setField([amy.id, idp.id], 'country', 'France', ann));
    expect(refused).toMatchObject({ code: 'scim_owned', field: 'country', fields: ['country'] });
    expect(refused.message).toBe(
      'Country is managed by your identity provider for 1 selected employee (idp.user): change it there. Nothing was changed.',
    );
    const badText = refusal(() => fx.services.directory.setField([amy.id, idp.id], 'city', 'Ly\uD800on', ann));
    expect(badText).toMatchObject({ code: 'validation', field: 'city' });
    expect([amy.id, idp.id].map((id) => fx.services.directory.get(id))).toEqual([
      expect.objectContaining({ country: null, city: null, version: amy.version }),
      expect.objectContaining({ country: null, city: null, version: idp.version }),
    ]);
  });

  it('answers each employee with its organization path, its source and the fields SCIM owns now', () => {
    const created = fx.services.employees.create(
      scimUser('owned@x.example', { emails: [{ type: 'work', value: 'o@x.example' }] }),
    ).employee;
    const view = fx.services.directory.get(created.id);
    expect(view).toMatchObject({
      userName: 'owned@x.example',
      firstName: 'Given',
      email: 'o@x.example',
      status: 'active',
      source: 'scim',
      organizationPath: ['Enterprise'],
      scimOwnedFields: ['userName', 'firstName', 'lastName', 'status', 'email'],
    });
    expect(refusal(() => fx.services.directory.get('missing'))).toMatchObject({ code: 'not_found' });
  });

  it('refuses an edit touching SCIM-owned fields whole, naming every one, and writes nothing', () => {
    const created = fx.services.employees.create(scimUser('locked@x.example')).employee;
    const auditBefore = fx.store.audit.newestFirst(100).length;
    const error = refusal(() =>
      fx.services.directory.update(created.id, { firstName: 'New', email: 'n@x.example', city: 'Oslo' }, ann, any),
    );
    expect(error).toMatchObject({ code: 'scim_owned', fields: ['firstName', 'email'] });
    expect(error.message).toContain('firstName, email');
    const after = fx.services.directory.get(created.id);
    expect(after).toMatchObject({ firstName: 'Given', email: null, city: null, version: created.version });
    expect(fx.store.audit.newestFirst(100)).toHaveLength(auditBefore);
  });

  it('edits the fields WFO still owns, audits old and new values, and refuses a stale version', () => {
    const created = fx.services.employees.create(scimUser('edit@x.example')).employee;
    const view = fx.services.directory.update(
      created.id,
      { city: ' Oslo ', workPhone: '+47 1234' },
      ann,
      (v) => v === created.version,
    );
    expect(view).toMatchObject({ city: 'Oslo', workPhone: '+47 1234', version: created.version + 1 });
    const [audit] = fx.store.audit.newestFirst(1);
    expect(audit).toMatchObject({
      actor: 'ann',
      action: 'employee.update',
      target: created.id,
      details: {
        userName: 'edit@x.example',
        changes: { city: { old: null, new: 'Oslo' }, workPhone: { old: null, new: '+47 1234' } },
      },
    });
    expect(
      refusal(() => fx.services.directory.update(created.id, { city: 'Bergen' }, ann, (v) => v === created.version)),
    ).toMatchObject({
      code: 'conflict',
      field: 'version',
    });
    expect(fx.services.directory.get(created.id).city).toBe('Oslo');
  });

  it('an edit that also moves the employee is one change: one new version, one audit row; the answer is what a read shows', () => {
    const local = fx.services.directory.createLocal({ userName: 'mover', organizationId: rootId }, ann);
    const auditBefore = fx.store.audit.newestFirst(100).length;
    const both = fx.services.directory.update(local.id, { city: 'Oslo', organizationId: salesId }, ann, (v) => v === 1);
    expect(both).toMatchObject({ city: 'Oslo', organizationId: salesId, organizationPath: ['Enterprise', 'Sales'], version: 2 });
    expect(fx.services.directory.get(local.id)).toEqual(both);
    const moveOnly = fx.services.directory.update(local.id, { organizationId: emeaId }, ann, (v) => v === 2);
    expect(moveOnly).toMatchObject({ organizationPath: ['Enterprise', 'Sales', 'EMEA'], version: 3 });
    expect(fx.services.directory.get(local.id)).toEqual(moveOnly);
    const unchanged = fx.services.directory.update(local.id, { city: 'Oslo', organizationId: emeaId }, ann, any);
    expect(unchanged).toEqual(moveOnly);
    const audit = fx.store.audit.newestFirst(100);
    expect(audit).toHaveLength(auditBefore + 2);
    expect(audit[1]).toMatchObject({
      action: 'employee.update',
      details: { changes: { city: { old: null, new: 'Oslo' }, organization: { old: 'Enterprise', new: 'Enterprise/Sales' } } },
    });
  });

  it('keeps a SCIM-managed userName locked while provisioning is off; other fields open up', () => {
    const created = fx.services.employees.create(scimUser('keep@x.example')).employee;
    const current = fx.services.settings.get();
    fx.services.settings.save(
      { ...current, enabled: false, tenantUrl: current.tenantUrl, syncedFields: current.syncedFields },
      ann,
    );
    expect(fx.services.directory.get(created.id).scimOwnedFields).toEqual(['userName']);
    expect(refusal(() => fx.services.directory.update(created.id, { userName: 'other' }, ann, any))).toMatchObject({
      code: 'scim_owned',
      fields: ['userName'],
    });
    expect(fx.services.directory.update(created.id, { firstName: 'Changed', status: 'inactive' }, ann, any)).toMatchObject({
      firstName: 'Changed',
      status: 'inactive',
    });
  });

  it('refuses bad values naming the field, and writes nothing', () => {
    const local = fx.services.directory.createLocal({ userName: 'plain', organizationId: rootId }, ann);
    expect(refusal(() => fx.services.directory.update(local.id, { firstName: 'A<b>' }, ann, any))).toMatchObject({
      code: 'validation',
      field: 'firstName',
    });
    expect(refusal(() => fx.services.directory.update(local.id, { email: 'not an email' }, ann, any))).toMatchObject({
      code: 'validation',
      field: 'email',
    });
    expect(refusal(() => fx.services.directory.update(local.id, { userName: ' ' }, ann, any))).toMatchObject({
      code: 'validation',
      field: 'userName',
    });
    expect(refusal(() => fx.services.directory.update(local.id, { userName: 'x'.repeat(51) }, ann, any))).toMatchObject({
      field: 'userName',
    });
    expect(refusal(() => fx.services.directory.update(local.id, { organizationId: 'nowhere' }, ann, any))).toMatchObject({
      code: 'not_found',
      field: 'organizationId',
    });
    expect(refusal(() => fx.services.directory.update(local.id, { city: 'bad \ud800' }, ann, any))).toMatchObject({
      code: 'validation',
    });
    expect(fx.services.directory.get(local.id)).toMatchObject({
      userName: 'plain',
      firstName: null,
      email: null,
      city: null,
      version: 1,
    });
  });

  it('adds local employees with the same userName rules as SCIM, unique ignoring case across sources', () => {
    fx.services.employees.create(scimUser('Taken@x.example'));
    expect(
      refusal(() => fx.services.directory.createLocal({ userName: 'taken@X.EXAMPLE', organizationId: rootId }, ann)),
    ).toMatchObject({
      code: 'conflict',
      field: 'userName',
    });
    expect(refusal(() => fx.services.directory.createLocal({ userName: 'a\u0000b', organizationId: rootId }, ann))).toMatchObject(
      { field: 'userName' },
    );
    expect(refusal(() => fx.services.directory.createLocal({ userName: 'ok', organizationId: 'nope' }, ann))).toMatchObject({
      field: 'organizationId',
    });
    const created = fx.services.directory.createLocal({ userName: 'Cafe\u0301', firstName: 'Ada', organizationId: salesId }, ann);
    expect(created).toMatchObject({
      userName: 'Café',
      source: 'local',
      organizationPath: ['Enterprise', 'Sales'],
      scimOwnedFields: [],
    });
    expect(fx.store.audit.newestFirst(1)[0]).toMatchObject({ action: 'employee.create', target: created.id });
    // A local employee owns nothing to SCIM: even its userName is editable.
    expect(fx.services.directory.update(created.id, { userName: 'Cafe2' }, ann, any).userName).toBe('Cafe2');
  });

  it('a local employee the identity provider writes (matched by userName) is taken over: SCIM-managed from then on', () => {
    const local = fx.services.directory.createLocal(
      { userName: 'kim@x.example', firstName: 'Kim', organizationId: salesId },
      ann,
    );
    expect(local).toMatchObject({ source: 'local', scimOwnedFields: [] });
    const written = fx.services.employees.replace(
      local.id,
      scimUser('kim@x.example', { name: { givenName: 'Kimberly', familyName: 'Lee' } }),
    );
    expect(written.employee.source).toBe('scim');
    const after = fx.services.directory.get(local.id);
    expect(after).toMatchObject({
      source: 'scim',
      firstName: 'Kimberly',
      organizationPath: ['Enterprise', 'Sales'],
      scimOwnedFields: ['userName', 'firstName', 'lastName', 'status', 'email'],
    });
    expect(refusal(() => fx.services.directory.update(local.id, { firstName: 'K' }, ann, any))).toMatchObject({
      code: 'scim_owned',
    });
    // A replace that changes nothing still takes the employee over.
    const other = fx.services.directory.createLocal(
      { userName: 'lu@x.example', firstName: 'Given', lastName: 'Family', organizationId: rootId },
      ann,
    );
    fx.store.employees.update(other.id, other.version, {
      ...fx.store.employees.byId(other.id)!,
      scimResource: JSON.stringify(scimUser('lu@x.example')),
    });
    expect(fx.services.employees.replace(other.id, scimUser('lu@x.example')).changes).toEqual({});
    expect(fx.services.directory.get(other.id).source).toBe('scim');
  });

  it('moves many employees in one transaction, or none when one is unknown', () => {
    const a = fx.services.employees.create(scimUser('a@x.example')).employee;
    const b = fx.services.employees.create(scimUser('b@x.example')).employee;
    expect(refusal(() => fx.services.directory.move([a.id, 'missing', b.id], emeaId, ann))).toMatchObject({ code: 'not_found' });
    expect(fx.services.directory.get(a.id).organizationId).toBe(rootId);
    expect(fx.services.directory.move([a.id, b.id, a.id], emeaId, ann)).toEqual({ moved: 2 });
    expect(fx.services.directory.get(b.id)).toMatchObject({
      organizationPath: ['Enterprise', 'Sales', 'EMEA'],
      version: b.version + 1,
    });
    const audits = fx.store.audit.newestFirst(2);
    expect(audits.map((row) => row.action)).toEqual(['employee.move', 'employee.move']);
    expect(audits[0]!.details).toMatchObject({ changes: { organization: { old: 'Enterprise', new: 'Enterprise/Sales/EMEA' } } });
    expect(fx.services.directory.move([a.id], emeaId, ann)).toEqual({ moved: 0 });
  });
});
