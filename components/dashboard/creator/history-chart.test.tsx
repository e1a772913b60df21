// @vitest-environment happy-dom
/** A chart with fewer than two values says why instead of drawing bare axes. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryChart } from './history-chart';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const props = {
  title: 'Engagement over time (%)',
  format: (v: number) => String(v),
  formatTime: (ms: number) => new Date(ms).toISOString().slice(0, 10),
  formatTick: (ms: number) => String(ms),
  empty: 'Not enough readings yet',
  color: '#000',
};

describe('HistoryChart', () => {
  it('shows its empty message, not a plot, when fewer than two points have a value', () => {
    render(<HistoryChart {...props} times={[1, 2, 3]} values={[null, 0.04, null]} />, root);
    expect(root.querySelector('.ml-empty-note')?.textContent).toBe('Not enough readings yet');
    expect(root.querySelector('.ml-chart-plot')).toBeNull();
    expect(root.querySelector('figcaption')?.textContent).toBe(props.title);
  });

  it('draws (and lists for screen readers) a series with two values or more', () => {
    render(<HistoryChart {...props} times={[1, 2]} values={[0.03, 0.04]} />, root);
    expect(root.querySelector('.ml-empty-note')).toBeNull();
    expect(root.querySelector('.ml-chart-plot')).not.toBeNull();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});
