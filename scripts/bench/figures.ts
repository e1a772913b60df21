/**
 * A bench figure: repeated samples summarised as median and spread, with the
 * budget it is held to. Figures are printed, never asserted: a figure over
 * budget is reported, not failed.
 */

/** Which summary of the samples a budget is about. */
export type Stat = 'median' | 'p95' | 'max';

export interface Budget {
  stat: Stat;
  /** The figure must be at most this (same unit as the figure). */
  limit: number;
}

/** `inconclusive`: the runs disagree on the sign of a difference, so neither ok nor over can be said. */
export type Status = 'ok' | 'over' | 'info' | 'inconclusive' | 'not measured';

export interface Figure {
  group: string;
  name: string;
  unit: string;
  n: number;
  median: number | null;
  p95: number | null;
  min: number | null;
  max: number | null;
  budgets: Budget[];
  status: Status;
  /** Why it is missing, or what to keep in mind reading it. */
  note?: string;
  /**
   * Set when the figure is missing because its bench could not run (an error, a refused
   * request, a part that is not there): `npm run bench` then fails with the reason, so a
   * broken group can never pass as a shorter table.
   */
  failed?: boolean;
  samples?: number[];
}

/** What a group plans to report, so a failed run can still list each figure as "not measured". */
export interface FigureSpec {
  name: string;
  unit: string;
  budgets: Budget[];
}

export function median(sorted: number[]): number {
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (with 10 samples, p95 is the slowest one). */
export function percentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] as number;
}

export function statOf(f: Figure, stat: Stat): number | null {
  return f[stat];
}

export function measured(group: string, spec: FigureSpec, samples: number[], note?: string): Figure {
  if (samples.length === 0) return notMeasured(group, spec, note ?? 'no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const f: Figure = {
    group,
    name: spec.name,
    unit: spec.unit,
    n: samples.length,
    median: median(sorted),
    p95: percentile(sorted, 95),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    budgets: spec.budgets,
    status: 'info',
    samples,
  };
  if (note) f.note = note;
  if (spec.budgets.length > 0) {
    f.status = spec.budgets.every((b) => (statOf(f, b.stat) as number) <= b.limit) ? 'ok' : 'over';
  }
  return f;
}

/** A figure its bench could not take: reported, and it fails the run (see Figure.failed). */
export function failedFigure(group: string, spec: FigureSpec, why: string): Figure {
  return { ...notMeasured(group, spec, why), failed: true };
}

/** A figure that does not apply to this input (a page with nothing of its own to paint): not a failure. */
export function notMeasured(group: string, spec: FigureSpec, why: string): Figure {
  return {
    group,
    name: spec.name,
    unit: spec.unit,
    n: 0,
    median: null,
    p95: null,
    min: null,
    max: null,
    budgets: spec.budgets,
    status: 'not measured',
    note: why,
  };
}

export function describeBudgets(budgets: Budget[], unit: string): string {
  if (budgets.length === 0) return '—';
  return budgets.map((b) => `${b.stat} ≤ ${formatValue(b.limit, unit)}`).join(', ');
}

export function formatValue(v: number | null, unit: string): string {
  if (v === null) return '—';
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  const num = v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit === '%' ? `${num}%` : `${num} ${unit}`;
}
