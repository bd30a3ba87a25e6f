// Lays the field catalog's facts (preload/field-catalog.ts) over an RFC 7643 attribute list: at each
// catalog field's SCIM path the attribute takes the field's type (its kind), caseExact and uniqueness,
// and its description names the WFO field it fills. The catalog stays the one place those facts are
// written; a catalog path the schema does not define fails at load, so the two cannot drift apart.
import { CATALOG_FIELDS, type CatalogField, type ScimPath } from '../../../preload/field-catalog';
import type { AttributeDefinition } from './schema-definition';

/** The catalog fields at `attribute[.sub]` of the schema `schemaId` (undefined: the core schema). */
export function catalogFieldsAt(schemaId: string | undefined, attribute: string, sub?: string): CatalogField[] {
  return CATALOG_FIELDS.filter((field) => {
    const path: ScimPath = field.scim;
    return path.schema === schemaId && path.attribute === attribute && path.subAttribute === sub;
  });
}

function facts(definition: AttributeDefinition, fields: readonly CatalogField[]): AttributeDefinition {
  if (fields.length === 0) return definition;
  const [first] = fields as [CatalogField];
  const unique = fields.some((field) => 'unique' in field && field.unique === true);
  const labels = fields.map((field) => field.label).join(', ');
  return {
    ...definition,
    type: first.kind === 'boolean' ? 'boolean' : 'string',
    caseExact: first.caseExact,
    ...(unique ? { required: true, uniqueness: 'server' } : {}),
    description: `${definition.description} WFO field: ${labels}.`,
  };
}

export function withCatalogFacts(
  schemaId: string | undefined,
  attributes: readonly AttributeDefinition[],
): AttributeDefinition[] {
  for (const field of CATALOG_FIELDS) {
    const path: ScimPath = field.scim;
    if (path.schema !== schemaId) continue;
    const top = attributes.find((a) => a.name === path.attribute);
    const sub = path.subAttribute === undefined ? top : top?.subAttributes?.find((s) => s.name === path.subAttribute);
    if (sub === undefined) throw new Error(`The catalog field ${field.key} sits at a path the SCIM schema does not define.`);
    const types = top?.subAttributes?.find((s) => s.name === 'type')?.canonicalValues ?? [];
    if (path.type !== undefined && !types.includes(path.type)) {
      throw new Error(`The catalog field ${field.key} needs "${path.type}" among ${path.attribute}.type's canonical values.`);
    }
  }
  return attributes.map((top) => {
    const own = facts(top, catalogFieldsAt(schemaId, top.name));
    if (top.subAttributes === undefined) return own;
    return { ...own, subAttributes: top.subAttributes.map((sub) => facts(sub, catalogFieldsAt(schemaId, top.name, sub.name))) };
  });
}
