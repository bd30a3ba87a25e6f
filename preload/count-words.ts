// A count with its noun, as every message in the product writes one: "1 employee", "2,500 employees".
// Pure: main's refusals, idsvc's output and the console's messages say counts alike.

/** `noun` is the singular; the plural adds an s (every noun counted here does). Thousands separated, as in English. */
export const countOf = (count: number, noun: string): string =>
  `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
