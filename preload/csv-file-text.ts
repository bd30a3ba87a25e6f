// A CSV file's text from its bytes (the console's picked file, `idsvc employees place FILE`). Pure: the
// renderer and the CLI read files alike. Excel's plain "CSV" is saved in the Windows code page of the
// machine (Windows-1252 in the Americas and western Europe), not UTF-8, so a file that is not valid
// UTF-8 is read as Windows-1252: "Vertrieb/München" arrives as written, not with replacement characters.
// A byte-order mark is kept for the parser, which removes it. The largest file taken is here too, so
// the console refuses it before reading it and the CLI before loading it, in the same words.

/**
 * The largest CSV file taken, in bytes: an Employees export of 100,000 employees, every column, is
 * about 26 MB, so an exported sheet of a large directory comes back whole. Its text has at most as
 * many characters (UTF-16 units) as bytes, so the same number bounds the text where the file is gone.
 */
export const CSV_FILE_MAX_BYTES = 100_000_000;
export const CSV_FILE_TOO_LARGE = 'The file is larger than 100 MB.';

/** Why a file of `bytes` bytes is refused before it is read; null when it is taken. */
export function csvFileSizeProblem(bytes: number): string | null {
  return bytes > CSV_FILE_MAX_BYTES ? CSV_FILE_TOO_LARGE : null;
}

export function csvText(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
