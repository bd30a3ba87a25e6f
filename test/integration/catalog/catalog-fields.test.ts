// Every field of the catalog, walked end to end over real HTTP and a real SQLite file: created by a
// SCIM POST (and stored in its column), read back, changed by PATCH at its catalog path, found by a
// filter on that path, ordered by sortBy (or, when not sortable, left in creation order), published in
// /Schemas, and offered by the console's settings list and Activity's labels. A new catalog entry is
// walked here without touching this file.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPath } from '../../../main/services/employees/scim-user-fields';
import { settingsSaveInput } from '../../../preload/contract';
import {
  CATALOG_FIELDS,
  CORE_USER_URN,
  SELECTABLE_FIELD_KEYS,
  fieldProperty,
  scimPathText,
  type CatalogField,
  type ScimPath,
} from '../../../preload/field-catalog';
import { changeLines } from '../../../renderer/features/activity/change-format';
import { createConsoleStore } from '../../../renderer/state/console-store';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

type Json = Record<string, any>;

// The settings tab's component, rendered for real. Its .tsx is type-checked with the renderer
// (tsconfig.web.json); this Node test loads it by URL so tsconfig.node.json needs no JSX.
const tsx = (path: string): Promise<Json> => import(/* @vite-ignore */ new URL(path, import.meta.url).href);
const path = (field: CatalogField) => field.scim as ScimPath;

/** A User resource holding `value` at `path`, the way an identity provider sends it. */
function withValue(resource: Json, at: ScimPath, value: unknown): Json {
  if (at.schema !== undefined) resource[at.schema] ??= {};
  const container: Json = at.schema === undefined ? resource : resource[at.schema];
  if (at.schema !== undefined) resource.schemas = [CORE_USER_URN, at.schema];
  if (at.subAttribute === undefined) container[at.attribute] = value;
  else if (at.type === undefined) container[at.attribute] = { ...container[at.attribute], [at.subAttribute]: value };
  else container[at.attribute] = [{ type: at.type, [at.subAttribute]: value }];
  return resource;
}

/** The name sortBy gives the field: the path without its element filter. */
function sortName(at: ScimPath): string {
  return `${at.schema === undefined ? '' : `${at.schema}:`}${at.attribute}${at.subAttribute === undefined ? '' : `.${at.subAttribute}`}`;
}

/** Three values per field, created in this order; none of them sorts first-to-last in creation order. */
function valuesOf(field: CatalogField): [unknown, unknown, unknown] {
  if (field.kind === 'boolean') return [true, true, false];
  return [`M-${field.key}`, `c-${field.key}`, `X-${field.key}`];
}

describe('every catalog field, end to end', () => {
  let fx: GatewayFixture;
  beforeAll(async () => {
    // Every selectable field owned by SCIM, so each one is written to its column.
    fx = await gatewayInTempDir({ syncedFields: [...SELECTABLE_FIELD_KEYS] });
  });
  afterAll(() => fx.dispose());

  const list = async (query: Record<string, string>) => {
    const answer = await fx.request('GET', `/Users?${new URLSearchParams(query)}`);
    expect(answer.status).toBe(200);
    return answer.body as { totalResults: number; Resources: Json[] };
  };

  it('walks every field there is', () => {
    expect(CATALOG_FIELDS.length).toBeGreaterThanOrEqual(13);
    expect(new Set(CATALOG_FIELDS.map((f) => f.key)).size).toBe(CATALOG_FIELDS.length);
  });

  it('a local employee (SCIM never wrote it) is read over SCIM with every field at its catalog path', async () => {
    const rootId = fx.services.organizations.list()[0]!.id;
    const local = fx.services.directory.createLocal(
      { userName: 'local.every@example.com', organizationId: rootId },
      { name: 'ann' },
    );
    const changes = Object.fromEntries(
      CATALOG_FIELDS.filter((f) => f.kind === 'text' && f.key !== 'userName').map((f) => [f.key, `${f.key}@example.com`]),
    );
    fx.services.directory.update(local.id, { ...changes, status: 'inactive' }, { name: 'ann' }, () => true);
    const answer = await fx.request('GET', `/Users/${local.id}`);
    expect(answer.status).toBe(200);
    for (const field of CATALOG_FIELDS) {
      const expected =
        field.key === 'userName' ? 'local.every@example.com' : field.kind === 'boolean' ? false : `${field.key}@example.com`;
      expect(readPath(answer.body, path(field)), field.key).toBe(expected);
    }
    expect(answer.body.schemas).toEqual([CORE_USER_URN, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User']);
  });

  describe.each(CATALOG_FIELDS.map((field) => [field.key, field] as const))('%s', (key, field) => {
    const values = valuesOf(field);
    const userName = (n: number) => `${key}-${n}@example.com`;
    // userName is the field itself here: its values are made names.
    const ids: string[] = [];

    it('POST stores it in its column and GET reads back what was sent', async () => {
      for (const [n, value] of values.entries()) {
        // externalId marks this field's users: the lists below look at them only.
        const base = {
          schemas: [CORE_USER_URN],
          userName: userName(n),
          externalId: `${key}-${n}`,
          name: { givenName: 'Given', familyName: 'Family' },
        };
        const body =
          key === 'userName' ? withValue(base, path(field), `${value}-${n}@example.com`) : withValue(base, path(field), value);
        const created = await fx.request('POST', '/Users', { body });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        ids.push(created.body.id);
        const sent = readPath(body, path(field));
        expect(fx.store.employees.byId(created.body.id)![fieldProperty(field)]).toBe(sent);
        const read = await fx.request('GET', `/Users/${created.body.id}`);
        expect(readPath(read.body, path(field))).toBe(sent);
      }
    });

    const changed = field.kind === 'boolean' ? false : `Patched-${key}@example.com`;

    it('PATCH at its catalog path changes the column and what GET answers', async () => {
      const patched = await fx.request('PATCH', `/Users/${ids[0]}`, {
        body: {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'replace', path: scimPathText(path(field)), value: changed }],
        },
      });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      expect(fx.store.employees.byId(ids[0]!)![fieldProperty(field)]).toBe(changed);
      expect(readPath((await fx.request('GET', `/Users/${ids[0]}`)).body, path(field))).toBe(changed);
    });

    it('a filter on its path finds exactly the user holding the value (nothing when not filterable)', async () => {
      const filter = `${scimPathText(path(field))} eq ${JSON.stringify(changed)} and externalId sw "${key}-"`;
      const found = (await list({ filter })).Resources.map((r) => r.id);
      const holders = ids.filter((id) => fx.store.employees.byId(id)![fieldProperty(field)] === changed);
      expect(holders).toContain(ids[0]);
      expect(holders.length).toBeLessThan(ids.length);
      expect(found).toEqual(field.filterable ? holders : []);
    });

    it('sortBy orders by it, values missing last (creation order when not sortable)', async () => {
      const ofField = { filter: `externalId sw "${key}-"`, sortBy: sortName(path(field)) };
      const ascending = (await list(ofField)).Resources.map((r) => ids.indexOf(r.id));
      const descending = (await list({ ...ofField, sortOrder: 'descending' })).Resources.map((r) => ids.indexOf(r.id));
      if (!field.sortable) {
        expect(ascending).toEqual([0, 1, 2]);
        expect(descending).toEqual([0, 1, 2]);
        return;
      }
      // Now: 0 holds "Patched-...", 1 "c-...", 2 "X-..."; case-insensitive unless the field is caseExact.
      const stored = ids.map((id) => String(fx.store.employees.byId(id)![fieldProperty(field)]));
      const fold = (s: string) => (field.caseExact ? s : s.toLowerCase());
      const expected = [0, 1, 2].sort((a, b) => (fold(stored[a]!) < fold(stored[b]!) ? -1 : 1));
      expect(ascending).toEqual(expected);
      expect(descending).toEqual([...expected].reverse());
      expect(expected).not.toEqual([0, 1, 2]); // the values were picked so that sorting shows
    });

    it('/Schemas publishes it with its caseExact', async () => {
      const at = path(field);
      const schema = await fx.request('GET', `/Schemas/${at.schema ?? CORE_USER_URN}`);
      expect(schema.status).toBe(200);
      const top = (schema.body.attributes as Json[]).find((a) => a.name === at.attribute);
      expect(top, at.attribute).toBeDefined();
      const published =
        at.subAttribute === undefined ? top! : (top!.subAttributes as Json[]).find((a) => a.name === at.subAttribute);
      expect(published).toMatchObject({ type: field.kind === 'boolean' ? 'boolean' : 'string', caseExact: field.caseExact });
      if (at.type !== undefined)
        expect((top!.subAttributes as Json[]).find((a) => a.name === 'type')!.canonicalValues).toContain(at.type);
    });

    it('the console lists it with its label (settings and Activity)', async () => {
      const { ConsoleProvider } = await tsx('../../../renderer/app/console-context.tsx');
      const { SyncedFieldsFieldset } = await tsx('../../../renderer/features/provisioning-settings/SyncedFieldsFieldset.tsx');
      const selectable = (SELECTABLE_FIELD_KEYS as readonly string[]).includes(key);
      const store = createConsoleStore();
      const draft = { version: 1, enabled: false, tenantUrl: null, newUserOrganizationId: null, syncedFields: [] };
      store.setState((s) => ({ settings: { ...s.settings, draft } }) as never);
      const html = renderToStaticMarkup(
        createElement(ConsoleProvider, { api: {} as never, store }, createElement(SyncedFieldsFieldset)),
      );
      expect(html).toContain(`<span>${field.label}</span>`);
      expect(html.includes(`id="synced-field-${key}"`)).toBe(selectable);
      if (selectable) expect(settingsSaveInput.parse({ ...draft, syncedFields: [key] }).syncedFields).toEqual([key]);
      expect(changeLines({ [key]: { old: null, new: values[0] } })[0]).toMatchObject({ field: key, label: field.label });
    });
  });
});
