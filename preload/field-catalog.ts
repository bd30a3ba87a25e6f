// The user-details field catalog (DESIGN.md): every WFO employee field SCIM can own, and everything
// known about it in one entry: its label, the employees column holding it, where it sits in a SCIM User
// resource, and how filters and sortBy treat it. The services' mapping from a resource, the store's
// column lists, the gateway's filter and sort maps, /Schemas, the settings tab and Activity's labels are
// all derived from it: adding a field is one entry here plus a migration adding its column.
// Pure data and pure functions, shared by main and the renderer (no Node, no Electron).

export const CORE_USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER_URN = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/**
 * Where a field's value sits in a SCIM User: `attribute[.subAttribute]`, under an extension's URN when
 * `schema` names one. For a multi-valued attribute, `type` picks the element (`emails[type eq "work"]`),
 * and `primaryFallback` lets the primary element stand in when none has that type (identity providers
 * send either).
 */
export interface ScimPath {
  readonly schema?: string;
  readonly attribute: string;
  readonly subAttribute?: string;
  readonly type?: string;
  readonly primaryFallback?: boolean;
}

export interface CatalogFieldSpec {
  readonly key: string;
  readonly label: string;
  /** The employees column; the employee row's property is its camelCase form (see fieldProperty). */
  readonly column: string;
  readonly scim: ScimPath;
  readonly kind: 'text' | 'boolean';
  /** RFC 7643 caseExact: false compares case-folded forms in filters and sortBy. */
  readonly caseExact: boolean;
  /** Whether a filter can compare it; otherwise a filter naming it matches nothing. */
  readonly filterable: boolean;
  /** Whether sortBy orders by it; otherwise sortBy naming it keeps the default order. */
  readonly sortable: boolean;
  /** userName: every user has one, and no two users share it (compared case-folded, in NFC). */
  readonly unique?: boolean;
  /**
   * A value many employees share (an office's address): the Employees view's "Set field" writes one
   * value for a whole selection. A person's own values (names, email, phones, number) are not.
   */
  readonly shared?: boolean;
}

const work = (attribute: string, subAttribute: string, primaryFallback = true) =>
  ({ attribute, type: 'work', subAttribute, primaryFallback }) as const;

// Always owned by SCIM while provisioning is enabled.
export const FIXED_FIELDS = [
  {
    key: 'userName',
    label: 'Username',
    column: 'user_name',
    scim: { attribute: 'userName' },
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: true,
    unique: true,
  },
  {
    key: 'firstName',
    label: 'First Name',
    column: 'first_name',
    scim: { attribute: 'name', subAttribute: 'givenName' },
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: true,
  },
  {
    key: 'lastName',
    label: 'Last Name',
    column: 'last_name',
    scim: { attribute: 'name', subAttribute: 'familyName' },
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: true,
  },
] as const satisfies readonly CatalogFieldSpec[];

// Owned by SCIM only when selected in the settings. Phones and addresses are not sortable: `phoneNumbers.value`
// names two fields, and no identity provider sorts by an address.
export const SELECTABLE_FIELDS = [
  {
    key: 'status',
    label: 'Status',
    column: 'active',
    scim: { attribute: 'active' },
    kind: 'boolean',
    caseExact: false,
    filterable: true,
    sortable: false,
  },
  {
    key: 'employeeNumber',
    label: 'Employee Number',
    column: 'employee_number',
    scim: { schema: ENTERPRISE_USER_URN, attribute: 'employeeNumber' },
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: true,
  },
  {
    key: 'email',
    label: 'Email Address',
    column: 'email',
    scim: work('emails', 'value'),
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: true,
  },
  {
    key: 'workPhone',
    label: 'Work Phone',
    column: 'work_phone',
    scim: work('phoneNumbers', 'value', false),
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: false,
  },
  {
    key: 'cellPhone',
    label: 'Cell Phone',
    column: 'cell_phone',
    scim: { attribute: 'phoneNumbers', type: 'mobile', subAttribute: 'value', primaryFallback: false },
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: false,
  },
  {
    key: 'addressLine1',
    label: 'Address Line 1',
    column: 'address_line1',
    scim: work('addresses', 'streetAddress'),
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: false,
    shared: true,
  },
  {
    key: 'city',
    label: 'City',
    column: 'city',
    scim: work('addresses', 'locality'),
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: false,
    shared: true,
  },
  {
    key: 'state',
    label: 'State',
    column: 'state',
    scim: work('addresses', 'region'),
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: false,
    shared: true,
  },
  {
    key: 'zipCode',
    label: 'Zip Code',
    column: 'zip_code',
    scim: work('addresses', 'postalCode'),
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: false,
    shared: true,
  },
  {
    key: 'country',
    label: 'Country',
    column: 'country',
    scim: work('addresses', 'country'),
    kind: 'text',
    caseExact: false,
    filterable: true,
    sortable: false,
    shared: true,
  },
] as const satisfies readonly CatalogFieldSpec[];

export const CATALOG_FIELDS = [...FIXED_FIELDS, ...SELECTABLE_FIELDS] as const;

export type CatalogField = (typeof CATALOG_FIELDS)[number];
export type FixedFieldKey = (typeof FIXED_FIELDS)[number]['key'];
export type SelectableFieldKey = (typeof SELECTABLE_FIELDS)[number]['key'];
export type CatalogFieldKey = CatalogField['key'];

export const SELECTABLE_FIELD_KEYS = SELECTABLE_FIELDS.map((f) => f.key) as [SelectableFieldKey, ...SelectableFieldKey[]];

type SharedField = Extract<CatalogField, { readonly shared: true }>;
export type SharedFieldKey = SharedField['key'];
/** The fields "Set field" writes for a selection, in catalog order. */
export const SHARED_FIELDS = CATALOG_FIELDS.filter((field): field is SharedField => 'shared' in field && field.shared);
export const SHARED_FIELD_KEYS = SHARED_FIELDS.map((field) => field.key) as [SharedFieldKey, ...SharedFieldKey[]];

const LABEL_BY_KEY: ReadonlyMap<string, string> = new Map(CATALOG_FIELDS.map((field) => [field.key, field.label]));

/** A catalog field's label ("Email Address") from its key; any other text is returned as it is. */
export const catalogFieldLabel = (key: string): string => LABEL_BY_KEY.get(key) ?? key;

/** Catalog order, so a saved list compares equal however the admin clicked it. */
export function orderSyncedFields(keys: Iterable<SelectableFieldKey>): SelectableFieldKey[] {
  const wanted = new Set(keys);
  return SELECTABLE_FIELD_KEYS.filter((key) => wanted.has(key));
}

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The employee row property holding a catalog field: `zip_code` is `zipCode`, `active` is `active`. */
export type FieldProperty<F extends CatalogField = CatalogField> = CamelCase<F['column']>;

/** The catalog's part of an employee row: each field's property, typed by its kind. */
export type CatalogValues = {
  [F in CatalogField as CamelCase<F['column']>]: F['kind'] extends 'boolean'
    ? boolean
    : F extends { unique: true }
      ? string
      : string | null;
};

export function fieldProperty<F extends CatalogField>(field: F): FieldProperty<F> {
  return field.column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase()) as FieldProperty<F>;
}

/** The path as RFC 7644 writes it: `emails[type eq "work"].value`, `urn:...:enterprise:2.0:User:employeeNumber`. */
export function scimPathText(path: ScimPath): string {
  const prefix = path.schema === undefined ? '' : `${path.schema}:`;
  const element = path.type === undefined ? '' : `[type eq "${path.type}"]`;
  const sub = path.subAttribute === undefined ? '' : `.${path.subAttribute}`;
  return `${prefix}${path.attribute}${element}${sub}`;
}
