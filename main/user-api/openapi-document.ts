// The OpenAPI 3.1 document of the user management API, served at /api/v1/openapi.json. Its schemas are
// generated from the zod schemas the API validates and answers with (preload/employees-contract.ts), so
// the document and the code have one source; the paths, parameters and responses are written here,
// next to each other, and an integration test checks real answers against them.
import { z } from 'zod';
import {
  DIRECTORY_SORTS,
  EMPLOYEE_PAGE_MAX,
  EMPLOYEE_SOURCES,
  EMPLOYEE_STATUSES,
  EMPLOYEE_TEXT_MAX_LENGTH,
  employeeCreateInput,
  employeeChanges,
  employeeView,
} from '../../preload/employees-contract';
import { organizationView } from '../../preload/contract';
import { API_SCOPES } from '../../preload/token-kinds';
import { API_BASE_PATH, type ApiAnswer } from './api-types';
import { PROBLEM_CODES, PROBLEMS, type ProblemCode } from './problem';
import { JSON_TYPE, MERGE_PATCH_TYPE } from './request-body';

type Json = Record<string, unknown>;

/** A zod schema as a JSON Schema component: no `$schema` member (the document's dialect applies). */
function component(schema: z.ZodType, io: 'input' | 'output', changes: (json: Json) => void = () => undefined): Json {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io }) as Json;
  changes(json);
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemRef = (code: ProblemCode) => ({ $ref: `#/components/responses/${code}` });
const etagHeader = { description: 'The employee\'s version as a weak entity tag, e.g. W/"3".', schema: { type: 'string' } };

function schemas(): Json {
  return {
    Employee: component(employeeView, 'output', (json) => {
      json.additionalProperties = false;
      json.description =
        'An employee: every catalog field under its catalog key, where it sits, where it came from and which fields the identity provider owns now.';
    }),
    Organization: component(organizationView, 'output', (json) => {
      json.additionalProperties = false;
      json.description =
        'An organization of the tree: its parent (null for the enterprise root), its depth and its path of names.';
    }),
    OrganizationList: {
      type: 'object',
      properties: {
        items: { type: 'array', items: ref('Organization'), description: 'The tree in pre-order, siblings by name.' },
      },
      required: ['items'],
      additionalProperties: false,
    },
    EmployeePage: {
      type: 'object',
      properties: {
        items: { type: 'array', items: ref('Employee') },
        nextCursor: { type: ['string', 'null'], description: 'Give it as `cursor` for the next page; null on the last page.' },
      },
      required: ['items', 'nextCursor'],
      additionalProperties: false,
    },
    EmployeeMergePatch: component(employeeChanges, 'input', (json) => {
      const properties = json.properties as Json;
      properties.userName = { type: 'string', maxLength: EMPLOYEE_TEXT_MAX_LENGTH };
      json.description =
        'RFC 7396 merge patch: each member sets that field; null removes it (sets it to null). organizationId moves the employee. ' +
        "A patch touching any field in the employee's scimOwnedFields is refused whole (409 scim_owned, naming every such field).";
    }),
    EmployeeCreate: component(employeeCreateInput, 'input', (json) => {
      json.description = 'A local employee: WFO owns every field of it.';
    }),
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details.',
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        code: { type: 'string', enum: PROBLEM_CODES },
        fields: {
          type: 'array',
          items: { type: 'string' },
          description: 'Every field (or header, or query parameter) at fault.',
        },
      },
      required: ['type', 'title', 'status', 'detail', 'code'],
      additionalProperties: false,
    },
  };
}

const RESPONSE_HEADERS: ReadonlyMap<ProblemCode, Json> = new Map([
  ['unauthorized', { 'WWW-Authenticate': { schema: { type: 'string' } } }],
  ['forbidden', { 'WWW-Authenticate': { schema: { type: 'string' } } }],
  ['method_not_allowed', { Allow: { schema: { type: 'string' } } }],
  ['rate_limited', { 'Retry-After': { schema: { type: 'string' } } }],
  [
    'unavailable',
    {
      'Retry-After': {
        description: 'Seconds to wait, when the database was busy with another change (a large import).',
        schema: { type: 'string' },
      },
    },
  ],
]);

function responses(): Json {
  return Object.fromEntries(
    PROBLEM_CODES.map((code) => {
      const response: Json = {
        description: PROBLEMS.get(code)!.title,
        content: { 'application/problem+json': { schema: ref('Problem') } },
      };
      const headers = RESPONSE_HEADERS.get(code);
      if (headers) response.headers = headers;
      return [code, response];
    }),
  );
}

/** Each operation's problem responses: the status of each code it can answer with. */
function problems(...codes: ProblemCode[]): Json {
  const byStatus = new Map<string, ProblemCode>();
  for (const code of ['unauthorized', 'rate_limited', ...codes] as ProblemCode[])
    byStatus.set(String(PROBLEMS.get(code)!.status), code);
  return Object.fromEntries([...byStatus].map(([status, code]) => [status, problemRef(code)]));
}

const json = (schema: Json) => ({ [JSON_TYPE]: { schema } });
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

function paths(): Json {
  const query = (name: string, description: string, schema: Json) => ({
    name,
    in: 'query',
    required: false,
    description,
    schema,
  });
  return {
    '/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        summary: 'This document (no token needed).',
        security: [],
        responses: {
          200: { description: 'The OpenAPI document.', content: json({ type: 'object' }) },
          429: problemRef('rate_limited'),
        },
      },
    },
    '/employees': {
      get: {
        operationId: 'listEmployees',
        summary: 'One page of employees, in userName order unless sort says otherwise (scope employees:read).',
        parameters: [
          query('search', 'Matches the start of the userName, first name, last name or email, ignoring case.', {
            type: 'string',
            maxLength: EMPLOYEE_TEXT_MAX_LENGTH,
          }),
          query('organizationId', 'The organization and everything below it.', { type: 'string' }),
          query('source', 'scim: provisioned by the identity provider; local: added in WFO.', {
            type: 'string',
            enum: [...EMPLOYEE_SOURCES],
          }),
          query('status', 'active or inactive.', { type: 'string', enum: [...EMPLOYEE_STATUSES] }),
          query(
            'awaitingPlacement',
            'true: only SCIM-managed employees still in the Organization for New Users (those an integration places next).',
            { type: 'boolean', default: false },
          ),
          query(
            'scimDeleted',
            'true: only employees the identity provider deleted (WFO keeps them); false: only the others. Absent: both.',
            { type: 'boolean' },
          ),
          query(
            'sort',
            'userName; name: last name, then first name; email. Each then by userName; employees without a last name or email come last.',
            { type: 'string', enum: [...DIRECTORY_SORTS], default: 'userName' },
          ),
          query(
            'descending',
            'true: Z to A (employees without the sorted value first; from A to Z they come last). A nextCursor pages on only in the order it was made for.',
            { type: 'boolean', default: false },
          ),
          query('limit', 'Page size.', { type: 'integer', minimum: 1, maximum: EMPLOYEE_PAGE_MAX, default: 50 }),
          query('cursor', "The previous page's nextCursor.", { type: 'string' }),
        ],
        responses: {
          200: { description: 'A page.', content: json(ref('EmployeePage')) },
          ...problems('validation', 'forbidden'),
        },
      },
      post: {
        operationId: 'createEmployee',
        summary: 'Add a local employee (scope employees:write).',
        requestBody: { required: true, content: json(ref('EmployeeCreate')) },
        responses: {
          201: {
            description: 'Created.',
            headers: { Location: { schema: { type: 'string' } }, ETag: etagHeader },
            content: json(ref('Employee')),
          },
          ...problems('validation', 'forbidden', 'conflict', 'payload_too_large', 'unsupported_media_type'),
        },
      },
    },
    '/organizations': {
      get: {
        operationId: 'listOrganizations',
        summary:
          'The organization tree: the organizationId values employees carry and the list filters by (scope employees:read).',
        responses: {
          200: { description: 'Every organization.', content: json(ref('OrganizationList')) },
          ...problems('validation', 'forbidden'),
        },
      },
    },
    '/employees/{id}': {
      parameters: [idParameter],
      get: {
        operationId: 'getEmployee',
        summary: 'One employee (scope employees:read).',
        responses: {
          200: { description: 'The employee.', headers: { ETag: etagHeader }, content: json(ref('Employee')) },
          ...problems('forbidden', 'not_found'),
        },
      },
      patch: {
        operationId: 'patchEmployee',
        summary: 'Change the fields WFO owns; organizationId moves the employee (scope employees:write).',
        parameters: [
          {
            name: 'If-Match',
            in: 'header',
            required: false,
            description: 'The ETag read; a stale one is refused with 412. Without it the change is unconditional.',
            schema: { type: 'string' },
          },
        ],
        requestBody: { required: true, content: { [MERGE_PATCH_TYPE]: { schema: ref('EmployeeMergePatch') } } },
        responses: {
          200: { description: 'The employee as changed.', headers: { ETag: etagHeader }, content: json(ref('Employee')) },
          ...problems(
            'validation',
            'forbidden',
            'not_found',
            'conflict',
            'precondition_failed',
            'payload_too_large',
            'unsupported_media_type',
          ),
        },
      },
      delete: {
        operationId: 'deleteEmployee',
        summary: 'Not offered: WFO keeps employees and their history (scope employees:write).',
        description:
          'Always 409 for an existing employee. A SCIM-managed employee is deprovisioned by the identity provider; a local one is deactivated with PATCH {"status": "inactive"}.',
        responses: problems('forbidden', 'not_found', 'conflict'),
      },
    },
  };
}

let built: string | null = null;

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Identity Service user management API',
      version: '1',
      description:
        'Employees of the WFO directory, and its organization tree, for downstream systems and scripts. Authenticate with an API token ' +
        '(idsvc token create --kind api); SCIM tokens are refused. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: API_BASE_PATH }],
    security: [{ bearerAuth: [] }],
    paths: paths(),
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: `An API token (ES256 JWT) with scope ${API_SCOPES.join(' or ')}; employees:write includes employees:read.`,
        },
      },
      schemas: schemas(),
      responses: responses(),
    },
  };
}

export function getOpenApiDocument(): ApiAnswer & { json: string } {
  built ??= JSON.stringify(openApiDocument());
  return { status: 200, json: built };
}
