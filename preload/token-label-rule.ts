// The token label rule: a name the administrator gives a token to tell it apart later. Pure and shared:
// the contract and the token service enforce it, the Create token dialog checks it before calling.

export const TOKEN_LABEL_MAX_LENGTH = 100;

export type TokenLabelCheck = { ok: true; label: string } | { ok: false; message: string };

/** Trims, then needs at least one character and at most TOKEN_LABEL_MAX_LENGTH (UTF-16 units, as zod counts). */
export function checkTokenLabel(raw: string): TokenLabelCheck {
  const label = raw.trim();
  if (label === '') return { ok: false, message: 'Enter a label so you can tell this token apart later.' };
  if (label.length > TOKEN_LABEL_MAX_LENGTH) {
    return { ok: false, message: `The label is too long: use at most ${TOKEN_LABEL_MAX_LENGTH} characters.` };
  }
  return { ok: true, label };
}
