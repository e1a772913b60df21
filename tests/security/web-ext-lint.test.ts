/**
 * The Firefox build passes Mozilla's own linter (web-ext lint, the checks
 * addons.mozilla.org runs) with no errors. Guards the Firefox manifest keys
 * (gecko id, data_collection_permissions, min versions) and anything in the
 * bundles AMO would refuse. Warnings are printed, not failed: the remaining
 * ones are Preact's innerHTML branch and zod's guarded Function probe (see
 * manifest.test.ts, which pins those down exactly).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { buildExtension, PROJECT_ROOT } from '@/tests/support/built-extension';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

let report: LintReport;

beforeAll(async () => {
  const dir = buildExtension('firefox');
  // web-ext exits non-zero when it finds errors; the JSON report is what we judge.
  const out = await promisify(execFile)(
    'npx',
    ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  report = JSON.parse(out.stdout) as LintReport;
  const line = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}: ${m.message}`;
  console.log(
    `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings\n` +
      [...report.errors, ...report.warnings].map(line).join('\n'),
  );
}, 180_000);

it('web-ext lint finds no errors in the Firefox build', () => {
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
});

it('no manifest warnings either (min versions match the keys used)', () => {
  expect(report.warnings.filter((w) => w.file === 'manifest.json').map((w) => w.code)).toEqual([]);
});
