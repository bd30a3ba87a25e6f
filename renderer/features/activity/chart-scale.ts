// The Activity chart's arithmetic: a round top for the scale, bar rectangles for each hour, and the
// totals its text alternative reads out. Pure, so the SVG component only draws.
import { countOf } from '../../../preload/count-words';

export interface ChartBucket {
  at: string;
  requests: number;
  failures: number;
}

export interface ChartBar {
  bucket: ChartBucket;
  x: number;
  width: number;
  /** The whole bar (all requests) from `requestsY` down to the baseline. */
  requestsY: number;
  requestsHeight: number;
  /** The failed part, drawn over the bottom of the bar. */
  failuresY: number;
  failuresHeight: number;
}

/** The smallest 1, 2 or 5 times a power of ten at or above `value`; 1 for an empty chart. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** A bar that stands for at least one request is never thinner than this, so it stays visible. */
export const MIN_BAR_HEIGHT = 2;

export function chartBars(
  buckets: readonly ChartBucket[],
  plot: { x: number; y: number; width: number; height: number },
  gap = 2,
): { max: number; bars: ChartBar[] } {
  const max = niceCeiling(Math.max(0, ...buckets.map((b) => b.requests)));
  const slot = buckets.length === 0 ? 0 : plot.width / buckets.length;
  const baseline = plot.y + plot.height;
  const heightOf = (count: number) => (count <= 0 ? 0 : Math.max(MIN_BAR_HEIGHT, (count / max) * plot.height));
  const bars = buckets.map((bucket, index) => {
    const requestsHeight = heightOf(bucket.requests);
    const failuresHeight = Math.min(requestsHeight, heightOf(bucket.failures));
    return {
      bucket,
      x: plot.x + index * slot + gap / 2,
      width: Math.max(1, slot - gap),
      requestsY: baseline - requestsHeight,
      requestsHeight,
      failuresY: baseline - failuresHeight,
      failuresHeight,
    };
  });
  return { max, bars };
}

export function chartTotals(buckets: readonly ChartBucket[]): {
  requests: number;
  failures: number;
  busiest: ChartBucket | null;
} {
  let busiest: ChartBucket | null = null;
  for (const bucket of buckets) if (bucket.requests > 0 && (!busiest || bucket.requests > busiest.requests)) busiest = bucket;
  return {
    requests: buckets.reduce((sum, b) => sum + b.requests, 0),
    failures: buckets.reduce((sum, b) => sum + b.failures, 0),
    busiest,
  };
}

/** The chart's text alternative: "Last 24 hours: 12 requests, 1 failure. Busiest hour: 14:00, 9 requests." */
export function chartSummary(buckets: readonly ChartBucket[], hourLabel: (iso: string) => string): string {
  const { requests, failures, busiest } = chartTotals(buckets);
  const hours = `Last ${countOf(buckets.length, 'hour')}`;
  if (requests === 0 || !busiest) return `${hours}: no requests.`;
  return `${hours}: ${countOf(requests, 'request')}, ${countOf(failures, 'failure')}. Busiest hour: ${hourLabel(busiest.at)}, ${countOf(busiest.requests, 'request')}.`;
}

/** Hours between axis labels: every third, or the next of 4, 6, 12 that leaves a label 64 px of room. */
export function labelStep(pixelsPerBar: number, minLabelWidth = 64): number {
  return [3, 4, 6, 12].find((step) => step * pixelsPerBar >= minLabelWidth) ?? 12;
}
