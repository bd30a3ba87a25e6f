// Reads a placements file: one `userName,organization` row per employee, the organization as a path
// from the enterprise root such as `Enterprise/Sales/EMEA` (the root's name may be left out). A header
// row naming the two columns is skipped. csv-parse does the CSV (RFC 4180 quoting, a byte-order mark,
// any line ending); this module says which rows are usable and why the others are not.
import { parse } from 'csv-parse/sync';
import { validationError } from '../errors';

export interface PlacementRow {
  /** The file's line where the row starts (1-based), for the preview. */
  line: number;
  userName: string;
  organizationPath: string[];
}

export interface MalformedRow {
  line: number;
  message: string;
}

const HEADER = ['username', 'organization'];

export function readPlacementCsv(csv: string): { rows: PlacementRow[]; malformed: MalformedRow[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw validationError('csv', `The file is not valid CSV: ${(error as Error).message}.`);
  }
  const rows: PlacementRow[] = [];
  const malformed: MalformedRow[] = [];
  records.forEach(({ record, info }, index) => {
    const cells = record.map((cell) => cell.trim());
    if (index === 0 && cells.length === 2 && cells.every((cell, i) => cell.toLowerCase() === HEADER[i])) return;
    const line = info.lines;
    if (cells.length !== 2) {
      malformed.push({ line, message: `Line ${line} has ${cells.length} columns; expected userName,organization.` });
      return;
    }
    const [userName, path] = cells as [string, string];
    const organizationPath = path.split('/').map((name) => name.trim());
    if (userName === '' || organizationPath.some((name) => name === '')) {
      malformed.push({ line, message: `Line ${line} needs a userName and an organization path such as Enterprise/Sales.` });
      return;
    }
    rows.push({ line, userName, organizationPath });
  });
  return { rows, malformed };
}
