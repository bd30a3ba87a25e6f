// Where pages of a list ended, remembered for a few minutes so a client walking by startIndex (Okta's
// import: startIndex 1, 101, 201, ... with the same filter, sort and count) gets each next page by
// continuing from the previous page's last row in the index, at the cost of the first page. A jump to a
// startIndex nobody reached starts from the nearest remembered offset before it and skips in steps,
// each step remembered too. Bounded: a few queries, a few hundred offsets each; entries expire.
import type { EmployeePosition } from '../../services/employees/employee-query';

/** A page continued from a remembered offset after this long would be too far from the truth. */
export const POSITION_TTL_MS = 5 * 60_000;
const MAX_QUERIES = 64;
const MAX_OFFSETS_PER_QUERY = 512;

interface Remembered {
  readonly position: EmployeePosition;
  readonly at: number;
}

export interface KnownOffset {
  /** Rows before the position's successor: the position is that of row number `offset` (1-based). */
  readonly offset: number;
  readonly position: EmployeePosition;
}

export class PagePositions {
  private readonly queries = new Map<string, Map<number, Remembered>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The largest remembered offset at or below `offset` for the query, or null. */
  nearest(query: string, offset: number): KnownOffset | null {
    const offsets = this.queries.get(query);
    if (offsets === undefined) return null;
    const fresh = this.now() - POSITION_TTL_MS;
    let best: KnownOffset | null = null;
    for (const [known, remembered] of offsets) {
      if (remembered.at < fresh) offsets.delete(known);
      else if (known <= offset && (best === null || known > best.offset)) best = { offset: known, position: remembered.position };
    }
    return best;
  }

  /** Row number `offset` of the query sits at `position`. */
  remember(query: string, offset: number, position: EmployeePosition): void {
    let offsets = this.queries.get(query);
    if (offsets === undefined) {
      if (this.queries.size >= MAX_QUERIES) this.queries.delete(this.queries.keys().next().value as string);
      offsets = new Map();
    } else {
      this.queries.delete(query); // the most recently used query goes last, so the least recent is dropped first
    }
    this.queries.set(query, offsets);
    offsets.delete(offset);
    if (offsets.size >= MAX_OFFSETS_PER_QUERY) offsets.delete(offsets.keys().next().value as number);
    offsets.set(offset, { position, at: this.now() });
  }
}
