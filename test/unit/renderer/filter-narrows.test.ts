import { describe, expect, it } from 'vitest';
import { narrows } from '../../../renderer/components/filter-narrows';

describe('narrows (when a view offers Clear filters)', () => {
  const open = { search: '', organizationId: null as string | null, awaitingPlacement: false };

  it('is false for the open filter, whatever object holds it', () => {
    expect(narrows({ ...open }, open)).toBe(false);
  });

  it('is true when any one member differs, text, null or a flag', () => {
    expect(narrows({ ...open, search: 'a' }, open)).toBe(true);
    expect(narrows({ ...open, organizationId: 'org-1' }, open)).toBe(true);
    expect(narrows({ ...open, awaitingPlacement: true }, open)).toBe(true);
  });

  it('does not depend on the order of the members', () => {
    expect(narrows({ awaitingPlacement: false, organizationId: null, search: '' }, open)).toBe(false);
  });
});
