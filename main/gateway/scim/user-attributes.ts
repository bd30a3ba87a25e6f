// The User attributes the gateway keeps, derived from the one RFC 7643 table the PATCH engine also
// uses (patch/attribute-types.ts), so what a POST or PUT keeps and what a PATCH may write agree.
// Read-only attributes (id, meta, groups, schemas) and anything outside the table (password, vendor
// attributes) are dropped, never stored.
import { USER_PATCH_SCHEMA, type PatchAttribute } from '../patch/attribute-types';

const writable = (attributes: readonly PatchAttribute[]) => attributes.filter((a) => !a.readOnly);
const names = (attributes: readonly { name: string }[]) => attributes.map((a) => a.name);
const byName = new Map(USER_PATCH_SCHEMA.core.attributes.map((a) => [a.name, a]));
const subNames = (name: string) => {
  const attribute = byName.get(name);
  return attribute?.type === 'complex' ? names(attribute.subAttributes) : [];
};

export const CORE_USER_ATTRIBUTES: readonly string[] = names(writable(USER_PATCH_SCHEMA.core.attributes));

export const NAME_SUB_ATTRIBUTES: readonly string[] = subNames('name');

export const ENTERPRISE_ATTRIBUTES: readonly string[] = names(writable(USER_PATCH_SCHEMA.extensions[0]!.attributes));

export const MULTI_VALUED: ReadonlySet<string> = new Set(
  writable(USER_PATCH_SCHEMA.core.attributes)
    .filter((a) => a.type === 'complex' && a.multiValued)
    .map((a) => a.name),
);

/** The sub-attributes kept for each multi-valued attribute. */
export function multiValuedSubAttributes(name: string): readonly string[] {
  return subNames(name);
}

/** Canonical name for a case-insensitively matched attribute, or undefined when unknown. */
export function canonical(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  return known.find((candidate) => candidate.toLowerCase() === lower);
}
