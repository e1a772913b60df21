import { describe, expect, it } from 'vitest';
import { measured, median, notMeasured, percentile } from './figures';
import { markdownTable, textTable } from './table';

const spec = {
  name: 'x',
  unit: 'ms',
  budgets: [
    { stat: 'median' as const, limit: 16 },
    { stat: 'p95' as const, limit: 50 },
  ],
};

describe('bench figures', () => {
  it('median of odd and even counts', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 4, 9])).toBe(3);
  });

  it('nearest-rank percentile: p95 of 10 samples is the slowest, of 40 the 38th', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(percentile(ten, 95)).toBe(10);
    const forty = Array.from({ length: 40 }, (_, i) => i + 1);
    expect(percentile(forty, 95)).toBe(38);
    expect(percentile(forty, 50)).toBe(20);
  });

  it('summarises unsorted samples and checks every budget', () => {
    const ok = measured('g', spec, [12, 3, 40, 10, 8]);
    expect([ok.median, ok.p95, ok.min, ok.max, ok.n]).toEqual([10, 40, 3, 40, 5]);
    expect(ok.status).toBe('ok');
    // Median within budget but p95 over: still over budget.
    expect(measured('g', spec, [5, 6, 7, 8, 60]).status).toBe('over');
    expect(measured('g', spec, [20, 21, 22]).status).toBe('over');
  });

  it('a figure without budget is information; no samples is "not measured", never a number', () => {
    expect(measured('g', { name: 'y', unit: 'KB', budgets: [] }, [3]).status).toBe('info');
    const none = measured('g', spec, []);
    expect(none.status).toBe('not measured');
    expect(none.median).toBeNull();
    const missing = notMeasured('g', spec, 'bench-fit.ts has not landed');
    expect(textTable([missing])).toContain('not measured: bench-fit.ts has not landed');
    expect(markdownTable([missing])).toContain('not measured (bench-fit.ts has not landed)');
  });

  it('the table shows the budget beside the figure and flags it when over', () => {
    const table = textTable([measured('overlay', spec, [80, 90, 100])]);
    expect(table).toContain('median ≤ 16 ms, p95 ≤ 50 ms');
    expect(table).toContain('OVER BUDGET');
    expect(table).toContain('90 ms');
  });
});
