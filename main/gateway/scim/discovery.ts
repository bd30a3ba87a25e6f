// The discovery documents: ServiceProviderConfig, ResourceTypes and Schemas (RFC 7643 sections 5-7),
// describing exactly what this gateway supports. /Schemas is the schema definitions
// (user-schema-definition.ts, group-schema-definition.ts) as published, each attribute's description
// ending with whether filters can compare it (read from the filter's own attribute maps).
import { USER_SCHEMA } from '../filter/user-attribute-map';
import { GROUP_PATCH_SCHEMA } from '../patch/attribute-types';
import { GROUP_DEFINITION } from './group-schema-definition';
import { paginationConfig } from '../list/pagination';
import { MAX_PAGE_SIZE } from './list-params';
import type { AttributeDefinition } from './schema-definition';
import { USER_DEFINITION } from './user-schema-definition';
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

/** Ends the description of each published attribute and sub-attribute that filters can compare. */
export const FILTERABLE_NOTE = 'Filters can compare it.';
/** Ends the description of each one they cannot: a filter naming it is refused (400 invalidFilter). */
export const NOT_FILTERABLE_NOTE = 'Filters cannot compare it.';

type Filterable = { readonly name: string; readonly filterable?: false; readonly subAttributes?: readonly Filterable[] };

/** RFC 7643 section 7's attribute object, in its order, with what filters can do said in the description. */
function published(definition: AttributeDefinition, filter: Filterable | undefined): Record<string, unknown> {
  const { subAttributes, canonicalValues, referenceTypes, ...characteristics } = definition;
  const filterable = filter !== undefined && filter.filterable !== false;
  return {
    ...characteristics,
    description: `${definition.description} ${filterable ? FILTERABLE_NOTE : NOT_FILTERABLE_NOTE}`,
    ...(canonicalValues === undefined ? {} : { canonicalValues }),
    ...(referenceTypes === undefined ? {} : { referenceTypes }),
    ...(subAttributes === undefined
      ? {}
      : {
          subAttributes: subAttributes.map((sub) =>
            published(sub, filterable ? filter.subAttributes?.find((s) => s.name === sub.name) : undefined),
          ),
        }),
  };
}

export function schemas(baseUrl: string) {
  const documents = [
    [USER_DEFINITION, USER_SCHEMA],
    [GROUP_DEFINITION, GROUP_PATCH_SCHEMA],
  ] as const;
  return documents.flatMap(([resource, filter]) =>
    [resource.core, ...resource.extensions].map((schema) => {
      const part = [filter.core, ...filter.extensions].find((p) => p.id === schema.id);
      return {
        schemas: [SCHEMA_URN],
        id: schema.id,
        name: schema.name,
        description: schema.description,
        attributes: schema.attributes.map((a) =>
          published(
            a,
            part?.attributes.find((f) => f.name === a.name),
          ),
        ),
        meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${schema.id}` },
      };
    }),
  );
}
