// Reads the catalog's fields out of a SCIM User resource: which value each WFO field would take if
// SCIM owns it, found by the field's catalog path (preload/field-catalog.ts). A multi-valued attribute
// gives the element of the field's type, else (when the field allows it) the primary one.
import { CATALOG_FIELDS, type CatalogField, type CatalogFieldKey, type ScimPath } from '../../../preload/field-catalog';

export { ENTERPRISE_USER_URN } from '../../../preload/field-catalog';

export type ScimResource = Readonly<Record<string, unknown>>;

type ValueOf<F extends CatalogField> = F['kind'] extends 'boolean' ? boolean : string | null;

/**
 * Each catalog field's value in the resource: text by scimText (the unique userName in NFC), a boolean
 * field (Status: `active`) true unless the resource says false. Also the two other attributes stored in
 * employee columns, which no catalog field owns.
 */
export interface ScimUserFields {
  values: { [F in CatalogField as F['key']]: ValueOf<F> };
  externalId: string | null;
  displayName: string | null;
}

export function readScimUserFields(resource: ScimResource): ScimUserFields {
  const values: Partial<Record<CatalogFieldKey, string | boolean | null>> = {};
  for (const field of CATALOG_FIELDS) values[field.key] = fieldValue(field, readPath(resource, field.scim));
  return {
    values: values as ScimUserFields['values'],
    externalId: scimText(resource.externalId),
    displayName: scimText(resource.displayName),
  };
}

function fieldValue(field: CatalogField, raw: unknown): string | boolean | null {
  // Absent means active (RFC 7643 leaves it to the provider); the sanitizer already made "False" a boolean.
  if (field.kind === 'boolean') return raw !== false;
  const text = scimText(raw);
  // NFC, the form its uniqueness and length are judged in: WFO gets one spelling of each name.
  return 'unique' in field && text !== null ? text.normalize('NFC') : text;
}

/** The raw value at a catalog path, undefined when the resource has none there. */
export function readPath(resource: ScimResource, path: ScimPath): unknown {
  const container = path.schema === undefined ? resource : asObject(resource[path.schema]);
  const value = container?.[path.attribute];
  if (path.subAttribute === undefined) return value;
  const holder = path.type === undefined ? asObject(value) : pick(value, path.type, path.primaryFallback ?? false);
  return holder?.[path.subAttribute];
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * A SCIM attribute as WFO text: a string with something besides spaces, or a number (some identity
 * providers send employeeNumber as one) as its digits; anything else counts as absent. One rule for
 * every text the services take from a SCIM resource, users and groups alike.
 */
export function scimText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** The element of `type` (matched case-insensitively), else (when allowed) the primary element. */
function pick(list: unknown, type: string, primaryFallback: boolean): Record<string, unknown> | undefined {
  if (!Array.isArray(list)) return undefined;
  const elements = list.map(asObject).filter((e): e is Record<string, unknown> => e !== undefined);
  const typed = elements.find((e) => typeof e.type === 'string' && e.type.toLowerCase() === type);
  if (typed || !primaryFallback) return typed;
  return elements.find((e) => e.primary === true);
}
