import { describe, expect, it } from 'vitest';
import {
  MIN_BAR_HEIGHT,
  chartBars,
  chartSummary,
  chartTotals,
  niceCeiling,
} from '../../../renderer/features/activity/chart-scale';

const hour = (i: number, requests: number, failures = 0) => ({
  at: new Date(Date.UTC(2026, 10, 28, i)).toISOString(),
  requests,
  failures,
});
const plot = { x: 40, y: 10, width: 240, height: 100 };

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 23, 51, 100, 101, 480].map(niceCeiling)).toEqual([
      1, 1, 2, 5, 10, 10, 20, 50, 100, 100, 200, 500,
    ]);
  });
});

describe('chartBars', () => {
  it('scales bars to the round top and lays them side by side', () => {
    const { max, bars } = chartBars([hour(0, 0), hour(1, 10, 5), hour(2, 20)], plot, 2);
    expect(max).toBe(20);
    expect(bars.map((b) => b.x)).toEqual([41, 121, 201]);
    expect(bars.every((b) => b.width === 78)).toBe(true);
    expect(bars[0]).toMatchObject({ requestsHeight: 0, failuresHeight: 0 });
    expect(bars[1]).toMatchObject({ requestsHeight: 50, requestsY: 60, failuresHeight: 25, failuresY: 85 });
    expect(bars[2]).toMatchObject({ requestsHeight: 100, requestsY: 10 });
  });

  it('keeps a single request visible next to a busy hour, and failures inside their bar', () => {
    const { bars } = chartBars([hour(0, 1000), hour(1, 1, 1)], plot);
    expect(bars[1]!.requestsHeight).toBe(MIN_BAR_HEIGHT);
    expect(bars[1]!.failuresHeight).toBeLessThanOrEqual(bars[1]!.requestsHeight);
  });

  it('draws an empty day without dividing by zero', () => {
    const { max, bars } = chartBars(
      Array.from({ length: 24 }, (_, i) => hour(i, 0)),
      plot,
    );
    expect(max).toBe(1);
    expect(bars.every((b) => b.requestsHeight === 0 && Number.isFinite(b.x))).toBe(true);
  });
});

describe('chartTotals and chartSummary', () => {
  const buckets = [hour(0, 2), hour(1, 9, 1), hour(2, 1)];
  it('adds up requests and failures and finds the busiest hour', () => {
    expect(chartTotals(buckets)).toEqual({ requests: 12, failures: 1, busiest: buckets[1] });
  });

  it('summarizes for the text alternative', () => {
    const label = (iso: string) => `${new Date(iso).getUTCHours()}:00`;
    expect(chartSummary(buckets, label)).toBe('Last 3 hours: 12 requests, 1 failure. Busiest hour: 1:00, 9 requests.');
    expect(chartSummary([hour(0, 0)], label)).toBe('Last 1 hour: no requests.');
  });
});
