// Remembered page ends: the nearest one at or before an offset, per query, forgotten after the TTL, bounded.
import { describe, expect, it } from 'vitest';
import { PagePositions, POSITION_TTL_MS } from '../../../main/gateway/list/page-positions';

const at = (id: string) => ({ keys: [], id });

describe('PagePositions', () => {
  it('answers the nearest remembered offset at or below the one asked, per query', () => {
    const positions = new PagePositions(() => 0);
    positions.remember('q', 100, at('a'));
    positions.remember('q', 200, at('b'));
    positions.remember('other', 150, at('c'));
    expect(positions.nearest('q', 200)).toEqual({ offset: 200, position: at('b') });
    expect(positions.nearest('q', 199)).toEqual({ offset: 100, position: at('a') });
    expect(positions.nearest('q', 99)).toBeNull();
    expect(positions.nearest('nobody', 500)).toBeNull();
  });

  it('forgets a position after the TTL', () => {
    let now = 0;
    const positions = new PagePositions(() => now);
    positions.remember('q', 100, at('a'));
    now = POSITION_TTL_MS;
    expect(positions.nearest('q', 100)).not.toBeNull();
    now += 1;
    expect(positions.nearest('q', 100)).toBeNull();
  });

  it('keeps at most 64 queries and 512 offsets a query, dropping the least recently used', () => {
    const positions = new PagePositions(() => 0);
    for (let q = 0; q < 65; q += 1) positions.remember(`q${q}`, 1, at(`${q}`));
    expect(positions.nearest('q0', 1)).toBeNull();
    expect(positions.nearest('q1', 1)).not.toBeNull();
    for (let offset = 1; offset <= 513; offset += 1) positions.remember('long', offset, at(`${offset}`));
    expect(positions.nearest('long', 1)).toBeNull();
    expect(positions.nearest('long', 513)).toEqual({ offset: 513, position: at('513') });
  });
});
