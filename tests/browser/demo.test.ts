/**
 * `npm run demo` headless, end to end: it seeds through the real extension
 * (overlay Save button, page-data bridge, store) and writes the screenshots
 * and the dashboard's CSV export. The CSV must hold exactly the creators the
 * demo saved, with the engagement the sample posts imply.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CREATORS, type SampleCreator } from '@/scripts/demo/creators';
import { type DemoResult, runDemo } from '@/scripts/demo/run-demo';

const SHOTS = [
  'overlay-instagram.png',
  'overlay-tiktok.png',
  'popup-creator.png',
  'popup-summary.png',
  'dashboard-en.png',
  'dashboard-creator.png',
  'dashboard-id.png',
];

let outDir: string;
let result: DemoResult;
const lines: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'microlens-demo-'));
  // The extension was built by `npm run test:browser` (or MICROLENS_EXTENSION_DIR).
  result = await runDemo({ headless: true, outDir, build: false, log: (l) => lines.push(l) });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** RFC 4180 rows (quoted cells may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** Median (likes + comments) / followers of the non-pinned sample posts, in percent. */
function expectedEngagement(c: SampleCreator): number {
  const rates = c.posts
    .filter((p) => !p.pinned)
    .map((p) => (p.likes + p.comments) / c.followers)
    .sort((a, b) => a - b);
  const mid = Math.floor(rates.length / 2);
  const median = rates.length % 2 ? rates[mid]! : (rates[mid - 1]! + rates[mid]!) / 2;
  return median * 100;
}

describe('npm run demo (headless)', () => {
  it('runs without warnings and reports every file it wrote', () => {
    expect(result.warnings).toEqual([]);
    expect(result.saved).toEqual(SAMPLE_CREATORS.filter((c) => c.save).map((c) => c.handle));
    expect(result.files.map((f) => f.slice(outDir.length + 1)).sort()).toEqual(
      [...SHOTS, 'shortlist.csv'].sort(),
    );
  });

  it('writes a PNG for each screenshot', () => {
    for (const shot of SHOTS) {
      const file = join(outDir, shot);
      const head = readFileSync(file).subarray(0, 8);
      expect(head.toString('latin1'), shot).toBe('\x89PNG\r\n\x1a\n');
      expect(statSync(file).size, shot).toBeGreaterThan(10_000);
    }
  });

  it('exports the saved sample creators, and only them, with their figures', () => {
    const rows = parseCsv(readFileSync(join(outDir, 'shortlist.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const [header, ...body] = rows;
    const col = (name: string) => {
      const i = header!.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    const byHandle = new Map(body.map((r) => [r[col('handle')], r]));
    const saved = SAMPLE_CREATORS.filter((c) => c.save);
    expect([...byHandle.keys()].sort()).toEqual(saved.map((c) => c.handle).sort());
    for (const c of saved) {
      const row = byHandle.get(c.handle)!;
      expect(row[col('platform')]).toBe(c.platform);
      expect(Number(row[col('followers')])).toBe(c.followers);
      expect(row[col('followers_exact')]).toBe('true');
      expect(Number(row[col('engagement_median')])).toBeCloseTo(expectedEngagement(c), 2);
      if (c.shortlist?.notes) expect(row[col('notes')]).toBe(c.shortlist.notes);
      if (c.shortlist?.status) expect(row[col('status')]).toBe(c.shortlist.status);
    }
  });
});
