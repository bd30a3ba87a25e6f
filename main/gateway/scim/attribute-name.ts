// Attribute names and schema URNs are case-insensitive (RFC 7643 section 2.1): the one comparison
// every part of the gateway (filters, PATCH, projection, the sanitizer, discovery) matches them with.

export function sameName(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** The key of `object` that names `name` in any case; the exact spelling is found without lower-casing. */
export function findKey(object: Readonly<Record<string, unknown>>, name: string): string | undefined {
  if (Object.hasOwn(object, name)) return name;
  return Object.keys(object).find((key) => sameName(key, name));
}
