// The one rule for reading a SCIM boolean, used by POST and PUT (the sanitizer) and PATCH alike: JSON
// true or false, or the strings "true" and "false" in any letter case, because Microsoft Entra ID sends
// "True" and "False". Nothing else: not " True " (padding is not a boolean a client meant to send; a
// lenient reading in one path and a strict one in another let the same value succeed or fail by
// method), not 1 or 0, not "yes".

export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string' || value.length > 5) return undefined;
  const word = value.toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : undefined;
}
