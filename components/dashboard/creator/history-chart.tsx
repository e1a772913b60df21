/**
 * A small uPlot line chart. uPlot draws to a canvas, so the same figures are
 * also given as a visually hidden table for screen readers. The plot is
 * destroyed on unmount and rebuilt when the data or width changes.
 */
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

interface Props {
  title: string;
  /** Epoch milliseconds. */
  times: number[];
  values: (number | null)[];
  format: (v: number) => string;
  formatTime: (ms: number) => string;
  /** A day on the x axis in the UI language ("8 Sep", not uPlot's month-first "9/8"). */
  formatTick: (ms: number) => string;
  /** Shown instead of bare axes when fewer than two points have a value. */
  empty: string;
  color: string;
  width?: number;
  height?: number;
}

export function HistoryChart(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  const { times, values, title, color, format, formatTick } = props;
  const points = values.filter((v) => v !== null && v !== undefined).length;
  useEffect(() => {
    const el = box.current;
    if (points < 2) return;
    // Canvas is missing in test DOMs; the table below still carries the data.
    if (
      !el ||
      typeof HTMLCanvasElement === 'undefined' ||
      !document.createElement('canvas').getContext?.('2d')
    )
      return;
    const width = props.width ?? Math.max(240, el.clientWidth || 360);
    const plot = new uPlot(
      {
        width,
        height: props.height ?? 160,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true } },
        axes: [
          {
            stroke: '#6b7280',
            grid: { stroke: '#eef0f3' },
            ticks: { show: false },
            // uPlot's splits are in seconds on a time scale.
            values: (_u, splits) => splits.map((s) => formatTick(s * 1000)),
          },
          {
            stroke: '#6b7280',
            grid: { stroke: '#eef0f3' },
            ticks: { show: false },
            size: 64,
            values: (_u, splits) => splits.map((v) => format(v)),
          },
        ],
        series: [{}, { label: title, stroke: color, width: 2, fill: `${color}1a`, points: { size: 5 } }],
      },
      // uPlot wants seconds on a time scale.
      [times.map((ms) => ms / 1000), values],
      el,
    );
    return () => plot.destroy();
  }, [times, values, title, color, format, formatTick, points, props.width, props.height]);
  if (points < 2)
    return (
      <figure class="ml-chart ml-chart-empty">
        <figcaption class="ml-chart-title">{title}</figcaption>
        <p class="ml-empty-note">{props.empty}</p>
      </figure>
    );
  return (
    <figure class="ml-chart">
      <figcaption class="ml-chart-title">{title}</figcaption>
      <div ref={box} class="ml-chart-plot" aria-hidden="true" />
      <table class="ml-sr">
        <caption>{title}</caption>
        <tbody>
          {times.map((ms, i) => (
            <tr key={ms}>
              <th scope="row">{props.formatTime(ms)}</th>
              <td>{values[i] === null || values[i] === undefined ? '—' : format(values[i] as number)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
