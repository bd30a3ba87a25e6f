// The parsed form of a SCIM filter (RFC 7644 section 3.4.2.2): a discriminated union that the SQL
// compiler and the in-memory evaluator both walk, so the two share one reading of the text.

export const COMPARE_OPERATORS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const;
export type CompareOperator = (typeof COMPARE_OPERATORS)[number];

/** A JSON compare value; dates arrive as strings, as the RFC has them. */
export type CompareValue = string | number | boolean | null;

/**
 * `[uri:]name[.subAttribute]`, names kept as written (matching is case-insensitive). `valueFilter`
 * holds the bracket of `emails[type eq "work"].value`, the form Microsoft Entra ID sends.
 */
export interface AttributePath {
  readonly uri?: string;
  readonly name: string;
  readonly valueFilter?: Filter;
  readonly subAttribute?: string;
}

export interface CompareFilter {
  readonly kind: 'compare';
  readonly path: AttributePath;
  readonly op: CompareOperator;
  readonly value: CompareValue;
}

export interface PresentFilter {
  readonly kind: 'present';
  readonly path: AttributePath;
}

/** `emails[type eq "work"]`: some element of `path` satisfies `filter` (paths inside are relative). */
export interface ValuePathFilter {
  readonly kind: 'valuePath';
  readonly path: AttributePath;
  readonly filter: Filter;
}

export interface LogicalFilter {
  readonly kind: 'and' | 'or';
  readonly left: Filter;
  readonly right: Filter;
}

export interface NotFilter {
  readonly kind: 'not';
  readonly operand: Filter;
}

export type Filter = CompareFilter | PresentFilter | ValuePathFilter | LogicalFilter | NotFilter;

/** Whether the filter names the top-level attribute `name` (case-insensitively) anywhere, brackets included. */
export function filterNames(filter: Filter, name: string): boolean {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return filterNames(filter.left, name) || filterNames(filter.right, name);
    case 'not':
      return filterNames(filter.operand, name);
    default:
      return filter.path.name.toLowerCase() === name.toLowerCase();
  }
}
