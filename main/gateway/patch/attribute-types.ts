// The User and Group attributes a PATCH may reach (RFC 7643 sections 4.1, 4.2, 4.3 and 3.1), with the
// type, mutability and required-ness the engine coerces and refuses by. The filter module's schema lists
// only what the employees table stores; a PATCH must also keep what the IdP sends back on the next GET.
import type { ComplexAttribute, ResourceSchema, ScalarAttribute } from '../filter';
import type { ScalarType } from '../filter/scim-schema';
import { sameName } from '../scim/attribute-name';
import {
  ENTERPRISE_USER_URN as ENTERPRISE_USER_SCHEMA,
  GROUP_URN as CORE_GROUP_SCHEMA,
  USER_URN as CORE_USER_SCHEMA,
} from '../scim/scim-urns';

export { CORE_GROUP_SCHEMA, CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, sameName };

export type ResourceKind = 'User' | 'Group';

interface Flags {
  readonly readOnly?: true;
  readonly required?: true;
}

export type PatchScalar = ScalarAttribute<never> & Flags;
export type PatchComplex = ComplexAttribute<never> & Flags & { readonly subAttributes: readonly PatchScalar[] };
export type PatchAttribute = PatchScalar | PatchComplex;

export interface PatchSchemaPart {
  readonly id: string;
  readonly attributes: readonly PatchAttribute[];
}

/** Shaped as the filter module's ResourceSchema, so value filters are evaluated by the same code. */
export interface PatchSchema extends ResourceSchema<never> {
  readonly core: PatchSchemaPart;
  readonly extensions: readonly PatchSchemaPart[];
}

const scalar = (name: string, type: ScalarType = 'string', flags: Flags & { caseExact?: boolean } = {}): PatchScalar => {
  const { caseExact = false, ...rest } = flags;
  return { name, type, caseExact, ...rest };
};

const complex = (name: string, multiValued: boolean, subAttributes: readonly PatchScalar[], flags: Flags = {}): PatchComplex => ({
  name,
  type: 'complex',
  multiValued,
  subAttributes,
  ...flags,
});

// The sub-attributes RFC 7643 section 2.4 gives every multi-valued attribute.
const multiValue = (valueType: ScalarType = 'string', caseExact = false): PatchScalar[] => [
  scalar('value', valueType, { caseExact }),
  scalar('display'),
  scalar('type'),
  scalar('primary', 'boolean'),
];

// Common to every resource (RFC 7643 section 3.1). `schemas` is listed so a path naming it is refused:
// the engine keeps it in step with the extensions the resource carries.
const COMMON: readonly PatchAttribute[] = [
  scalar('id', 'string', { caseExact: true, readOnly: true }),
  scalar('externalId', 'string', { caseExact: true }),
  { ...scalar('schemas', 'reference', { caseExact: true, readOnly: true }), multiValued: true },
  complex(
    'meta',
    false,
    ['resourceType', 'location', 'version']
      .map((n) => scalar(n, 'string', { caseExact: true }))
      .concat(['created', 'lastModified'].map((n) => scalar(n, 'dateTime', { caseExact: true }))),
    { readOnly: true },
  ),
];

// `password` is deliberately absent: the gateway has nowhere to keep it and must never echo it back.
export const USER_PATCH_SCHEMA: PatchSchema = {
  core: {
    id: CORE_USER_SCHEMA,
    attributes: [
      ...COMMON,
      scalar('userName', 'string', { required: true }),
      complex(
        'name',
        false,
        ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((n) => scalar(n)),
      ),
      ...['displayName', 'nickName', 'title', 'userType', 'preferredLanguage', 'locale', 'timezone'].map((n) => scalar(n)),
      scalar('profileUrl', 'reference'),
      scalar('active', 'boolean'),
      complex('emails', true, multiValue()),
      complex('phoneNumbers', true, multiValue()),
      complex('ims', true, multiValue()),
      complex('photos', true, multiValue('reference', true)),
      complex('addresses', true, [
        ...['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type'].map((n) => scalar(n)),
        scalar('primary', 'boolean'),
      ]),
      complex(
        'groups',
        true,
        [
          scalar('value', 'string', { caseExact: true }),
          scalar('$ref', 'reference', { caseExact: true }),
          scalar('display'),
          scalar('type'),
        ],
        { readOnly: true },
      ),
      complex('entitlements', true, multiValue()),
      complex('roles', true, multiValue()),
      // Binary (base64) in RFC 7643; compared exactly, which is all a string of base64 needs.
      complex('x509Certificates', true, multiValue('string', true)),
    ],
  },
  extensions: [
    {
      id: ENTERPRISE_USER_SCHEMA,
      attributes: [
        ...['employeeNumber', 'costCenter', 'organization', 'division', 'department'].map((n) => scalar(n)),
        complex('manager', false, [
          scalar('value', 'string', { caseExact: true }),
          scalar('$ref', 'reference', { caseExact: true }),
          scalar('displayName', 'string', { readOnly: true }),
        ]),
      ],
    },
  ],
};

export const GROUP_PATCH_SCHEMA: PatchSchema = {
  core: {
    id: CORE_GROUP_SCHEMA,
    attributes: [
      ...COMMON,
      scalar('displayName', 'string', { required: true }),
      complex('members', true, [
        scalar('value', 'string', { caseExact: true }),
        scalar('$ref', 'reference', { caseExact: true }),
        scalar('type'),
        scalar('display'),
      ]),
    ],
  },
  extensions: [],
};

export function patchSchemaFor(kind: ResourceKind): PatchSchema {
  return kind === 'User' ? USER_PATCH_SCHEMA : GROUP_PATCH_SCHEMA;
}

export function findSubAttribute(attribute: PatchComplex, name: string): PatchScalar | undefined {
  return attribute.subAttributes.find((s) => sameName(s.name, name));
}
