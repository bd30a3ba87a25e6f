// The user-details field catalog (DESIGN.md): which WFO employee fields SCIM can own and the SCIM
// attribute each maps from. Pure data shared by main (rules, gateway mapping) and the renderer (labels).

export const FIXED_FIELDS = [
  { key: 'userName', label: 'Username', scimAttribute: 'userName' },
  { key: 'firstName', label: 'First Name', scimAttribute: 'name.givenName' },
  { key: 'lastName', label: 'Last Name', scimAttribute: 'name.familyName' },
] as const;

export const SELECTABLE_FIELDS = [
  { key: 'status', label: 'Status', scimAttribute: 'active' },
  {
    key: 'employeeNumber',
    label: 'Employee Number',
    scimAttribute: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber',
  },
  { key: 'email', label: 'Email Address', scimAttribute: 'emails[type eq "work"].value' },
  { key: 'workPhone', label: 'Work Phone', scimAttribute: 'phoneNumbers[type eq "work"].value' },
  { key: 'cellPhone', label: 'Cell Phone', scimAttribute: 'phoneNumbers[type eq "mobile"].value' },
  { key: 'addressLine1', label: 'Address Line 1', scimAttribute: 'addresses[type eq "work"].streetAddress' },
  { key: 'city', label: 'City', scimAttribute: 'addresses[type eq "work"].locality' },
  { key: 'state', label: 'State', scimAttribute: 'addresses[type eq "work"].region' },
  { key: 'zipCode', label: 'Zip Code', scimAttribute: 'addresses[type eq "work"].postalCode' },
  { key: 'country', label: 'Country', scimAttribute: 'addresses[type eq "work"].country' },
] as const;

export type FixedFieldKey = (typeof FIXED_FIELDS)[number]['key'];
export type SelectableFieldKey = (typeof SELECTABLE_FIELDS)[number]['key'];

export const SELECTABLE_FIELD_KEYS = SELECTABLE_FIELDS.map((f) => f.key) as [
  SelectableFieldKey,
  ...SelectableFieldKey[],
];

/** Catalog order, so a saved list compares equal however the admin clicked it. */
export function orderSyncedFields(keys: Iterable<SelectableFieldKey>): SelectableFieldKey[] {
  const wanted = new Set(keys);
  return SELECTABLE_FIELD_KEYS.filter((key) => wanted.has(key));
}
