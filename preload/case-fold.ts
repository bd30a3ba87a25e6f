// The one case folding behind every case-insensitive comparison: SCIM's caseExact=false attributes
// (userName uniqueness, group names, filters, sorting), organization names and the Activity search.
// A pure rule, so the gateway's in-memory evaluator and the store's key columns and SQL (which registers
// it as an SQL function, store/case-fold.ts) fold alike. SQLite's NOCASE folds A-Z only, so `ÄNNE` and
// `änne` were two users; this folds Unicode.

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included, on purpose.
const ASCII = /^[\x00-\x7f]*$/;

/**
 * NFC, so a composed and a decomposed `é` are one letter; then Unicode's default lowercase, as
 * RFC 7643's "case-insensitive" implies no locale. Final sigma is the one context-dependent lowercase
 * mapping: it is mapped to σ, as Unicode case folding does, so a word folds the same whether or not
 * a letter follows it (`userName sw "ΣΑΣ"` must match `ΣΑΣΑ`).
 */
export function foldCase(value: string): string {
  if (ASCII.test(value)) return value.toLowerCase();
  return value.normalize('NFC').toLowerCase().replaceAll('ς', 'σ');
}
