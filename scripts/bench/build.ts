/**
 * Builds and zips the Chrome extension once per bench run, into its own
 * directory (.output/bench/) so another engineer's build in .output/chrome-mv3
 * cannot swap the extension out halfway through a measurement.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '@/tests/support/fixture-server';

/**
 * MICROLENS_BENCH_OUT: a private output directory, so two engineers benching at
 * once on the shared machine do not rebuild each other's extension mid-run.
 */
export const BENCH_OUT = process.env.MICROLENS_BENCH_OUT ?? join(PROJECT_ROOT, '.output', 'bench');
export const BENCH_EXTENSION_DIR = join(BENCH_OUT, 'chrome-mv3');

export interface BuiltExtension {
  dir: string;
  /** Null with --prebuilt. */
  zip: string | null;
  buildMs: number;
}

/**
 * Runs `fn` with stdout/stderr captured: WXT's progress spinner would garble
 * the bench output. The capture is printed (without colours) only on failure.
 */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  let captured = '';
  const capture = ((chunk: string | Uint8Array) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = capture;
  process.stderr.write = capture;
  try {
    return await fn();
  } catch (error) {
    process.stdout.write = out;
    process.stderr.write = err;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal colour codes
    const plain = captured.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').split('\n');
    console.error(
      plain
        .filter((l) => l.trim())
        .slice(-30)
        .join('\n'),
    );
    throw error;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

let pending: Promise<BuiltExtension> | null = null;

/**
 * `--prebuilt`: use the build already in .output/chrome-mv3 (e.g. while a
 * half-landed change elsewhere breaks the build); the zip is then not measured.
 */
export function usePrebuilt(): void {
  const dir = join(PROJECT_ROOT, '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`--prebuilt: no build in ${dir}`);
  pending = Promise.resolve({ dir, zip: null, buildMs: 0 });
}

/** `wxt zip` (which builds first); memoised so every group shares one build. */
export function buildExtension(): Promise<BuiltExtension> {
  pending ??= (async () => {
    const { zip } = await import('wxt');
    const started = performance.now();
    const files = await quietly(() => zip({ root: PROJECT_ROOT, outDir: BENCH_OUT }));
    const zipFile = files.find((f) => f.endsWith('.zip') && !f.includes('sources'));
    if (!zipFile || !existsSync(join(BENCH_EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`wxt zip produced no extension (${files.join(', ') || 'no files'})`);
    }
    return { dir: BENCH_EXTENSION_DIR, zip: zipFile, buildMs: performance.now() - started };
  })();
  return pending;
}
