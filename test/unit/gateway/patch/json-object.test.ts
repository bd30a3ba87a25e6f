// cloneJson: the PATCH engine's working copy and projections must share nothing with the resource they copy.
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../../../main/gateway/patch/json-object';

describe('cloneJson', () => {
  const resource = {
    userName: 'ann@example.com',
    active: true,
    count: 3,
    nothing: null,
    name: { givenName: 'Ann', familyName: 'Andersen' },
    emails: [{ type: 'work', value: 'ann@example.com', primary: true }],
    nested: [[1, 2], [{ deep: ['x'] }]],
  };

  it('copies every value of a JSON document', () => {
    expect(cloneJson(resource)).toStrictEqual(resource);
  });

  it('shares no object or array with the original, so the copy can be changed freely', () => {
    const copy = cloneJson(resource);
    copy.name.givenName = 'Changed';
    copy.emails[0]!.value = 'changed@example.com';
    copy.emails.push({ type: 'home', value: 'x', primary: false });
    (copy.nested[1]![0] as { deep: string[] }).deep.push('y');
    expect(resource.name.givenName).toBe('Ann');
    expect(resource.emails).toHaveLength(1);
    expect(resource.emails[0]!.value).toBe('ann@example.com');
    expect(resource.nested).toStrictEqual([[1, 2], [{ deep: ['x'] }]]);
  });

  it('returns primitives and null as they are', () => {
    for (const value of ['text', 0, false, null]) expect(cloneJson(value)).toBe(value);
  });
});
