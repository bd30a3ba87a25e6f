// WHERE conditions made from a filter's optional values: a condition is kept only when its value is
// set. Each combination of filters is then its own SQL text, prepared once and free to use its index,
// where `? IS NULL OR ...` would keep SQLite from using any.

export type SqlValue = string | number;

/** The conditions whose value is not null, in the given order, and their values in the same order. */
export function conditionsOf(candidates: ReadonlyArray<readonly [condition: string, value: SqlValue | null]>): {
  conditions: string[];
  params: SqlValue[];
} {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  for (const [condition, value] of candidates) {
    if (value === null) continue;
    conditions.push(condition);
    params.push(value);
  }
  return { conditions, params };
}
