// The User attributes the gateway keeps, derived from the PATCH engine's view (patch/attribute-types.ts)
// of the one schema definition (user-schema-definition.ts), so what a POST or PUT keeps and what a
// PATCH may write agree.
// Read-only attributes (id, meta, groups, schemas) and anything outside the table (password, vendor
// attributes) are dropped, never stored.
import { USER_PATCH_SCHEMA, type PatchAttribute } from '../patch/attribute-types';

/**
 * Attribute names matched case-insensitively (RFC 7643 section 2.1), looked up in one map: the
 * sanitizer matches every key of every request body, and lower-casing each candidate per key
 * measured about 5% of a PATCH request.
 */
export type AttributeNames = ReadonlyMap<string, string>;

export function attributeNames(names: readonly string[]): AttributeNames {
  const map = new Map<string, string>();
  for (const name of names) {
    map.set(name.toLowerCase(), name);
    // The schema's own casing, which clients nearly always send, is found without lower-casing it.
    map.set(name, name);
  }
  return map;
}

/** Canonical name for a case-insensitively matched attribute, or undefined when unknown. */
export function canonical(name: string, known: AttributeNames): string | undefined {
  return known.get(name) ?? known.get(name.toLowerCase());
}

const writable = (attributes: readonly PatchAttribute[]) => attributes.filter((a) => !a.readOnly);
const names = (attributes: readonly { name: string }[]) => attributes.map((a) => a.name);
const byName = new Map(USER_PATCH_SCHEMA.core.attributes.map((a) => [a.name, a]));
const subNames = (name: string) => {
  const attribute = byName.get(name);
  return attribute?.type === 'complex' ? names(attribute.subAttributes) : [];
};

export const CORE_USER_ATTRIBUTES: AttributeNames = attributeNames(names(writable(USER_PATCH_SCHEMA.core.attributes)));

export const NAME_SUB_ATTRIBUTES: AttributeNames = attributeNames(subNames('name'));

export const ENTERPRISE_ATTRIBUTES: AttributeNames = attributeNames(names(writable(USER_PATCH_SCHEMA.extensions[0]!.attributes)));

/** Each multi-valued attribute's kept sub-attributes. */
const MULTI_VALUED_SUB_ATTRIBUTES: ReadonlyMap<string, AttributeNames> = new Map(
  writable(USER_PATCH_SCHEMA.core.attributes)
    .filter((a) => a.type === 'complex' && a.multiValued)
    .map((a) => [a.name, attributeNames(subNames(a.name))]),
);

export const MULTI_VALUED: ReadonlySet<string> = new Set(MULTI_VALUED_SUB_ATTRIBUTES.keys());

/** The sub-attributes kept for each multi-valued attribute. */
export function multiValuedSubAttributes(name: string): AttributeNames {
  return MULTI_VALUED_SUB_ATTRIBUTES.get(name) ?? new Map();
}

/** Whether the schema types `name` (or its sub-attribute `sub`) boolean: the sanitizer reads those with readBoolean. */
export function isBooleanAttribute(name: string, sub?: string): boolean {
  const attribute = byName.get(name);
  if (sub === undefined) return attribute?.type === 'boolean';
  return attribute?.type === 'complex' && attribute.subAttributes.some((s) => s.name === sub && s.type === 'boolean');
}
