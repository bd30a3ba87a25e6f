// The slice of an RFC 7643 schema that filtering needs: each attribute's type, caseExact and shape,
// optionally with where it is stored. The evaluator reads the SCIM half; the SQL compiler both halves.

export type ScalarType = 'string' | 'boolean' | 'dateTime' | 'reference' | 'integer' | 'decimal';

export interface ScalarAttribute<Column extends string = string> {
  readonly name: string;
  readonly type: ScalarType;
  readonly caseExact: boolean;
  readonly multiValued?: boolean;
  /** The column holding it; without one the attribute is never assigned in storage. */
  readonly column?: Column;
  /** For caseExact=false: an indexed column holding the column's foldCase key, so eq can use the index. */
  readonly foldedColumn?: Column;
}

/**
 * One element a row stores for a complex attribute: sub-attributes held in columns, and constants
 * (`type: "work"`) that are true of the element whenever it exists, i.e. one of its columns is assigned.
 */
export interface StoredElement<Column extends string = string> {
  readonly constants?: Readonly<Record<string, string>>;
  readonly columns: Readonly<Record<string, Column>>;
  /** Folded key columns of some of `columns` (see ScalarAttribute.foldedColumn). */
  readonly foldedColumns?: Readonly<Record<string, Column>>;
}

export interface ComplexAttribute<Column extends string = string> {
  readonly name: string;
  readonly type: 'complex';
  readonly multiValued: boolean;
  readonly subAttributes: readonly ScalarAttribute<never>[];
  readonly elements?: readonly StoredElement<Column>[];
}

export type SchemaAttribute<Column extends string = string> = ScalarAttribute<Column> | ComplexAttribute<Column>;

export interface SchemaPart<Column extends string = string> {
  readonly id: string;
  readonly attributes: readonly SchemaAttribute<Column>[];
}

export interface ResourceSchema<Column extends string = string> {
  readonly core: SchemaPart<Column>;
  readonly extensions: readonly SchemaPart<Column>[];
}
