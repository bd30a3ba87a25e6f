// The OpenAPI document against real answers: every operation it lists is called, and each answer's
// status must be documented for it, its content type and declared headers present, and its body valid
// against the documented schema (Ajv, JSON Schema 2020-12, the dialect of OpenAPI 3.1). Request bodies
// sent are validated against the documented request schema too.
import Ajv2020Module from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin } from '../../fixtures/gateway';
import { userApiInTempDir, type ApiAnswer, type UserApiFixture } from '../../fixtures/user-api';

const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ??
  Ajv2020Module) as typeof Ajv2020Module;
type Json = Record<string, any>;

describe('OpenAPI document', () => {
  let fx: UserApiFixture;
  let doc: Json;
  let ajv: InstanceType<typeof Ajv2020>;
  const called = new Set<string>();
  beforeAll(async () => {
    fx = await userApiInTempDir();
    const answer = await fx.api('GET', '/openapi.json', { token: null });
    expect(answer.status).toBe(200);
    doc = answer.body;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(doc, 'openapi.json');
  });
  afterAll(async () => {
    expect(fx.internalErrors).toEqual([]);
    await fx.dispose();
  });

  const resolve = (node: Json): Json =>
    node.$ref
      ? resolve(
          node.$ref
            .slice(2)
            .split('/')
            .reduce((at: Json, key: string) => at[key], doc),
        )
      : node;

  function validate(schema: Json, value: unknown, where: string): void {
    const check = ajv.compile(schema.$ref ? { $ref: `openapi.json${schema.$ref}` } : schema);
    expect(check(value), `${where}: ${ajv.errorsText(check.errors)}`).toBe(true);
  }

  /** Checks one real answer against the document's entry for `method template`. */
  function conforms(method: string, template: string, answer: ApiAnswer, requestBody?: { type: string; value: unknown }): void {
    const where = `${method.toUpperCase()} ${template} -> ${answer.status}`;
    const operation = doc.paths[template]?.[method];
    expect(operation, `${where}: operation documented`).toBeDefined();
    called.add(`${method} ${template}`);
    if (requestBody) {
      const documented = operation.requestBody.content[requestBody.type];
      expect(documented, `${where}: request media type ${requestBody.type} documented`).toBeDefined();
      validate(documented.schema, requestBody.value, `${where} request`);
    }
    const response = operation.responses[String(answer.status)];
    expect(response, `${where}: status documented`).toBeDefined();
    const resolved = resolve(response);
    for (const header of Object.keys(resolved.headers ?? {}))
      expect(answer.headers.get(header), `${where}: header ${header}`).not.toBeNull();
    const mediaType = (answer.headers.get('content-type') ?? '').split(';')[0]!;
    const content = resolved.content?.[mediaType];
    expect(content, `${where}: content type ${mediaType} documented`).toBeDefined();
    validate(content.schema, answer.body, where);
  }

  const sendJson = async (method: string, path: string, template: string, type: string, value: unknown, token?: string) => {
    const answer = await fx.api(method.toUpperCase(), path, { body: value, contentType: type, ...(token ? { token } : {}) });
    conforms(method, template, answer, { type, value });
    return answer;
  };

  it('describes every answer the API gives, successes and refusals', async () => {
    expect(doc.openapi).toBe('3.1.0');
    conforms('get', '/openapi.json', await fx.api('GET', '/openapi.json', { token: null }));
    const local = fx.services.directory.createLocal({ userName: 'doc.local@example.com', organizationId: fx.rootId }, admin);
    const { id: scimId } = await fx.scimUser('doc.idp@example.com');

    conforms('get', '/employees', await fx.api('GET', '/employees?limit=1'));
    conforms('get', '/employees', await fx.api('GET', '/employees?search=doc&source=local&status=active'));
    conforms('get', '/employees', await fx.api('GET', '/employees?limit=x'));
    conforms('get', '/employees', await fx.api('GET', '/employees?awaitingPlacement=true'));
    conforms('get', '/employees', await fx.api('GET', '/employees?awaitingPlacement=maybe'));
    conforms('get', '/employees', await fx.api('GET', '/employees?scimDeleted=true'));
    conforms('get', '/employees', await fx.api('GET', '/employees', { token: null }));
    conforms('get', '/employees/{id}', await fx.api('GET', `/employees/${local.id}`, { token: fx.readToken }));
    conforms('get', '/employees/{id}', await fx.api('GET', '/employees/missing'));
    conforms('get', '/organizations', await fx.api('GET', '/organizations', { token: fx.readToken }));
    conforms('get', '/organizations', await fx.api('GET', '/organizations?depth=1'));
    // One the identity provider deleted: scimDeletedAt is a time, no longer null.
    const { id: goneId } = await fx.scimUser('doc.gone@example.com');
    expect((await fx.request('DELETE', `/Users/${goneId}`)).status).toBe(204);
    const gone = await fx.api('GET', `/employees/${goneId}`);
    expect(typeof gone.body.scimDeletedAt).toBe('string');
    conforms('get', '/employees/{id}', gone);

    const merge = 'application/merge-patch+json';
    const patched = await sendJson('patch', `/employees/${local.id}`, '/employees/{id}', merge, {
      city: 'Lyon',
      firstName: null,
    });
    expect(patched.status).toBe(200);
    await sendJson('patch', `/employees/${scimId}`, '/employees/{id}', merge, { firstName: 'X', lastName: 'Y' });
    const stale = await fx.api('PATCH', `/employees/${local.id}`, { body: { city: 'Porto' }, headers: { 'If-Match': 'W/"1"' } });
    expect(stale.status).toBe(412);
    conforms('patch', '/employees/{id}', stale);
    conforms(
      'patch',
      '/employees/{id}',
      await fx.api('PATCH', `/employees/${local.id}`, { body: { city: 'Porto' }, contentType: 'application/json' }),
    );
    conforms(
      'patch',
      '/employees/{id}',
      await fx.api('PATCH', `/employees/${local.id}`, { body: { city: 'Porto' }, token: fx.readToken }),
    );
    conforms(
      'patch',
      '/employees/{id}',
      await fx.api('PATCH', `/employees/${local.id}`, { body: { city: 'x'.repeat(1024 * 1024) } }),
    );
    conforms('patch', '/employees/{id}', await fx.api('PATCH', `/employees/${local.id}`, { body: { version: 3 } }));

    const created = await sendJson('post', '/employees', '/employees', 'application/json', {
      userName: 'doc.new@example.com',
      organizationId: fx.rootId,
    });
    expect(created.status).toBe(201);
    expect(
      (
        await sendJson('post', '/employees', '/employees', 'application/json', {
          userName: 'DOC.NEW@example.com',
          organizationId: fx.rootId,
        })
      ).status,
    ).toBe(409);

    conforms('delete', '/employees/{id}', await fx.api('DELETE', `/employees/${local.id}`));
    conforms('delete', '/employees/{id}', await fx.api('DELETE', '/employees/missing'));

    const operations = Object.entries(doc.paths).flatMap(([template, item]) =>
      Object.keys(item as Json)
        .filter((key) => key !== 'parameters')
        .map((method) => `${method} ${template}`),
    );
    expect([...called].sort()).toEqual(operations.sort());
  });

  it('derives the Employee schema from the contract: it refuses what the API never answers', () => {
    const employee = ajv.getSchema('openapi.json#/components/schemas/Employee')!;
    expect(employee({ id: 'x' })).toBe(false);
    const problem = ajv.getSchema('openapi.json#/components/schemas/Problem')!;
    expect(problem({ type: 't', title: 't', status: 400, detail: 'd', code: 'made_up' })).toBe(false);
  });
});
