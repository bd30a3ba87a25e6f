// An export's rows passed through as they are written, counted on the way: the desktop app's "Exported
// N rows" comes from the stream itself, not from a second query that could count a different log.
export function countedRows<T>(rows: Iterable<T>, counter?: { rows: number }): Iterable<T> {
  if (!counter) return rows;
  return (function* () {
    for (const row of rows) {
      counter.rows++;
      yield row;
    }
  })();
}
