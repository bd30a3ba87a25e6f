// Ids for created employees and groups: RFC 9562 UUIDv7 carrying the creation time, never repeated
// (also across the refills of the random pool, every 256 ids).
import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../../../main/services/employees/time-ordered-id';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisecondsOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('timeOrderedId', () => {
  it('gives UUIDv7 ids carrying the time they were made, none repeated', () => {
    const before = Date.now();
    const ids = Array.from({ length: 2000 }, () => timeOrderedId());
    const after = Date.now();
    expect(ids.filter((id) => !UUID_V7.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(millisecondsOf(id)).toBeGreaterThanOrEqual(before);
      expect(millisecondsOf(id)).toBeLessThanOrEqual(after);
    }
  });

  it('sorts ids in the order they were made, also within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => timeOrderedId());
    expect([...ids].sort()).toEqual(ids);
  });

  it('orders ids of different milliseconds by time', async () => {
    const first = timeOrderedId();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = timeOrderedId();
    expect(first < second).toBe(true);
  });
});
