// The discovery documents: ServiceProviderConfig, ResourceTypes and Schemas (RFC 7643 sections 5-7),
// describing exactly what this gateway supports. The User schemas list what the sanitizer keeps, and
// every field of the catalog (preload/field-catalog.ts) where its path says, with its caseExact.
import { CATALOG_FIELDS, type CatalogField } from '../../../preload/field-catalog';
import { paginationConfig } from '../list/pagination';
import { MAX_PAGE_SIZE } from './list-params';
import {
  ENTERPRISE_USER_URN,
  GROUP_URN,
  RESOURCE_TYPE_URN,
  SCHEMA_URN,
  SERVICE_PROVIDER_CONFIG_URN,
  USER_URN,
} from './scim-urns';

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_URN],
    documentationUri: 'https://datatracker.ietf.org/doc/html/rfc7644',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE_SIZE },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    pagination: paginationConfig(),
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'A JWT created in the Identity Service Console (Provisioning Settings > JWT Token).',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string) {
  return [
    {
      schemas: [RESOURCE_TYPE_URN],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'An employee of the WFO suite',
      schema: USER_URN,
      schemaExtensions: [{ schema: ENTERPRISE_USER_URN, required: false }],
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` },
    },
    {
      schemas: [RESOURCE_TYPE_URN],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A group pushed by the identity provider',
      schema: GROUP_URN,
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/Group` },
    },
  ];
}

type Attribute = Record<string, unknown>;
const attr = (name: string, extra: Attribute = {}): Attribute => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});
const complex = (name: string, subAttributes: Attribute[], multiValued: boolean): Attribute =>
  attr(name, { type: 'complex', multiValued, subAttributes });
const multi = (name: string, types: string[]) =>
  complex(
    name,
    [attr('value'), attr('display'), attr('type', { canonicalValues: types }), attr('primary', { type: 'boolean' })],
    true,
  );

/** Publishes each catalog field under `schemaId` (undefined: the core schema), adding what is missing. */
function withCatalogFields(schemaId: string | undefined, attributes: Attribute[]): Attribute[] {
  for (const field of CATALOG_FIELDS) {
    const { schema, attribute, subAttribute, type } = field.scim as CatalogField['scim'] & {
      schema?: string;
      subAttribute?: string;
      type?: string;
    };
    if (schema !== schemaId) continue;
    const facts: Attribute = {
      type: field.kind === 'boolean' ? 'boolean' : 'string',
      caseExact: field.caseExact,
      ...('unique' in field ? { required: true, uniqueness: 'server' } : {}),
    };
    let top = attributes.find((a) => a.name === attribute);
    if (subAttribute === undefined) {
      if (top) Object.assign(top, facts);
      else attributes.push(attr(attribute, facts));
      continue;
    }
    if (!top) {
      const kinds = type === undefined ? [] : [attr('type', { canonicalValues: [type] }), attr('primary', { type: 'boolean' })];
      top = complex(attribute, kinds, type !== undefined);
      attributes.push(top);
    }
    const subs = top.subAttributes as Attribute[];
    const sub = subs.find((a) => a.name === subAttribute);
    if (sub) Object.assign(sub, facts);
    else subs.unshift(attr(subAttribute, facts));
    const types = subs.find((a) => a.name === 'type')?.canonicalValues as string[] | undefined;
    if (type !== undefined && types && !types.includes(type)) types.push(type);
  }
  return attributes;
}

export function schemas(baseUrl: string) {
  const doc = (id: string, name: string, attributes: Attribute[]) => ({
    schemas: [SCHEMA_URN],
    id,
    name,
    attributes,
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${id}` },
  });
  return [
    doc(
      USER_URN,
      'User',
      withCatalogFields(undefined, [
        attr('userName', { required: true, uniqueness: 'server' }),
        complex(
          'name',
          ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((n) => attr(n)),
          false,
        ),
        attr('displayName'),
        attr('externalId', { caseExact: true }),
        attr('title'),
        attr('userType'),
        attr('preferredLanguage'),
        attr('locale'),
        attr('timezone'),
        attr('active', { type: 'boolean' }),
        multi('emails', ['work', 'home', 'other']),
        multi('phoneNumbers', ['work', 'mobile', 'home', 'other']),
        complex(
          'addresses',
          [
            ...['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country'].map((n) => attr(n)),
            attr('type', { canonicalValues: ['work', 'home', 'other'] }),
            attr('primary', { type: 'boolean' }),
          ],
          true,
        ),
      ]),
    ),
    doc(
      ENTERPRISE_USER_URN,
      'EnterpriseUser',
      withCatalogFields(ENTERPRISE_USER_URN, [
        attr('employeeNumber'),
        attr('costCenter'),
        attr('organization'),
        attr('division'),
        attr('department'),
        complex('manager', [attr('value'), attr('displayName', { mutability: 'readOnly' })], false),
      ]),
    ),
    doc(GROUP_URN, 'Group', [
      attr('displayName', { required: true, uniqueness: 'server' }),
      attr('externalId', { caseExact: true }),
      complex('members', [attr('value', { mutability: 'immutable' }), attr('display', { mutability: 'readOnly' })], true),
    ]),
  ];
}
