/**
 * `wxt build` for Chrome through WXT's API (so it can build into any output
 * directory), with only warnings and errors printed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '@/tests/support/fixture-server';

function quietLogger(): unknown {
  const keep = new Set(['warn', 'error', 'fail', 'fatal']);
  return new Proxy(
    {},
    {
      get(_t, prop: string) {
        if (keep.has(prop)) return (...args: unknown[]) => console.error('  [wxt]', ...args);
        return () => undefined;
      },
    },
  );
}

/** Builds into `<outDir>/chrome-mv3` (default outDir: .output, as `npx wxt build`). */
export async function buildExtension(outDir = join(PROJECT_ROOT, '.output')): Promise<string> {
  const { build } = await import('wxt');
  // WXT's progress spinner writes to stdout whatever the logger says; the demo prints its own progress.
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof write;
  try {
    await build({ root: PROJECT_ROOT, outDir, logger: quietLogger() } as Parameters<typeof build>[0]);
  } finally {
    process.stdout.write = write;
  }
  const dir = join(outDir, 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`wxt build produced no extension in ${dir}`);
  return dir;
}
