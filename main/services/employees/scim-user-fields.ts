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

// Fields sharing an element (the five of the work address) read it once per resource: the element's
// place in `holders` is worked out here, once.
const HOLDERS: readonly ScimPath[] = [];
const READERS = CATALOG_FIELDS.map((field) => {
  const path = field.scim as ScimPath;
  if (path.subAttribute === undefined) return { field, path, holder: -1 };
  const same = (p: ScimPath) =>
    p.schema === path.schema &&
    p.attribute === path.attribute &&
    p.type === path.type &&
    p.primaryFallback === path.primaryFallback;
  let holder = HOLDERS.findIndex(same);
  if (holder === -1) holder = (HOLDERS as ScimPath[]).push(path) - 1;
  return { field, path, holder };
});

export function readScimUserFields(resource: ScimResource): ScimUserFields {
  const values: Partial<Record<CatalogFieldKey, string | boolean | null>> = {};
  const holders: (Record<string, unknown> | undefined | null)[] = new Array(HOLDERS.length).fill(null);
  for (const { field, path, holder } of READERS) {
    let raw: unknown;
    if (holder === -1) {
      raw = readPath(resource, path);
    } else {
      if (holders[holder] === null) holders[holder] = holderOf(resource, path);
      raw = holders[holder]?.[path.subAttribute!];
    }
    values[field.key] = fieldValue(field, raw);
  }
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
  if (path.subAttribute === undefined) return containerOf(resource, path)?.[path.attribute];
  return holderOf(resource, path)?.[path.subAttribute];
}

function containerOf(resource: ScimResource, path: ScimPath): Record<string, unknown> | undefined {
  return path.schema === undefined ? resource : asObject(resource[path.schema]);
}

/** The object holding a sub-attribute: `name`, or the element of a multi-valued attribute. */
function holderOf(resource: ScimResource, path: ScimPath): Record<string, unknown> | undefined {
  const value = containerOf(resource, path)?.[path.attribute];
  return path.type === undefined ? asObject(value) : pick(value, path.type, path.primaryFallback ?? false);
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
