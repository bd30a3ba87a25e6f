// /Schemas says exactly what is served: every published attribute and sub-attribute, walked over real
// HTTP and a real SQLite file, behaves as its published characteristics say. readWrite and immutable
// ones are accepted by PATCH and read back; readOnly ones are refused by a PATCH path naming them;
// returned "never" is never answered, even when asked for; returned "always" survives `attributes=`;
// a filter naming it is accepted exactly when its description says filters can compare it; and a
// filterable string compares case-insensitively exactly when caseExact is false. Whatever PATCH, the
// sanitizer or the filter accepts is published. Nothing here names an attribute: a new one in the
// schema definition is walked without touching this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_SCHEMA } from '../../../main/gateway/filter/user-attribute-map';
import { GROUP_PATCH_SCHEMA, USER_PATCH_SCHEMA } from '../../../main/gateway/patch/attribute-types';
import { FILTERABLE_NOTE, NOT_FILTERABLE_NOTE } from '../../../main/gateway/scim/discovery';
import { CORE_USER_ATTRIBUTES, ENTERPRISE_ATTRIBUTES } from '../../../main/gateway/scim/user-attributes';
import { SELECTABLE_FIELD_KEYS } from '../../../preload/field-catalog';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

type Json = Record<string, any>;
const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const CHARACTERISTICS = [
  'name',
  'type',
  'multiValued',
  'description',
  'required',
  'caseExact',
  'mutability',
  'returned',
  'uniqueness',
];

interface Walked {
  schema: Json;
  top: Json;
  sub: Json | undefined;
  /** The attribute as a filter and a PATCH path name it: `name.givenName`, `urn:...:employeeNumber`. */
  path: string;
}

function walk(schema: Json): Walked[] {
  const prefix = schema.id === CORE_USER || schema.id === GROUP ? '' : `${schema.id}:`;
  return (schema.attributes as Json[]).flatMap((top) => [
    { schema, top, sub: undefined, path: `${prefix}${top.name}` },
    ...((top.subAttributes ?? []) as Json[]).map((sub) => ({ schema, top, sub, path: `${prefix}${top.name}.${sub.name}` })),
  ]);
}

const label = (w: Walked) => `${w.schema.name} ${w.path}`;
const published = (w: Walked) => w.sub ?? w.top;

/** A value of the attribute's type, with mixed case where it is text (so caseExact shows). */
function sample(attribute: Json, tag: string): unknown {
  if (attribute.canonicalValues?.length > 0)
    return attribute.canonicalValues.includes('work') ? 'work' : attribute.canonicalValues[0];
  switch (attribute.type) {
    case 'boolean':
      return true;
    case 'reference':
      return `https://example.com/Ref/${tag}`;
    case 'binary':
      return 'TUlJQ0Fn';
    default:
      return `Mixed-${tag}`;
  }
}

/** A PATCH that writes `value` at the walked attribute, as an identity provider sends it. */
function writeOperation(w: Walked, value: unknown): Json {
  const prefix = w.path.slice(0, w.path.length - `${w.top.name}${w.sub ? `.${w.sub.name}` : ''}`.length);
  if (w.sub === undefined) return { op: 'add', path: w.path, value: w.top.multiValued ? [value] : value };
  if (!w.top.multiValued) {
    // A manager is its id: another sub-attribute is written along with one.
    const id =
      w.sub.name !== 'value' &&
      w.sub.mutability !== 'readOnly' &&
      (w.top.subAttributes as Json[]).some((s) => s.name === 'value');
    return id
      ? { op: 'add', path: `${prefix}${w.top.name}`, value: { value: 'Id-1', [w.sub.name]: value } }
      : { op: 'add', path: w.path, value };
  }
  const type = (w.top.subAttributes as Json[]).find((s) => s.name === 'type');
  const element: Json = { [w.sub.name]: value };
  if (type && w.sub.name !== 'type') element.type = sample(type, '');
  return { op: 'add', path: `${prefix}${w.top.name}`, value: [element] };
}

/** The value read back at the walked attribute of an answered resource. */
function readBack(resource: Json, w: Walked): unknown {
  const container = w.schema.id === CORE_USER || w.schema.id === GROUP ? resource : resource[w.schema.id];
  const top = container?.[w.top.name];
  if (w.sub === undefined) return top;
  return Array.isArray(top) ? top.map((element) => element[w.sub!.name]) : top?.[w.sub.name];
}

describe('every published attribute behaves as /Schemas says', () => {
  let fx: GatewayFixture;
  let documents: Json[];
  let n = 0;
  const list = (resource: string, query: Record<string, string>) =>
    fx.request('GET', `/${resource}?${new URLSearchParams(query)}`);

  beforeAll(async () => {
    // Every selectable field owned by SCIM, so each catalog field is written to its column.
    fx = await gatewayInTempDir({ syncedFields: [...SELECTABLE_FIELD_KEYS] });
    documents = (await fx.request('GET', '/Schemas')).body.Resources;
  });
  afterAll(() => fx.dispose());

  const newUser = async () => {
    n += 1;
    const created = await fx.request('POST', '/Users', { body: { schemas: [CORE_USER], userName: `walker-${n}@example.com` } });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const newGroup = async () => {
    n += 1;
    const created = await fx.request('POST', '/Groups', { body: { schemas: [GROUP], displayName: `Walkers ${n}`, members: [] } });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const patch = (resource: string, id: string, operation: Json) =>
    fx.request('PATCH', `/${resource}/${id}`, { body: { schemas: [PATCH_OP], Operations: [operation] } });

  it('publishes the User, enterprise and Group schemas, each attribute with every RFC 7643 characteristic', () => {
    expect(documents.map((d) => d.id)).toEqual([CORE_USER, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', GROUP]);
    for (const document of documents) {
      expect(document.description, document.id).toMatch(/\S/);
      for (const w of walk(document)) {
        const attribute = published(w);
        for (const characteristic of CHARACTERISTICS)
          expect(attribute, `${label(w)} ${characteristic}`).toHaveProperty(characteristic);
        expect(
          attribute.description.endsWith(FILTERABLE_NOTE) || attribute.description.endsWith(NOT_FILTERABLE_NOTE),
          label(w),
        ).toBe(true);
        if (attribute.type === 'complex') expect(attribute.subAttributes?.length, label(w)).toBeGreaterThan(0);
        if (attribute.type === 'reference') expect(attribute.referenceTypes?.length, label(w)).toBeGreaterThan(0);
      }
    }
  });

  it('publishes everything PATCH, the sanitizer and the filter accept (RFC 7643 section 3.1 common attributes aside)', () => {
    const publishedNames = (id: string) =>
      new Set(walk(documents.find((d) => d.id === id)!).map((w) => w.path.replace(`${id}:`, '')));
    const common = new Set(['id', 'schemas', 'meta', 'groups']);
    const names = (attributes: readonly Json[]) =>
      attributes
        .filter((a) => !common.has(a.name) && !(a.readOnly && a.type !== 'complex'))
        .flatMap((a) => [a.name, ...((a.subAttributes ?? []) as Json[]).map((s) => `${a.name}.${s.name}`)]);
    for (const [filterOrPatch, label] of [
      [USER_PATCH_SCHEMA, 'PATCH'],
      [USER_SCHEMA, 'filter'],
      [GROUP_PATCH_SCHEMA, 'Group PATCH and filter'],
    ] as const) {
      for (const part of [filterOrPatch.core, ...filterOrPatch.extensions]) {
        const known = publishedNames(part.id);
        for (const name of names(part.attributes)) expect(known.has(name), `${label}: ${part.id} ${name}`).toBe(true);
      }
    }
    const userNames = publishedNames(CORE_USER);
    for (const name of new Set(CORE_USER_ATTRIBUTES.values())) expect(userNames.has(name), `sanitizer: ${name}`).toBe(true);
    const enterprise = publishedNames('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User');
    for (const name of new Set(ENTERPRISE_ATTRIBUTES.values())) expect(enterprise.has(name), `sanitizer: ${name}`).toBe(true);
  });

  it('User: writable attributes are kept and read back, readOnly ones refused, write-only ones never answered', async () => {
    const user = documents.filter((d) => d.id !== GROUP);
    for (const w of user.flatMap(walk)) {
      const attribute = published(w);
      if (attribute.type === 'complex') continue; // walked through its sub-attributes
      const id = await newUser();
      const value = sample(attribute, `${n}`);
      const answer = await patch('Users', id, writeOperation(w, value));
      if (attribute.mutability === 'readOnly') {
        expect([answer.status, answer.body.scimType], label(w)).toEqual([400, 'mutability']);
        continue;
      }
      expect(answer.status, `${label(w)}: ${JSON.stringify(answer.body)}`).toBe(200);
      const read = (await fx.request('GET', `/Users/${id}`)).body;
      const asked = (await fx.request('GET', `/Users/${id}?attributes=${encodeURIComponent(w.path)}`)).body;
      if (attribute.returned === 'never') {
        expect(JSON.stringify(read), label(w)).not.toContain(String(value));
        expect(JSON.stringify(asked), label(w)).not.toContain(String(value));
        expect(fx.store.db.prepare('SELECT scim_resource FROM employees WHERE id = ?').pluck().get(id), label(w)).not.toContain(
          String(value),
        );
        continue;
      }
      const back = readBack(read, w);
      expect(Array.isArray(back) ? back : [back], label(w)).toContain(value);
      expect(asked.id, `${label(w)}: id is returned always`).toBe(id);
    }
  });

  it('User: a filter is accepted exactly where /Schemas says filters can compare, honouring caseExact', async () => {
    for (const w of documents.filter((d) => d.id !== GROUP).flatMap(walk)) {
      const attribute = published(w);
      const filterable = attribute.description.endsWith(FILTERABLE_NOTE);
      const present = await list('Users', { filter: `${w.path} pr` });
      if (!filterable) {
        expect([present.status, present.body.scimType], label(w)).toEqual([400, 'invalidFilter']);
        continue;
      }
      expect(present.status, `${label(w)}: ${JSON.stringify(present.body)}`).toBe(200);
      if (attribute.type !== 'string' || attribute.canonicalValues || attribute.mutability === 'readOnly') continue;
      const id = await newUser();
      const value = sample(attribute, `case${n}`) as string;
      expect((await patch('Users', id, writeOperation(w, value))).status, label(w)).toBe(200);
      const found = async (text: string) =>
        ((await list('Users', { filter: `${w.path} eq ${JSON.stringify(text)}` })).body.Resources as Json[]).some(
          (r) => r.id === id,
        );
      expect(await found(value), label(w)).toBe(true);
      expect(await found(value.toLowerCase()), `${label(w)} caseExact ${attribute.caseExact}`).toBe(!attribute.caseExact);
    }
  });

  it('Group: members are answered as published ($ref and type), readOnly refused, value immutable, filters per caseExact', async () => {
    const userId = await newUser();
    const gid = await newGroup();
    expect((await patch('Groups', gid, { op: 'add', path: 'members', value: [{ value: userId }] })).status).toBe(200);
    const group = (await fx.request('GET', `/Groups/${gid}`)).body;
    const groupDocument = documents.find((d) => d.id === GROUP)!;
    const members = (groupDocument.attributes as Json[]).find((a) => a.name === 'members')!;
    // Every sub-attribute a member is answered with is published, and the other way round.
    expect(Object.keys(group.members[0]).sort()).toEqual((members.subAttributes as Json[]).map((s) => s.name).sort());
    expect(group.members[0]).toMatchObject({
      value: userId,
      type: 'User',
      $ref: `${fx.base.replace(/^http:\/\/[^/]+/, 'https://idsvc.example.com')}/Users/${userId}`,
    });
    for (const w of walk(groupDocument)) {
      const attribute = published(w);
      const selected = w.sub === undefined ? w.path : `${w.top.name}[value eq "${userId}"].${w.sub.name}`;
      if (w.sub !== undefined && w.top.multiValued) {
        const answer = await patch('Groups', gid, { op: 'replace', path: selected, value: 'Changed' });
        const refused = attribute.mutability === 'readOnly' || attribute.mutability === 'immutable';
        expect(refused ? [answer.status, answer.body.scimType] : answer.status, label(w)).toEqual(
          refused ? [400, 'mutability'] : 200,
        );
      }
      if (w.sub === undefined && attribute.type !== 'complex') {
        // A single-valued attribute: replaced by PATCH and read back, or refused when readOnly.
        const value = sample(attribute, `group${n}`);
        const answer = await patch('Groups', gid, { op: 'replace', path: w.path, value });
        if (attribute.mutability === 'readOnly')
          expect([answer.status, answer.body.scimType], label(w)).toEqual([400, 'mutability']);
        else expect([answer.status, readBack(answer.body, w)], label(w)).toEqual([200, value]);
      }
      const filterable = attribute.description.endsWith(FILTERABLE_NOTE);
      const present = await list('Groups', { filter: `${w.path} pr` });
      expect(present.status, label(w)).toBe(filterable ? 200 : 400);
    }
    const found = async (filter: string) =>
      ((await list('Groups', { filter })).body.Resources as Json[]).some((g) => g.id === gid);
    const renamed = (await fx.request('GET', `/Groups/${gid}`)).body.displayName as string;
    expect(await found(`displayName eq "${renamed.toUpperCase()}"`)).toBe(true); // caseExact false
    expect(await found(`members.value eq "${userId}"`)).toBe(true);
    expect(await found(`members.value eq "${userId.toUpperCase()}"`)).toBe(false); // caseExact true
  });

  it('booleans: one rule for POST, PUT and PATCH: "True" and "false" in any case, never padded text', async () => {
    const id = await newUser();
    const userName = `walker-${n}@example.com`;
    for (const sent of ['True', 'FALSE', true]) {
      expect((await patch('Users', id, { op: 'replace', path: 'active', value: sent })).status, String(sent)).toBe(200);
      const put = await fx.request('PUT', `/Users/${id}`, { body: { schemas: [CORE_USER], userName, active: sent } });
      expect(put.status, String(sent)).toBe(200);
    }
    for (const sent of [' True ', 'true\n', 'yes', 1]) {
      const patched = await patch('Users', id, { op: 'replace', path: 'active', value: sent });
      const put = await fx.request('PUT', `/Users/${id}`, { body: { schemas: [CORE_USER], userName, active: sent } });
      const post = await fx.request('POST', '/Users', { body: { schemas: [CORE_USER], userName: `pad-${n}`, active: sent } });
      for (const answer of [patched, put, post]) {
        expect([answer.status, answer.body.scimType], JSON.stringify(sent)).toEqual([400, 'invalidValue']);
        expect(answer.body.detail, JSON.stringify(sent)).toMatch(/active/);
      }
    }
  });

  it('uniqueness "server" is enforced case-insensitively for userName and a group displayName', async () => {
    const user = (documents[0]!.attributes as Json[]).find((a) => a.name === 'userName')!;
    expect(user).toMatchObject({ uniqueness: 'server', required: true, caseExact: false });
    const first = await fx.request('POST', '/Users', { body: { schemas: [CORE_USER], userName: 'Unique.One@example.com' } });
    expect(first.status).toBe(201);
    const again = await fx.request('POST', '/Users', { body: { schemas: [CORE_USER], userName: 'unique.one@EXAMPLE.com' } });
    expect([again.status, again.body.scimType]).toEqual([409, 'uniqueness']);
    const missing = await fx.request('POST', '/Users', { body: { schemas: [CORE_USER], displayName: 'No name' } });
    expect(missing.status).toBe(400);
    expect((await fx.request('POST', '/Groups', { body: { displayName: 'Unique Group', members: [] } })).status).toBe(201);
    const twin = await fx.request('POST', '/Groups', { body: { displayName: 'UNIQUE group', members: [] } });
    expect([twin.status, twin.body.scimType]).toEqual([409, 'uniqueness']);
  });
});
