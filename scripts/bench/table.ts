/** The bench table: aligned for the terminal, and Markdown for scripts/bench/README.md. */
import { describeBudgets, type Figure, formatValue } from './figures';

const HEADERS = ['group', 'figure', 'n', 'median', 'p95', 'min–max', 'budget', 'status'];

function cells(f: Figure): string[] {
  if (f.status === 'not measured') {
    return [
      f.group,
      f.name,
      '0',
      '—',
      '—',
      '—',
      describeBudgets(f.budgets, f.unit),
      `not measured: ${f.note}`,
    ];
  }
  const spread =
    f.n !== 1 ? `${formatValue(f.min, f.unit)} – ${formatValue(f.max, f.unit)}` : '— (single value)';
  const status =
    f.status === 'over' ? 'OVER BUDGET' : f.status === 'inconclusive' ? 'inconclusive (noise)' : f.status;
  return [
    f.group,
    f.name,
    f.n > 0 ? String(f.n) : '?',
    formatValue(f.median, f.unit),
    f.n !== 1 ? formatValue(f.p95, f.unit) : '—',
    spread,
    describeBudgets(f.budgets, f.unit),
    status,
  ];
}

export function textTable(figures: Figure[]): string {
  const rows = [HEADERS, ...figures.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 2 || i === 3 || i === 4 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    line(rows[0] as string[]),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** The short table for scripts/bench/README.md and the README: one row per figure. */
export function markdownTable(figures: Figure[]): string {
  const esc = (text: string) => text.replace(/\|/g, '\\|');
  const out = ['| figure | median | p95 | min – max | budget | status |', '|---|---:|---:|---|---|---|'];
  for (const f of figures) {
    const c = cells(f);
    const status = f.status === 'not measured' ? `not measured (${f.note})` : (c[7] as string);
    out.push(
      `| ${[`${f.group}: ${f.name}`, c[3], c[4], c[5], c[6], status].map((x) => esc(x ?? '')).join(' | ')} |`,
    );
  }
  return out.join('\n');
}
