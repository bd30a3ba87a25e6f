// The User and Group attributes a PATCH may reach, read from the one schema definition
// (scim/user-schema-definition.ts, scim/group-schema-definition.ts) with the type, mutability and
// required-ness the engine coerces and refuses by. The filter module's schema lists only what the
// employees table stores; a PATCH must also keep what the IdP sends back on the next GET.
import type { ComplexAttribute, ResourceSchema, ScalarAttribute } from '../filter';
import { sameName } from '../scim/attribute-name';
import { GROUP_DEFINITION } from '../scim/group-schema-definition';
import type { AttributeDefinition, ResourceDefinition } from '../scim/schema-definition';
import { USER_DEFINITION } from '../scim/user-schema-definition';
import {
  ENTERPRISE_USER_URN as ENTERPRISE_USER_SCHEMA,
  GROUP_URN as CORE_GROUP_SCHEMA,
  USER_URN as CORE_USER_SCHEMA,
} from '../scim/scim-urns';

export { CORE_GROUP_SCHEMA, CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, sameName };

export type ResourceKind = 'User' | 'Group';

interface Flags {
  readonly readOnly?: true;
  /** RFC 7643 immutable: set with the element it belongs to, never changed afterwards. */
  readonly immutable?: true;
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

/** The definition's attributes as the engine reads them; write-only ones (password) are not kept, so not listed. */
function patchAttributes(attributes: readonly AttributeDefinition[]): PatchAttribute[] {
  return attributes.filter((a) => a.mutability !== 'writeOnly').map(patchAttribute);
}

function flags(definition: AttributeDefinition): Flags {
  return {
    ...(definition.mutability === 'readOnly' ? { readOnly: true } : {}),
    ...(definition.mutability === 'immutable' ? { immutable: true } : {}),
    ...(definition.required ? { required: true } : {}),
  };
}

function patchAttribute(definition: AttributeDefinition): PatchAttribute {
  const { name, type, multiValued, caseExact, subAttributes } = definition;
  if (type === 'complex') {
    const subs = patchAttributes(subAttributes ?? []) as PatchScalar[];
    return { name, type, multiValued, subAttributes: subs, ...flags(definition) };
  }
  return { name, type, caseExact, ...(multiValued ? { multiValued } : {}), ...flags(definition) };
}

function patchSchema(resource: ResourceDefinition): PatchSchema {
  return {
    core: { id: resource.core.id, attributes: patchAttributes([...resource.common, ...resource.core.attributes]) },
    extensions: resource.extensions.map((part) => ({ id: part.id, attributes: patchAttributes(part.attributes) })),
  };
}

export const USER_PATCH_SCHEMA: PatchSchema = patchSchema(USER_DEFINITION);

export const GROUP_PATCH_SCHEMA: PatchSchema = patchSchema(GROUP_DEFINITION);

export function patchSchemaFor(kind: ResourceKind): PatchSchema {
  return kind === 'User' ? USER_PATCH_SCHEMA : GROUP_PATCH_SCHEMA;
}

export function findSubAttribute(attribute: PatchComplex, name: string): PatchScalar | undefined {
  return attribute.subAttributes.find((s) => sameName(s.name, name));
}
