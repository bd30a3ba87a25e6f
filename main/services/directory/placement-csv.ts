// Reads a placements file: one `userName,organization` row per employee, the organization as a path
// from the enterprise root such as `Enterprise/Sales/EMEA` (the root's name may be left out). A header
// row naming a userName and an organization column is skipped, and then those two columns are read
// wherever they stand among others (a sheet exported from an HR system, edited, and imported). Excel
// saves "CSV" with the list separator of the machine's locale, a semicolon in much of Europe, so the
// delimiter is the one of tab, semicolon and comma the file's lines hold exactly once (or what a
// header row or an Excel `sep=;` first line names).
// csv-parse does the CSV (RFC 4180 quoting, a byte-order mark, any line ending); this module says
// which rows are usable and why the others are not.
import { parse } from 'csv-parse/sync';
import { CATALOG_FIELDS, type CatalogFieldKey } from '../../../preload/field-catalog';
import { validationError } from '../errors';
import { undefusedCell } from '../export/csv-text';
import { writtenOrganizationPath } from '../organizations/organization-tree';

export interface PlacementRow {
  /** The file's line where the row starts (1-based), for the preview. */
  line: number;
  userName: string;
  organizationPath: string[];
  /**
   * The cells as the Employees export wrote them when they began like a formula (`'-jo` for `-jo`),
   * read back without the apostrophe; null when they did not. Tried after the cells themselves.
   */
  undefused: { userName: string | null; organizationPath: string[] | null };
  /** The cells of the catalog fields the header names, as written (trimmed), in the header's order. */
  fields: FieldCell[];
}

export interface FieldCell {
  key: CatalogFieldKey;
  cell: string;
}

export interface MalformedRow {
  line: number;
  message: string;
}

/** Where a row's two cells stand, and whether other columns may stand beside them (a header said so). */
interface Columns {
  userName: number;
  organization: number;
  named: boolean;
  fields: ReadonlyArray<{ key: CatalogFieldKey; at: number }>;
  /** How many cells a row needs: through the last column read (a header may name more, unread). */
  used: number;
  /** That column's header cell, for a row too short to reach it. */
  lastUsed: string;
}
const TWO_COLUMNS: Columns = { userName: 0, organization: 1, named: false, fields: [], used: 2, lastUsed: 'organization' };

/**
 * A header cell's catalog field, by key or label in any case; userName is the row's own key, never an
 * edit. Labels may be written without their spaces (`ZipCode`).
 */
const FIELD_BY_HEADER: ReadonlyMap<string, CatalogFieldKey> = new Map(
  CATALOG_FIELDS.filter((field) => field.key !== 'userName').flatMap((field) => [
    [field.key.toLowerCase(), field.key],
    [field.label.toLowerCase(), field.key],
    [field.label.toLowerCase().replaceAll(' ', ''), field.key],
  ]),
);
/**
 * On a tie the first wins: a line holding one tab and one comma is tab-separated, since an
 * organization's name may hold a comma ("Sales, EMEA") far more often than a semicolon or a tab.
 */
const DELIMITERS = ['\t', ';', ','] as const;
/** How many lines decide the delimiter: enough to see past one odd line, few enough to stay cheap. */
const SAMPLED_LINES = 20;
const EXCEL_SEPARATOR_LINE = /^\uFEFF?sep=(.)\r?$/i;

export function readPlacementCsv(csv: string): { rows: PlacementRow[]; malformed: MalformedRow[] } {
  const { delimiter, fromLine } = delimiterOf(csv);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv, {
      bom: true,
      delimiter,
      from_line: fromLine,
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
  let columns = TWO_COLUMNS;
  records.forEach(({ record, info }, index) => {
    const cells = record.map((cell) => cell.trim());
    const header = index === 0 ? headerColumns(cells) : null;
    if (header) {
      columns = header;
      return;
    }
    const line = info.lines;
    if (columns.named ? cells.length < columns.used : cells.length !== 2) {
      const count = cells.length === 1 ? '1 column' : `${cells.length} columns`;
      const expected = columns.named
        ? `at least ${columns.used}, through the header's ${columns.lastUsed} column`
        : `userName${delimiterName(delimiter)}organization`;
      malformed.push({ line, message: `Line ${line} has ${count}; expected ${expected}.` });
      return;
    }
    const userName = cells[columns.userName]!;
    const path = cells[columns.organization]!;
    const organizationPath = writtenOrganizationPath(path);
    if (userName === '' || organizationPath.some((name) => name === '')) {
      malformed.push({ line, message: `Line ${line} needs a userName and an organization path such as Enterprise/Sales.` });
      return;
    }
    const undefusedPath = undefusedCell(path);
    const undefused = {
      userName: undefusedCell(userName),
      organizationPath: undefusedPath === null ? null : writtenOrganizationPath(undefusedPath),
    };
    const fields = columns.fields.map(({ key, at }) => ({ key, cell: cells[at]! }));
    rows.push({ line, userName, organizationPath, undefused, fields });
  });
  return { rows, malformed };
}

/**
 * The file's delimiter, and the line its rows start on (2 after an Excel `sep=` line). Else a header
 * row names it; else it is the one of DELIMITERS the most sampled lines hold exactly once outside
 * quotes (the first on a tie; a comma when none is, so one-column lines are refused as such).
 */
function delimiterOf(csv: string): { delimiter: string; fromLine: number } {
  const lines = csv.split(/\r\n|\n|\r/);
  const named = EXCEL_SEPARATOR_LINE.exec(lines[0] ?? '');
  if (named) return { delimiter: named[1]!, fromLine: 2 };
  const sample = lines.filter((line) => line.trim() !== '').slice(0, SAMPLED_LINES);
  const first = (sample[0] ?? '').replace(/^\uFEFF/, '');
  const header = DELIMITERS.find(
    (candidate) => headerColumns(first.split(candidate).map((cell) => cell.trim().replace(/^"|"$/g, ''))) !== null,
  );
  if (header) return { delimiter: header, fromLine: 1 };
  let best: { delimiter: string; lines: number } = { delimiter: ',', lines: 0 };
  for (const candidate of DELIMITERS) {
    const holding = sample.filter((line) => countOutsideQuotes(line, candidate) === 1).length;
    if (holding > best.lines) best = { delimiter: candidate, lines: holding };
  }
  return { delimiter: best.delimiter, fromLine: 1 };
}

/**
 * A header row's columns: it names `userName` and `organization` (in any case) once each, else null.
 * A catalog field named twice makes the file ambiguous (which cell is the value?): refused, naming it.
 */
function headerColumns(cells: readonly string[]): Columns | null {
  const names = cells.map((cell) => cell.toLowerCase());
  const userName = names.indexOf('username');
  const organization = names.indexOf('organization');
  const once = (name: string, at: number) => at >= 0 && names.lastIndexOf(name) === at;
  if (!once('username', userName) || !once('organization', organization)) return null;
  const fields: Array<{ key: CatalogFieldKey; at: number }> = [];
  names.forEach((name, at) => {
    const key = FIELD_BY_HEADER.get(name);
    if (key === undefined) return;
    const earlier = fields.find((field) => field.key === key);
    if (earlier)
      throw validationError('csv', `The header names ${key} twice (columns ${earlier.at + 1} and ${at + 1}): keep one of them.`);
    fields.push({ key, at });
  });
  const used = Math.max(userName, organization, ...fields.map((field) => field.at));
  return { userName, organization, named: cells.length > 2, fields, used: used + 1, lastUsed: cells[used]! };
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count += 1;
  }
  return count;
}

function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? ' (tab) ' : delimiter;
}
