// The employee's fields as the directory holds them, and their limits: the zod-free part of the
// employees contract (employees-contract.ts re-exports it), so the renderer's forms read the same
// lists and limits without loading zod. Pure: no Node, no Electron, no DOM.
import { CATALOG_FIELDS, type CatalogField, type CatalogFieldKey } from './field-catalog';

export type EmployeeFieldKey = CatalogFieldKey;
export const EMPLOYEE_FIELD_KEYS = CATALOG_FIELDS.map((field) => field.key) as [EmployeeFieldKey, ...EmployeeFieldKey[]];
/** The catalog fields held as text (every one but Status, the one boolean). */
export type EmployeeTextFieldKey = Extract<CatalogField, { kind: 'text' }>['key'];
export const EMPLOYEE_TEXT_FIELD_KEYS = CATALOG_FIELDS.filter((field) => field.kind === 'text').map((field) => field.key) as [
  EmployeeTextFieldKey,
  ...EmployeeTextFieldKey[],
];

export const EMPLOYEE_SOURCES = ['scim', 'local'] as const;
export const EMPLOYEE_STATUSES = ['active', 'inactive'] as const;
export type EmployeeSource = (typeof EMPLOYEE_SOURCES)[number];
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/** The most a text field holds, so one pasted novel cannot bloat every page of the directory. */
export const EMPLOYEE_TEXT_MAX_LENGTH = 200;
export const EMPLOYEE_PAGE_MAX = 200;
/** The most employees one selection's action (move, status, field) applies to. */
export const SELECTION_MAX = 10_000;

/**
 * Why "select all matching" is not offered (the view, which knows the count) or is refused (main, which
 * stops counting past the limit): `matching` is how many match, as the reader sees it.
 */
export function tooManyToSelect(matching: string, max: number = SELECTION_MAX): string {
  return `${matching} employees match: narrow the filters to select them all (at most ${max.toLocaleString('en-US')} at once), or import placements from a CSV file.`;
}
