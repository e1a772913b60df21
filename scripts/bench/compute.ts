/**
 * Figure 5: work done in Node on plain data — the store's requests
 * (scripts/bench-store.ts, store engineer), CSV export of 10,000 creators
 * (lib/csv), and fit scoring 10,000 creators × 20 briefs (scripts/bench-fit.ts,
 * fit engineer). The other two benches are called, not re-implemented; when
 * one is missing its figures are "not measured".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportCsv } from '@/lib/csv';
import { PROJECT_ROOT } from '@/tests/support/fixture-server';
import { type Figure, type FigureSpec, failedFigure, measured, percentile } from './figures';
import type { BenchGroup } from './group';
import { seedData, seedViews } from './seed';

const CSV_RUNS = 7;
const CSV_SPEC: FigureSpec = {
  name: 'CSV export, 10,000 creators (exportCsv)',
  unit: 'ms',
  budgets: [{ stat: 'median', limit: 1_000 }],
};
const FIT_SPEC: FigureSpec = {
  name: 'fit scoring, 10,000 creators × 20 briefs',
  unit: 'ms',
  budgets: [{ stat: 'median', limit: 1_000 }],
};
const STORE_SPEC: FigureSpec = { name: 'store operations (runStoreBench)', unit: 'ms', budgets: [] };

/** Shape of runStoreBench()'s rows (scripts/bench-store.ts). */
interface SummaryRow {
  name: string;
  budgetMs?: number;
  medianMs: number;
  minMs?: number;
  maxMs?: number;
  p95Ms?: number;
  samplesMs?: number[];
  runs?: number;
  note?: string;
}

/** A figure from a bench that reports a summary rather than samples. */
function fromSummary(group: string, row: SummaryRow, unit = 'ms'): Figure {
  const budgets = row.budgetMs !== undefined ? [{ stat: 'median' as const, limit: row.budgetMs }] : [];
  const spec = { name: row.name, unit, budgets };
  if (row.samplesMs && row.samplesMs.length > 0)
    return measured(group, spec, row.samplesMs, row.note || undefined);
  const f: Figure = {
    group,
    name: row.name,
    unit,
    n: row.runs ?? 0,
    median: row.medianMs,
    // The rows carry min/max only; with their handful of runs, nearest-rank p95 is the max.
    p95: row.p95Ms ?? row.maxMs ?? null,
    min: row.minMs ?? null,
    max: row.maxMs ?? null,
    budgets,
    status: budgets.length === 0 ? 'info' : row.medianMs <= (row.budgetMs as number) ? 'ok' : 'over',
  };
  if (row.note) f.note = row.note;
  return f;
}

/** Imports another engineer's bench script if it exists (it may still be landing). */
async function optionalModule(file: string): Promise<Record<string, unknown> | null> {
  const path = join(PROJECT_ROOT, file);
  if (!existsSync(path)) return null;
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}

const quiet = (log: (m: string) => void) => (line: string) => {
  if (line.trim()) log(`  ${line}`);
};

async function storeFigures(out: Figure[], log: (m: string) => void): Promise<void> {
  const mod = await optionalModule('scripts/bench-store.ts');
  const run = mod?.runStoreBench as ((log: (l: string) => void) => Promise<SummaryRow[]>) | undefined;
  if (!run) {
    out.push(failedFigure('store', STORE_SPEC, 'scripts/bench-store.ts (runStoreBench) has not landed'));
    return;
  }
  // The rows carry no run count; the bench says it in a line of its own ("(5 runs each; …").
  let runs: number | undefined;
  const rows = await run((line) => {
    runs = Number(/\((\d+) runs each/.exec(line)?.[1] ?? runs) || runs;
    quiet(log)(line);
  });
  for (const row of rows) {
    // A one-off row (e.g. the cold-cache list) has min = max: repeated runs never give identical float times.
    const n = row.minMs !== undefined && row.minMs === row.maxMs ? 1 : runs;
    out.push(fromSummary('store', { runs: n, ...row }));
  }
}

function csvFigure(out: Figure[], log: (m: string) => void): void {
  const data = seedData(10_000);
  const views = seedViews(data);
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < CSV_RUNS; i++) {
    const started = performance.now();
    const text = exportCsv(views, data.briefs, { delimiter: i % 2 ? ';' : ',', lang: i % 2 ? 'id' : 'en' });
    samples.push(performance.now() - started);
    bytes = text.length;
  }
  out.push(
    measured(
      'compute',
      CSV_SPEC,
      samples,
      `${data.briefs.length} briefs' fit columns; ',' and ';' alternately; ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    ),
  );
  log(
    `CSV: median ${percentile(
      [...samples].sort((a, b) => a - b),
      50,
    ).toFixed(0)} ms`,
  );
}

/** Shape of runFitBench()'s figures (scripts/bench-fit.ts). */
interface FitRow extends SummaryRow {
  creators?: number;
  briefs?: number;
}

async function fitFigures(out: Figure[]): Promise<void> {
  const mod = await optionalModule('scripts/bench-fit.ts');
  const run = mod?.runFitBench as ((opts?: { runs?: number; creators?: number }) => unknown) | undefined;
  if (!run) {
    out.push(failedFigure('compute', FIT_SPEC, 'scripts/bench-fit.ts (runFitBench) has not landed'));
    return;
  }
  const result = await run({ creators: 10_000 });
  const rows = (Array.isArray(result) ? result : [result]) as FitRow[];
  for (const row of rows) {
    const size =
      row.creators !== undefined && row.briefs !== undefined
        ? `, ${row.creators.toLocaleString('en-US')} creators × ${row.briefs} briefs`
        : '';
    // The agreed budget for scoring 10,000 creators against 20 briefs: "well under a second".
    out.push(fromSummary('compute', { budgetMs: 1_000, ...row, name: `${row.name}${size}` }));
  }
}

export const computeGroup: BenchGroup = {
  name: 'compute',
  title: 'Store operations, CSV export and fit scoring (Node)',
  specs: [STORE_SPEC, CSV_SPEC, FIT_SPEC],
  async run(out, log) {
    // Each part on its own: one missing or failing bench leaves the others measured.
    const parts: [string, () => Promise<void> | void, FigureSpec, string][] = [
      ['store', () => storeFigures(out, log), STORE_SPEC, 'store'],
      ['csv', () => csvFigure(out, log), CSV_SPEC, 'compute'],
      ['fit', () => fitFigures(out), FIT_SPEC, 'compute'],
    ];
    for (const [label, part, spec, group] of parts) {
      const started = performance.now();
      try {
        await part();
      } catch (error) {
        const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
        out.push(failedFigure(group, spec, `${label} bench failed: ${why}`));
      }
      log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  },
};
