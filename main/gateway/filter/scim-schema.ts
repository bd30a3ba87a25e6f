// The slice of an RFC 7643 schema that filtering needs: each attribute's type, caseExact and shape,
// optionally with the employee field holding it. The evaluator reads the SCIM half; the query compiler
// both halves.

export type ScalarType = 'string' | 'boolean' | 'dateTime' | 'reference' | 'binary' | 'integer' | 'decimal';

export interface ScalarAttribute<Field extends string = string> {
  readonly name: string;
  readonly type: ScalarType;
  readonly caseExact: boolean;
  readonly multiValued?: boolean;
  /** The employee field holding it; without one the attribute is never assigned in storage. */
  readonly field?: Field;
  /** false: defined by the schema but not held where filters look, so a filter naming it is refused. */
  readonly filterable?: false;
}

/**
 * One element an employee stores for a complex attribute: sub-attributes held in fields, and constants
 * (`type: "work"`) that are true of the element whenever it exists, i.e. one of its fields is assigned.
 */
export interface StoredElement<Field extends string = string> {
  readonly constants?: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<string, Field>>;
}

export interface ComplexAttribute<Field extends string = string> {
  readonly name: string;
  readonly type: 'complex';
  readonly multiValued: boolean;
  readonly subAttributes: readonly ScalarAttribute<never>[];
  readonly elements?: readonly StoredElement<Field>[];
  /** false: defined by the schema but not held where filters look, so a filter naming it is refused. */
  readonly filterable?: false;
}

export type SchemaAttribute<Field extends string = string> = ScalarAttribute<Field> | ComplexAttribute<Field>;

export interface SchemaPart<Field extends string = string> {
  readonly id: string;
  readonly attributes: readonly SchemaAttribute<Field>[];
}

export interface ResourceSchema<Field extends string = string> {
  readonly core: SchemaPart<Field>;
  readonly extensions: readonly SchemaPart<Field>[];
}
