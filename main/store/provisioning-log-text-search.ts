// The Activity search's page: rows whose text holds the search text, matching the other filters,
// newest first. Two ways to find them, each exact over a window of ids: the text index (migration 013)
// lists the rows holding the text, then each is checked against the other filters; or the other
// filters' own index lists their rows, then each row's text is read (instr). The page is gathered
// window by window from the newest, each window taken by whichever way has covered more ids per row
// read so far: a rare text reads the index, a rare operation its rows, and a common text with a filter
// that matches nothing ends when the filter's rows do. Rows not indexed yet (above the mark: those
// appended since the gateway was last idle, at most MAX_PENDING) are read first, the instr way.
import type { Database } from 'better-sqlite3';
import { foldCase } from './case-fold';
import { LOG_COLUMNS, logRowConditions, narrowsRows, rowWindowSql, textParams, type LogFilter } from './provisioning-log-filter';
import type { ProvisioningLogTextIndex } from './provisioning-log-text-index';
import type { Prepare } from './statement-cache';

const FIRST_WINDOW = 64;
const MAX_WINDOW = 4096;

type Way = 'index' | 'rows';
type Windowed = Array<{ id: number; hit: number }>;

/** An FTS5 phrase: the folded text as one string, so no character in it is query syntax. */
const phraseOf = (text: string) => `"${foldCase(text).replaceAll('"', '""')}"`;

/**
 * The ids of at most `limit` rows matching `filter` (its text set) with `low <= id < high`, newest
 * first. Read in one read transaction, so the mark and the index agree.
 */
export function textPageIds(
  db: Database,
  prepare: Prepare,
  textIndex: ProvisioningLogTextIndex,
  filter: LogFilter & { text: string },
  range: { low: number; high: number },
  limit: number,
): number[] {
  const rows = rowWindowSql(filter);
  const rowText = textParams(filter.text);
  const { conditions, params: conditionParams } = logRowConditions(filter);
  const indexSql = `SELECT w.id AS id, ${['l.id IS NOT NULL', ...conditions].join(' AND ')} AS hit FROM
    (SELECT rowid AS id FROM provisioning_log_text WHERE provisioning_log_text MATCH ? AND rowid < ? AND rowid >= ?
      ORDER BY rowid DESC LIMIT CAST(? AS INTEGER)) AS w
    LEFT JOIN provisioning_log AS l ON l.id = w.id ORDER BY w.id DESC`;
  const phrase = phraseOf(filter.text);
  const window = (way: Way, high: number, low: number, size: number): Windowed =>
    (way === 'rows'
      ? prepare(rows.sql).all(...rowText, high, low, ...rows.params, size)
      : prepare(indexSql).all(...conditionParams, phrase, high, low, size)) as Windowed;

  return db.transaction(() => {
    const ids: number[] = [];
    const take = (found: Windowed) => {
      for (const row of found) if (row.hit) ids.push(row.id);
    };
    const mark = textIndex.indexedThrough();
    let high = range.high;
    if (high > mark + 1) {
      take(window('rows', high, Math.max(range.low, mark + 1), -1));
      high = mark + 1;
    }
    // Ids covered per row read, per way; the index way goes first (most searches name a rare text).
    const reach: Record<Way, number | null> = { index: null, rows: narrowsRows(filter) ? null : 0 };
    const size: Record<Way, number> = { index: Math.max(FIRST_WINDOW, limit), rows: Math.max(FIRST_WINDOW, limit) };
    while (ids.length < limit && high > range.low) {
      const way: Way =
        reach.index === null ? 'index' : reach.rows === null ? 'rows' : reach.rows > reach.index ? 'rows' : 'index';
      const found = window(way, high, range.low, size[way]);
      take(found);
      const floor = found.length < size[way] ? range.low : found.at(-1)!.id;
      reach[way] = (high - floor) / Math.max(1, found.length);
      size[way] = Math.min(MAX_WINDOW, size[way] * 2);
      high = floor;
    }
    return ids.slice(0, limit);
  })();
}

/** The rows of `ids`, newest first. */
export function rowsOf(prepare: Prepare, ids: number[]): unknown[] {
  if (ids.length === 0) return [];
  return prepare(`SELECT ${LOG_COLUMNS} FROM provisioning_log WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id DESC`).all(
    JSON.stringify(ids),
  );
}
