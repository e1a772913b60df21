/**
 * One-command demo (scripts/demo/README.md):
 *
 *   npm run demo [-- --no-build] [--headless] [--out <dir>]
 *
 * With a display: a Chromium window with Microlens on a sample creator, left
 * open until you close it. Without one (or --headless): screenshots and a CSV
 * export in demo-output/, paths printed, exit 0. Exit 1 when something failed.
 */
import { pathToFileURL } from 'node:url';
import { DemoError, type DemoOptions, runDemo } from '@/scripts/demo/run-demo';

export { type DemoOptions, type DemoResult, runDemo } from '@/scripts/demo/run-demo';

const USAGE = 'usage: npm run demo [-- --no-build] [--headless] [--out <dir>]';

export function parseDemoArgs(argv: string[]): DemoOptions | 'help' {
  const opts: DemoOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') opts.build = false;
    else if (a === '--headless') opts.headless = true;
    else if (a === '--out') {
      const dir = argv[++i];
      if (!dir) throw new DemoError('--out needs a directory');
      opts.outDir = dir;
    } else if (a?.startsWith('--out=')) opts.outDir = a.slice('--out='.length);
    else if (a === '--help' || a === '-h') return 'help';
    else throw new DemoError(`unknown option ${a}\n${USAGE}`);
  }
  return opts;
}

async function main(): Promise<number> {
  const started = Date.now();
  try {
    const opts = parseDemoArgs(process.argv.slice(2));
    if (opts === 'help') {
      console.log(USAGE);
      return 0;
    }
    const result = await runDemo(opts);
    for (const w of result.warnings) console.warn(`warning: ${w}`);
    if (result.files.length > 0) {
      console.log(`\nDemo output (${((Date.now() - started) / 1000).toFixed(0)} s):`);
      for (const f of result.files) console.log(`  ${f}`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof DemoError ? error.message : error);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => process.exit(code));
}
