import { describe, expect, it } from 'vitest';
import { CSV_FILE_MAX_BYTES, csvFileSizeProblem, csvText } from '../../../preload/csv-file-text';

describe('csvText (a picked placements file as text)', () => {
  it('reads UTF-8, keeping a byte-order mark for the parser', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ann;Vertrieb/München\n', 'utf8')]);
    expect(csvText(bytes)).toBe('\uFEFFann;Vertrieb/München\n');
  });

  it('reads a file that is not UTF-8 as Windows-1252, as Excel saves plain CSV', () => {
    // ü is 0xFC in Windows-1252, not valid UTF-8 on its own. (Node decodes 0x80-0x9F as Latin-1, not
    // as Windows-1252 as browsers do; the e2e test reads a euro sign in Chromium.)
    const bytes = Buffer.from([...Buffer.from('ann;Vertrieb/M'), 0xfc, ...Buffer.from('nchen\n')]);
    expect(csvText(bytes)).toBe('ann;Vertrieb/München\n');
  });

  it('reads plain ASCII the same either way', () => {
    expect(csvText(new TextEncoder().encode('userName,organization\n'))).toBe('userName,organization\n');
  });
});

describe('csvFileSizeProblem (the largest file the console and the CLI take)', () => {
  it('takes a file up to the limit, which holds a full export of 100,000 employees (about 26 MB)', () => {
    expect(CSV_FILE_MAX_BYTES).toBeGreaterThan(26_000_000);
    expect(csvFileSizeProblem(0)).toBeNull();
    expect(csvFileSizeProblem(CSV_FILE_MAX_BYTES)).toBeNull();
  });

  it('refuses a byte more, saying how large a file may be', () => {
    expect(csvFileSizeProblem(CSV_FILE_MAX_BYTES + 1)).toBe('The file is larger than 100 MB.');
  });
});
