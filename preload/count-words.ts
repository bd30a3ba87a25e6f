// A count with its noun, as every message in the product writes one ("1 employee", "2,500 employees"),
// and a few names standing for many ("ann, bob, cy and 2 more"). Pure: main's refusals, idsvc's output
// and the console's messages say them alike.

/** `noun` is the singular; the plural adds an s (every noun counted here does). Thousands separated, as in English. */
export const countOf = (count: number, noun: string): string =>
  `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;

/** The first few names of many and how many more: "ann, bob, cy and 2 more". */
export function namesPreview(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${(names.length - shown).toLocaleString('en-US')} more`;
}
