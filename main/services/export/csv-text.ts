// CSV as the exports write it (RFC 4180: quoted when a cell holds a quote, comma or line break; CRLF),
// and text chunks of many lines, so a caller streams a page of rows at a time. Shared by the audit,
// Activity and employees exports. A cell a spreadsheet would run as a formula (= + - @, tab, CR
// first) gets a leading apostrophe: the text (a userName, a path, a token label) comes from outside.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * What a CSV export begins with: Excel, where administrators open these files, reads a CSV without a
 * UTF-8 byte-order mark in the machine's ANSI code page, so "Müller" would show as "MÃ¼ller".
 */
const CSV_START = '\uFEFF';

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * What a cell csvCell defused stood for (its leading apostrophe taken off), or null when `text` is not
 * such a cell. A file exported here and read back (the placements import) finds the real value; the
 * caller tries `text` itself first, since a value may truly begin with an apostrophe.
 */
export function undefusedCell(text: string): string | null {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : null;
}

export const csvLine = (cells: ReadonlyArray<string | number | null>): string => `${cells.map(csvCell).join(',')}\r\n`;

/** `head`, then the lines joined `rowsPerChunk` at a time, then `tail`; `separator` goes between lines. */
export function* chunkedLines<T>(
  rows: Iterable<T>,
  line: (row: T, first: boolean) => string,
  options: { head?: string; tail?: string; rowsPerChunk?: number } = {},
): Generator<string> {
  const rowsPerChunk = options.rowsPerChunk ?? 500;
  if (options.head) yield options.head;
  let chunk = '';
  let count = 0;
  let first = true;
  for (const row of rows) {
    chunk += line(row, first);
    first = false;
    if (++count === rowsPerChunk) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  const last = chunk + (options.tail ?? '');
  if (last !== '') yield last;
}

/** A CSV export as chunks: the byte-order mark and `header`, then the rows' lines (chunkedLines). */
export function csvChunks<T>(
  rows: Iterable<T>,
  line: (row: T) => string,
  header: string,
  rowsPerChunk: number,
): Generator<string> {
  return chunkedLines(rows, line, { head: CSV_START + header, rowsPerChunk });
}
