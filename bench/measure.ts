// A small, honest timing loop: warm up, then run for a fixed time and report operations per second.
export interface Measurement {
  name: string;
  opsPerSecond: number;
  iterations: number;
}

export async function measure(name: string, operation: () => Promise<unknown>, seconds = 2): Promise<Measurement> {
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) await operation();
  let iterations = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    // Batches keep the clock reads from dominating sub-microsecond operations.
    for (let i = 0; i < 50; i += 1) await operation();
    iterations += 50;
  }
  const elapsed = (performance.now() - start) / 1000;
  return { name, opsPerSecond: iterations / elapsed, iterations };
}

export function printTable(title: string, rows: Array<Record<string, string>>): void {
  const headers = Object.keys(rows[0] ?? {});
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((row) => (row[h] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(headers.map((h) => row[h] ?? '')));
}

export const formatRate = (ops: number): string => Math.round(ops).toLocaleString('en-US');
