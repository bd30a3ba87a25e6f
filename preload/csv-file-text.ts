// A CSV file's text from its bytes (the console's picked file, `idsvc employees place FILE`). Pure: the
// renderer and the CLI read files alike. Excel's plain "CSV" is saved in the Windows code page of the
// machine (Windows-1252 in the Americas and western Europe), not UTF-8, so a file that is not valid
// UTF-8 is read as Windows-1252: "Vertrieb/München" arrives as written, not with replacement characters.
// A byte-order mark is kept for the parser, which removes it.

export function csvText(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
