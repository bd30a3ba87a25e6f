// The cursor seal: what it makes opens only as the same kind, unedited, within its age; nothing else opens.
import { describe, expect, it } from 'vitest';
import { CursorSeal } from '../../../main/services/paging/cursor-seal';
import { FixedClock } from '../../fixtures/fixed-clock';

const isPair = (value: unknown): value is [string, number] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'number';

describe('CursorSeal', () => {
  const clock = new FixedClock();
  const seal = new CursorSeal(clock);

  it('opens what it sealed, as the same kind, within the age', () => {
    const cursor = seal.seal('users', ['alice', 7]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(seal.open('users', cursor, 60, isPair)).toEqual({ ok: true, payload: ['alice', 7] });
  });

  it('refuses another kind, another key, an edited payload or tag, and a payload of the wrong shape', () => {
    const cursor = seal.seal('users', ['alice', 7]);
    const [body, tag] = cursor.split('.') as [string, string];
    const edited = Buffer.from(JSON.stringify([JSON.parse(Buffer.from(body, 'base64url').toString())[0], ['bob', 7]])).toString(
      'base64url',
    );
    const invalid = { ok: false, reason: 'invalid' };
    expect(seal.open('groups', cursor, 60, isPair)).toEqual(invalid);
    expect(new CursorSeal(clock).open('users', cursor, 60, isPair)).toEqual(invalid);
    expect(seal.open('users', `${edited}.${tag}`, 60, isPair)).toEqual(invalid);
    expect(seal.open('users', `${body}.${tag.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`, 60, isPair)).toEqual(invalid);
    expect(seal.open('users', `${body}.`, 60, isPair)).toEqual(invalid);
    expect(seal.open('users', '', 60, isPair)).toEqual(invalid);
    const wrongShape = seal.seal('users', { name: 'alice' });
    expect(seal.open('users', wrongShape, 60, isPair)).toEqual(invalid);
  });

  it('says expired for a genuine cursor past its age, not before', () => {
    const cursor = seal.seal('users', ['alice', 7]);
    clock.advance(60_000);
    expect(seal.open('users', cursor, 60, isPair).ok).toBe(true);
    clock.advance(1000);
    expect(seal.open('users', cursor, 60, isPair)).toEqual({ ok: false, reason: 'expired' });
  });
});
