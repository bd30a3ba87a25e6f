// How one attribute value meets one comparison: the reference semantics. Case folding is the store's
// foldCase and ordering is SQLite's BINARY collation (UTF-8 byte order), so that the evaluator and
// the compiled SQL agree row for row.
import { foldCase } from '../../../preload/case-fold';
import type { CompareOperator } from './filter-ast';
import type { ScalarAttribute } from './scim-schema';

/** A comparison after `ne` and `null` are rewritten away (see toAtom); the value is never null. */
export type Atom =
  | { readonly kind: 'present' }
  | { readonly kind: 'compare'; readonly op: Exclude<CompareOperator, 'ne'>; readonly value: string | number | boolean };

/** RFC 7643 section 2.5: null, an empty array and (here) an empty string all mean "unassigned". */
export function isAssigned(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** SQLite compares TEXT as UTF-8 bytes, which orders astral characters differently from UTF-16. */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export function matchScalar(attribute: ScalarAttribute, atom: Atom, actual: unknown): boolean {
  if (atom.kind === 'present') return isAssigned(actual);
  if (!isAssigned(actual)) return false;
  const { op, value } = atom;
  if (typeof value === 'boolean') return op === 'eq' && actual === value;
  if (typeof value === 'number') return typeof actual === 'number' && ordered(op, actual - value, actual === value);
  if (typeof actual !== 'string') return false;
  const fold = attribute.caseExact ? (s: string) => s : foldCase;
  const have = fold(actual);
  const want = fold(value);
  switch (op) {
    case 'co':
      return have.includes(want);
    case 'sw':
      return have.startsWith(want);
    case 'ew':
      return have.endsWith(want);
    default:
      return ordered(op, compareUtf8(have, want), have === want);
  }
}

function ordered(op: Exclude<CompareOperator, 'ne'>, difference: number, equal: boolean): boolean {
  switch (op) {
    case 'eq':
      return equal;
    case 'gt':
      return difference > 0;
    case 'ge':
      return difference >= 0;
    case 'lt':
      return difference < 0;
    case 'le':
      return difference <= 0;
    default:
      return false;
  }
}
