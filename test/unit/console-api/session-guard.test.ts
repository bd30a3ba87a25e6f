import { describe, expect, it } from 'vitest';
import { SessionGuard, newSessionToken } from '../../../main/console-api/session-guard';

describe('SessionGuard', () => {
  const token = newSessionToken();
  const guard = new SessionGuard(4711, token);
  const call = (over: Partial<{ host: string; origin: string; authorization: string }>) =>
    guard.checkApiCall({ host: '127.0.0.1:4711', origin: undefined, authorization: `Bearer ${token}`, ...over });

  it('makes a fresh, long token each time', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(token);
  });

  it('lets the console page and curl call with the token', () => {
    expect(call({})).toEqual({ ok: true });
    expect(call({ host: 'localhost:4711', origin: 'http://localhost:4711' })).toEqual({ ok: true });
    expect(call({ origin: 'http://127.0.0.1:4711' })).toEqual({ ok: true });
  });

  it.each([
    ['no token', { authorization: undefined }, 401],
    ['a wrong token', { authorization: `Bearer ${token}x` }, 401],
    ['another scheme', { authorization: `Basic ${token}` }, 401],
    ['a rebinding host name', { host: 'attacker.example:4711' }, 403],
    ['another port', { host: '127.0.0.1:4712' }, 403],
    ['no Host', { host: undefined }, 403],
    ['a foreign Origin', { origin: 'http://attacker.example' }, 403],
    ['a null Origin', { origin: 'null' }, 403],
    ['an https Origin of the same host', { origin: 'https://127.0.0.1:4711' }, 403],
  ])('refuses %s', (_name, over, status) => {
    const verdict = call(over as never);
    expect(verdict).toMatchObject({ ok: false, status });
  });
});
