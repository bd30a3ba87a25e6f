import { describe, expect, it } from 'vitest';
import { tokenCreateInput } from '../../../preload/contract';
import { checkTokenLabel, TOKEN_LABEL_MAX_LENGTH } from '../../../preload/token-label-rule';

describe('checkTokenLabel', () => {
  it('accepts a label and trims it', () => {
    expect(checkTokenLabel('  Entra ID – production ')).toEqual({ ok: true, label: 'Entra ID – production' });
  });

  it(`accepts ${TOKEN_LABEL_MAX_LENGTH} characters, counted after trimming`, () => {
    const longest = 'x'.repeat(TOKEN_LABEL_MAX_LENGTH);
    expect(checkTokenLabel(`  ${longest}  `)).toEqual({ ok: true, label: longest });
  });

  it('refuses an empty or blank label', () => {
    for (const raw of ['', '   ', '\t\n']) {
      expect(checkTokenLabel(raw)).toEqual({ ok: false, message: 'Enter a label so you can tell this token apart later.' });
    }
  });

  it('refuses a label one character too long', () => {
    expect(checkTokenLabel('x'.repeat(TOKEN_LABEL_MAX_LENGTH + 1))).toEqual({
      ok: false,
      message: `The label is too long: use at most ${TOKEN_LABEL_MAX_LENGTH} characters.`,
    });
  });

  it("is the contract's rule for tokens:create", () => {
    const expiresAt = '2030-01-01T00:00:00Z';
    expect(tokenCreateInput.parse({ label: ' ok ', expiresAt }).label).toBe('ok');
    const refused = tokenCreateInput.safeParse({ label: ' ', expiresAt });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['label'],
      message: 'Enter a label so you can tell this token apart later.',
    });
  });
});
