// What a list of employees asks for, as data: a condition over employee fields (row property names,
// never columns or SQL), an order and a page. The gateway's filter compiler builds it from a SCIM filter;
// each storage engine turns it into its own query (SQLite: employee-query-sql.ts).
import type { EmployeeRow } from './employee-columns';

/** A field a query can name: the row properties a filter or sortBy can reach. */
export type EmployeeField = Exclude<keyof EmployeeRow, 'orgId' | 'source' | 'scimResource' | 'version' | 'scimDeletedAt'>;

export type CompareOp = 'eq' | 'gt' | 'ge' | 'lt' | 'le' | 'co' | 'sw' | 'ew';

/**
 * Two-valued: every condition is true or false for a row, never unknown, so `not` always means "not".
 * `present`: the field holds a value (for text, not an empty string). `compare` on text with `folded`
 * compares the foldCase forms (preload/case-fold.ts) of the field and the value; co/sw/ew are plain
 * substring tests (no wildcards), order is by UTF-8 bytes.
 */
export type EmployeeCondition =
  | { readonly kind: 'true' }
  | { readonly kind: 'false' }
  | { readonly kind: 'and' | 'or'; readonly left: EmployeeCondition; readonly right: EmployeeCondition }
  | { readonly kind: 'not'; readonly operand: EmployeeCondition }
  | { readonly kind: 'present'; readonly field: EmployeeField }
  | {
      readonly kind: 'compare';
      readonly field: EmployeeField;
      readonly op: CompareOp;
      /** A string here is never empty: the caller decides what comparing with "" means. */
      readonly value: string | number | boolean;
      readonly folded: boolean;
    };

/** sortBy: rows without a value sort last ascending, first descending; ties in creation order. */
export interface EmployeeSort {
  readonly field: EmployeeField;
  readonly descending: boolean;
  readonly folded: boolean;
}

export interface EmployeeQuery {
  readonly filter: EmployeeCondition;
  /** null: creation order. */
  readonly sort: EmployeeSort | null;
  readonly limit: number;
  readonly offset: number;
}

export const MATCH_ALL: EmployeeCondition = Object.freeze({ kind: 'true' });
export const MATCH_NONE: EmployeeCondition = Object.freeze({ kind: 'false' });

/**
 * Where a row sits in a query's order: its sort keys (employee-query-sql.ts sortKeysSql, without the
 * rowid) and its id, which stands for the rowid (rows are never removed from the table, so an id always
 * finds its place). Only values the caller saw on the page: its id and the sorted attribute's value.
 */
export interface EmployeePosition {
  readonly keys: readonly (string | number)[];
  readonly id: string;
}

/** A page continued from a position instead of skipping rows (keyset paging). */
export interface EmployeePageQuery {
  readonly filter: EmployeeCondition;
  readonly sort: EmployeeSort | null;
  readonly limit: number;
  /** Rows after this one (null: from the start). */
  readonly after: EmployeePosition | null;
  /** The rows before `after` instead, the nearest `limit` of them, still answered in the query's order. */
  readonly backward?: boolean;
}

export interface EmployeePage<Row> {
  readonly rows: Row[];
  /** Each row's position, in the same order. */
  readonly positions: EmployeePosition[];
}
