// Requests and failures per hour over the last 24 hours: an inline SVG bar chart (role="img" with a
// summary as its name) and the same numbers as a visually hidden table for screen readers. The chart
// is drawn at the width it is shown (not scaled), so its labels keep their size in a narrow window;
// it labels every third hour, or fewer when they would crowd.
import { useEffect, useRef, useState } from 'react';
import { useConsoleState } from '../../app/console-context';
import { chartBars, chartSummary, labelStep, type ChartBucket } from './chart-scale';

const DEFAULT_WIDTH = 760;
const MIN_WIDTH = 280;
const HEIGHT = 150;
const plotOf = (width: number) => ({ x: 40, y: 10, width: width - 70, height: HEIGHT - 36 });
const hourFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const hourLabel = (iso: string) => hourFormat.format(new Date(iso));

export function ActivityChartCard() {
  const chart = useConsoleState((s) => s.activity.chart);
  const chartError = useConsoleState((s) => s.activity.chartError);
  return (
    <section className="card" aria-labelledby="activity-chart-title">
      <div className="section-header">
        <h2 id="activity-chart-title" className="section-title">
          Requests per hour
        </h2>
        <ul className="legend">
          <li>
            <span className="swatch requests" aria-hidden="true" />
            Requests
          </li>
          <li>
            <span className="swatch failures" aria-hidden="true" />
            Failures
          </li>
        </ul>
      </div>
      {chart ? (
        <HourlyChart buckets={chart.buckets} />
      ) : chartError ? (
        <p className="field-error">{chartError}</p>
      ) : (
        <p className="empty">Loading the chart…</p>
      )}
    </section>
  );
}

/** The element's content width, followed as the window resizes. */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(MIN_WIDTH, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function HourlyChart(props: { buckets: ChartBucket[] }) {
  const [frame, WIDTH] = useWidth<HTMLDivElement>();
  const PLOT = plotOf(WIDTH);
  const { max, bars } = chartBars(props.buckets, PLOT);
  const step = labelStep(PLOT.width / Math.max(1, bars.length));
  const summary = chartSummary(props.buckets, hourLabel);
  const baseline = PLOT.y + PLOT.height;
  // An empty day shows only its baseline: a "1" over nothing would suggest a scale with no data.
  const ticks = bars.some((bar) => bar.bucket.requests > 0) ? [0, max / 2, max].filter((tick) => Number.isInteger(tick)) : [0];
  return (
    <>
      {/* Seen by sighted users; a screen reader gets the same words as the chart's name. */}
      <p className="chart-summary" aria-hidden="true">
        {summary}
      </p>
      <div ref={frame}>
        <svg className="chart" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
          {ticks.map((tick) => {
            const y = baseline - (tick / max) * PLOT.height;
            return (
              <g key={tick}>
                <line className="chart-grid" x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={y} y2={y} />
                <text className="chart-axis" x={PLOT.x - 6} y={y + 4} textAnchor="end">
                  {tick}
                </text>
              </g>
            );
          })}
          {bars.map((bar, index) => (
            <g key={bar.bucket.at}>
              <title>{`${hourLabel(bar.bucket.at)}: ${bar.bucket.requests} requests, ${bar.bucket.failures} failures`}</title>
              {/* A transparent full-height slot so the hover title works over empty hours too. */}
              <rect className="chart-slot" x={bar.x} y={PLOT.y} width={bar.width} height={PLOT.height} />
              {bar.requestsHeight > 0 ? (
                <rect className="bar-requests" x={bar.x} y={bar.requestsY} width={bar.width} height={bar.requestsHeight} />
              ) : null}
              {bar.failuresHeight > 0 ? (
                <rect className="bar-failures" x={bar.x} y={bar.failuresY} width={bar.width} height={bar.failuresHeight} />
              ) : null}
              {/* Every `step` hours, counted back from the current one so the newest bar is labelled. */}
              {(bars.length - 1 - index) % step === 0 ? (
                <text className="chart-axis" x={bar.x + bar.width / 2} y={HEIGHT - 8} textAnchor="middle">
                  {hourLabel(bar.bucket.at)}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
      </div>
      {/* The table for screen readers sits in a clipped box: a table ignores the 1px height it is given,
          and its 24 rows would stretch the page below the view. */}
      <div className="offscreen">
        <table>
          <caption>Requests and failures per hour, last 24 hours</caption>
          <thead>
            <tr>
              <th scope="col">Hour starting</th>
              <th scope="col">Requests</th>
              <th scope="col">Failures</th>
            </tr>
          </thead>
          <tbody>
            {props.buckets.map((bucket) => (
              <tr key={bucket.at}>
                <th scope="row">{hourLabel(bucket.at)}</th>
                <td>{bucket.requests}</td>
                <td>{bucket.failures}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
