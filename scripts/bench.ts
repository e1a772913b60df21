/**
 * `npm run bench`: performance figures with their budgets (scripts/bench/README.md).
 * Figures, not tests: each is the median and spread over repeated runs, printed
 * beside its budget; nothing fails on a slow machine. A figure that could not be
 * taken (its bench threw, a part is missing, the worker refused a request) fails
 * the run (exit 1) with the reason: a broken group never passes as a shorter
 * table. Writes the table as JSON to test-output/bench.json.
 *
 *   npm run bench                       every group but scale (about 4–5 minutes on 2 cores)
 *   npm run bench -- --only overlay     one group (or a comma list: size,compute)
 *   npm run bench -- --prebuilt         use .output/chrome-mv3 instead of building
 *   npm run bench -- --creators 100000  the scale group alone: growth table at 1k, 10k and 100k
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { usePrebuilt } from '@/scripts/bench/build';
import { sizeGroup } from '@/scripts/bench/bundle-size';
import { computeGroup } from '@/scripts/bench/compute';
import { describeBudgets, type Figure, failedFigure, formatValue } from '@/scripts/bench/figures';
import type { BenchGroup } from '@/scripts/bench/group';
import { overlayGroup } from '@/scripts/bench/overlay-latency';
import { SCALE_SIZES, scaleGroup } from '@/scripts/bench/scale';
import { scrollGroup } from '@/scripts/bench/scroll-cost';
import { markdownTable, textTable } from '@/scripts/bench/table';
import { uiGroup } from '@/scripts/bench/ui-render';
import { TEST_OUTPUT } from '@/tests/support/browser';

const GROUPS: BenchGroup[] = [sizeGroup, computeGroup, overlayGroup, scrollGroup, uiGroup, scaleGroup];
/** Run by default: scale seeds stores of up to 100,000 creators and is asked for by name or --creators. */
const DEFAULT_GROUPS = GROUPS.filter((g) => g !== scaleGroup);

interface Args {
  only: string[] | null;
  prebuilt: boolean;
  creators: number | null;
}

function parseArgs(argv: string[]): Args {
  let only: string[] | null = null;
  let prebuilt = false;
  let creators: number | null = null;
  const size = (text: string | undefined) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 100)
      throw new Error(`--creators wants a whole number ≥ 100, not ${text}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg.startsWith('--only=')) only = arg.slice(7).split(',').filter(Boolean);
    else if (arg === '--prebuilt') prebuilt = true;
    else if (arg === '--creators') creators = size(argv[++i]);
    else if (arg.startsWith('--creators=')) creators = size(arg.slice(11));
    else if (arg === '--help' || arg === '-h') {
      console.log(
        `usage: npm run bench [-- --only <${GROUPS.map((g) => g.name).join('|')}>[,…]] [--prebuilt] [--creators N]`,
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  // A size asks for the growth table: the scale group, unless groups were named.
  if (creators !== null && !only) only = ['scale'];
  return { only, prebuilt, creators };
}

async function main(): Promise<void> {
  const { only, prebuilt, creators } = parseArgs(process.argv.slice(2));
  const unknown = only?.filter((n) => !GROUPS.some((g) => g.name === n)) ?? [];
  if (unknown.length > 0) {
    throw new Error(`unknown group ${unknown.join(', ')}; groups: ${GROUPS.map((g) => g.name).join(', ')}`);
  }
  if (prebuilt) usePrebuilt();
  SCALE_SIZES.largest = creators;
  const groups = only ? GROUPS.filter((g) => only.includes(g.name)) : DEFAULT_GROUPS;
  const figures: Figure[] = [];
  const started = performance.now();
  console.log(`Microlens bench — ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}\n`);

  for (const group of groups) {
    const t = performance.now();
    console.log(`▶ ${group.name}: ${group.title}`);
    const out: Figure[] = [];
    try {
      await group.run(out, (m) => console.log(`  ${m}`));
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.log(`  failed: ${why}`);
      for (const spec of group.specs) {
        if (!out.some((f) => f.name === spec.name)) out.push(failedFigure(group.name, spec, why ?? 'failed'));
      }
    }
    figures.push(...out);
    console.log(`  (${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
  }

  console.log(textTable(figures));
  const notes = figures.filter((f) => f.status !== 'not measured' && f.note);
  if (notes.length > 0) {
    console.log('\nNotes:');
    for (const f of notes) console.log(`  ${f.group} / ${f.name}: ${f.note}`);
  }
  const over = figures.filter((f) => f.status === 'over');
  const missing = figures.filter((f) => f.status === 'not measured');
  console.log(`\nOver budget: ${over.length === 0 ? 'none' : ''}`);
  for (const f of over) {
    console.log(
      `  ✗ ${f.group} / ${f.name}: median ${formatValue(f.median, f.unit)}, p95 ${formatValue(f.p95, f.unit)}; budget ${describeBudgets(f.budgets, f.unit)}`,
    );
  }
  const unclear = figures.filter((f) => f.status === 'inconclusive');
  if (unclear.length > 0) {
    console.log('Inconclusive (runs disagree on the sign):');
    for (const f of unclear)
      console.log(`  ? ${f.group} / ${f.name}: median ${formatValue(f.median, f.unit)}`);
  }
  if (missing.length > 0) {
    console.log('Not measured:');
    for (const f of missing) console.log(`  – ${f.group} / ${f.name}: ${f.note}`);
  }
  const failed = figures.filter((f) => f.failed);

  mkdirSync(TEST_OUTPUT, { recursive: true });
  const file = join(TEST_OUTPUT, 'bench.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { cores: cpus().length, loadAverage1m: loadavg()[0] },
        groups: groups.map((g) => g.name),
        seconds: Math.round((performance.now() - started) / 100) / 10,
        figures,
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(TEST_OUTPUT, 'bench.md'), `${markdownTable(figures)}\n`);
  console.log(
    `\nTable written to ${file} (Markdown: test-output/bench.md) (${((performance.now() - started) / 1000).toFixed(0)} s in all)`,
  );
  if (failed.length > 0) {
    const reasons = failed.map((f) => `  ✗ ${f.group} / ${f.name}: ${f.note}`).join('\n');
    throw new Error(`\nBench FAILED: ${failed.length} figure(s) could not be measured:\n${reasons}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
