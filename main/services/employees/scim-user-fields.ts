// Reads DESIGN.md's catalog fields out of a SCIM User resource: which value each WFO field would take
// if SCIM owns it. Multi-valued attributes use the "work" element (a "mobile" phone for Cell Phone),
// else the primary one, as identity providers send either.
import type { FixedFieldKey, SelectableFieldKey } from '../../../preload/field-catalog';

export const ENTERPRISE_USER_URN = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export type ScimResource = Readonly<Record<string, unknown>>;
type FieldKey = FixedFieldKey | SelectableFieldKey;

/**
 * Each catalog field's value in the resource; `status` is the boolean `active` (absent means true).
 * Also the two other attributes stored in employee columns, which no catalog field owns.
 */
export interface ScimUserFields {
  values: Record<Exclude<FieldKey, 'status'>, string | null>;
  active: boolean;
  externalId: string | null;
  displayName: string | null;
}

export function readScimUserFields(resource: ScimResource): ScimUserFields {
  const name = asObject(resource.name);
  const enterprise = asObject(resource[ENTERPRISE_USER_URN]);
  const email = pick(resource.emails, 'work');
  const workPhone = pick(resource.phoneNumbers, 'work', false);
  const cellPhone = pick(resource.phoneNumbers, 'mobile', false);
  const address = pick(resource.addresses, 'work');
  return {
    values: {
      // NFC, the form its uniqueness and length are judged in: WFO gets one spelling of each name.
      userName: nfc(scimText(resource.userName)),
      firstName: scimText(name?.givenName),
      lastName: scimText(name?.familyName),
      employeeNumber: scimText(enterprise?.employeeNumber),
      email: scimText(email?.value),
      workPhone: scimText(workPhone?.value),
      cellPhone: scimText(cellPhone?.value),
      addressLine1: scimText(address?.streetAddress),
      city: scimText(address?.locality),
      state: scimText(address?.region),
      zipCode: scimText(address?.postalCode),
      country: scimText(address?.country),
    },
    active: resource.active !== false,
    externalId: scimText(resource.externalId),
    displayName: scimText(resource.displayName),
  };
}

const nfc = (value: string | null): string | null => (value === null ? null : value.normalize('NFC'));

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

/** The element of `type`, else (when allowed) the primary element. */
function pick(list: unknown, type: string, primaryFallback = true): Record<string, unknown> | undefined {
  if (!Array.isArray(list)) return undefined;
  const elements = list.map(asObject).filter((e): e is Record<string, unknown> => e !== undefined);
  const typed = elements.find((e) => typeof e.type === 'string' && e.type.toLowerCase() === type);
  if (typed || !primaryFallback) return typed;
  return elements.find((e) => e.primary === true);
}
