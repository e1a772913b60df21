/**
 * The BUILT extension, as a store would receive it: the security tests read
 * the generated manifests and bundles, not the config that produces them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type Target = 'chrome' | 'firefox';

/** Builds one browser's extension into a fresh temp directory; returns e.g. <tmp>/chrome-mv3. */
export function buildExtension(browser: Target): string {
  const outDir = mkdtempSync(join(tmpdir(), `microlens-${browser}-build-`));
  execFileSync('npx', ['tsx', join(PROJECT_ROOT, 'tests/support/build-extension.mts'), browser, outDir], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  return join(outDir, `${browser}-mv3`);
}

export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Every file under dir, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}
