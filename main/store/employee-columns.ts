// The employees table's columns, generated once from the field catalog (preload/field-catalog.ts) plus
// the columns no catalog field owns. The repository's SELECT, row building, INSERT and UPDATE forms and
// the query compiler's field-to-column map all come from here, so they cannot fall out of step.
import { CATALOG_FIELDS, fieldProperty, type CatalogValues } from '../../preload/field-catalog';

/** An employee row: the catalog's fields (typed by the catalog) and the columns the store keeps itself. */
export type EmployeeRow = CatalogValues & {
  id: string;
  externalId: string | null;
  displayName: string | null;
  orgId: string;
  source: 'scim' | 'local';
  scimResource: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  scimDeletedAt: string | null;
};

export interface Column {
  readonly name: string;
  readonly property: keyof EmployeeRow;
  /** Stored as 0/1, read as a boolean. */
  readonly boolean: boolean;
  /** TEXT: an empty string counts as unassigned in filters and sortBy. */
  readonly text: boolean;
  /** Every visible row has a value (sortBy then needs no "missing last" term). */
  readonly required: boolean;
}

const own = (name: string, property: keyof EmployeeRow, required: boolean, text = true): Column => ({
  name,
  property,
  boolean: false,
  text,
  required,
});

const CATALOG_COLUMNS: readonly Column[] = CATALOG_FIELDS.map((field) => ({
  name: field.column,
  property: fieldProperty(field),
  boolean: field.kind === 'boolean',
  text: field.kind === 'text',
  required: field.kind === 'boolean' || 'unique' in field,
}));

/**
 * Columns of the employees table that no employee row holds: `history_head`, the newest audit row of
 * the employee's change history, kept by audit-repository.ts (migration 015).
 */
export const HISTORY_COLUMNS: readonly string[] = ['history_head'];

/** Every column a full row holds, in SELECT order. */
export const ROW_COLUMNS: readonly Column[] = [
  own('id', 'id', true),
  ...CATALOG_COLUMNS,
  own('external_id', 'externalId', false),
  own('display_name', 'displayName', false),
  own('org_id', 'orgId', true),
  own('source', 'source', true),
  own('scim_resource', 'scimResource', false),
  own('version', 'version', true, false),
  own('created_at', 'createdAt', true),
  own('updated_at', 'updatedAt', true),
  own('scim_deleted_at', 'scimDeletedAt', false),
];

export const COLUMN_BY_PROPERTY: ReadonlyMap<string, Column> = new Map(ROW_COLUMNS.map((c) => [c.property, c]));

/**
 * Folded key columns (migration 004): an indexed copy of the column in foldCase form, written by the
 * repository, so case-insensitive lookups use an index. `keptWithValue`: an update that keeps the value
 * keeps the key (migration 004 gave a clashing older userName a key with its id appended).
 */
export const KEY_COLUMNS: ReadonlyMap<string, { readonly key: string; readonly keptWithValue: boolean }> = new Map([
  ['user_name', { key: 'user_name_key', keptWithValue: true }],
  ['email', { key: 'email_key', keptWithValue: false }],
  // Migration 008: the directory's search by the start of a name.
  ['first_name', { key: 'first_name_key', keptWithValue: false }],
  ['last_name', { key: 'last_name_key', keptWithValue: false }],
]);

/** The indexed columns: an update that keeps their values leaves them out of SET (see the repository). */
export const INDEXED_COLUMNS: readonly Column[] = ['user_name', 'external_id', 'email', 'first_name', 'last_name'].map(
  columnNamed,
);

/** What an UPDATE always sets: the rest of what a SCIM write may change (never id, org, source, created_at). */
export const UPDATED_COLUMNS: readonly Column[] = ROW_COLUMNS.filter(
  (c) =>
    !INDEXED_COLUMNS.includes(c) &&
    !['id', 'org_id', 'source', 'version', 'created_at', 'updated_at', 'scim_deleted_at'].includes(c.name),
);

/**
 * What the employee directory shows of an employee (the console's Employees view, the user management
 * API): a row without the SCIM resource and the columns only SCIM renders. Leaving out the resource, a
 * kilobyte of JSON per employee, makes the fetch measurably cheaper.
 */
export type DirectoryRow = Omit<EmployeeRow, 'externalId' | 'displayName' | 'scimResource' | 'createdAt'>;
const NOT_IN_DIRECTORY = new Set(['external_id', 'display_name', 'scim_resource', 'created_at']);
export const DIRECTORY_COLUMNS: readonly Column[] = ROW_COLUMNS.filter((c) => !NOT_IN_DIRECTORY.has(c.name));

/**
 * Builds rows from better-sqlite3's raw arrays as one object literal generated from the columns: the
 * driver's own row objects set each column by name (measured: about 5 of 13 us per row fetch). SELECT
 * and builder share one column order; the names are checked plain identifiers (below), never request text.
 */
export function rowBuilder<R>(columns: readonly Column[]): (c: unknown[]) => R {
  return new Function(
    'c',
    `return { ${columns.map((c, i) => `${c.property}: ${c.boolean ? `c[${i}] === 1` : `c[${i}]`}`).join(', ')} };`,
  ) as (c: unknown[]) => R;
}

function columnNamed(name: string): Column {
  const column = ROW_COLUMNS.find((c) => c.name === name);
  if (!column) throw new Error(`employees has no column ${name}`);
  return column;
}

// Names from the catalog end up in SQL and generated code: they must be plain identifiers.
for (const column of ROW_COLUMNS) {
  if (!/^[a-z][a-z0-9_]*$/.test(column.name) || !/^[a-z][A-Za-z0-9]*$/.test(column.property)) {
    throw new Error(`Invalid employees column in the field catalog: ${column.name} (${column.property})`);
  }
}
