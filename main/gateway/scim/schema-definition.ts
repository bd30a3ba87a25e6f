// The shape of an RFC 7643 schema (section 7: each attribute's type, multiValued, description,
// required, caseExact, mutability, returned, uniqueness, canonicalValues, referenceTypes, subAttributes)
// and the builders the User and Group definitions are written with. The definitions
// (user-schema-definition.ts, group-schema-definition.ts) are the one source the filter's attribute map,
// the PATCH engine, the sanitizers, projection and /Schemas are derived from.

export type AttributeType = 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'binary' | 'complex';
export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

export interface AttributeDefinition {
  readonly name: string;
  readonly type: AttributeType;
  readonly multiValued: boolean;
  readonly description: string;
  readonly required: boolean;
  readonly caseExact: boolean;
  readonly mutability: Mutability;
  readonly returned: Returned;
  readonly uniqueness: Uniqueness;
  readonly canonicalValues?: readonly string[];
  readonly referenceTypes?: readonly string[];
  readonly subAttributes?: readonly AttributeDefinition[];
}

export interface SchemaDefinition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly attributes: readonly AttributeDefinition[];
}

/**
 * A resource type's schemas. `core` and `extensions` are published at /Schemas. `common` are attributes
 * the gateway recognizes but does not publish: RFC 7643 section 3.1's id, schemas and meta (not part of
 * any schema), and attributes the gateway never answers (a User's `groups`, which lives on /Groups).
 */
export interface ResourceDefinition {
  readonly common: readonly AttributeDefinition[];
  readonly core: SchemaDefinition;
  readonly extensions: readonly SchemaDefinition[];
}

type Characteristics = Partial<Omit<AttributeDefinition, 'name' | 'description'>>;

/** A single-valued, optional, case-insensitive, readWrite string returned by default: RFC 7643's defaults. */
export function attribute(name: string, description: string, characteristics: Characteristics = {}): AttributeDefinition {
  return {
    name,
    type: 'string',
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...characteristics,
  };
}

export function complex(
  name: string,
  description: string,
  multiValued: boolean,
  subAttributes: readonly AttributeDefinition[],
  characteristics: Characteristics = {},
): AttributeDefinition {
  return attribute(name, description, { type: 'complex', multiValued, subAttributes, caseExact: false, ...characteristics });
}

/** RFC 7643 section 2.4: the sub-attributes every multi-valued attribute may have. */
export function multiValue(what: string, types: readonly string[], value: Characteristics = {}): readonly AttributeDefinition[] {
  return [
    attribute('value', `The ${what}.`, value),
    attribute('display', `A human-readable name for the ${what}, for display only.`),
    attribute('type', `What kind of ${what} this is.`, types.length > 0 ? { canonicalValues: types } : {}),
    attribute('primary', `Whether this is the preferred ${what}; at most one element is primary.`, { type: 'boolean' }),
  ];
}

/** Every attribute a resource definition knows, core and extensions, published or not. */
export function allParts(resource: ResourceDefinition): readonly { id: string; attributes: readonly AttributeDefinition[] }[] {
  return [{ id: resource.core.id, attributes: [...resource.common, ...resource.core.attributes] }, ...resource.extensions];
}
