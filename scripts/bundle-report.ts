/**
 * What each site's content script is made of, and what it weighs.
 *
 *   npx tsx scripts/bundle-report.ts              WXT build into .output/size-report + breakdown
 *   npx tsx scripts/bundle-report.ts --no-build   breakdown only (sizes of .output/chrome-mv3)
 *   … --all                                        every file of each group, not only the three biggest
 *
 * Figure of record: the real `wxt build` files (raw and gzip). It is built into
 * its own directory so another engineer's .output/chrome-mv3 is left alone.
 * Breakdown: esbuild bundles each content script the way WXT wraps it (the
 * entrypoint's main() called with a ContentScriptContext), minified, and its
 * metafile says how many output bytes each package or folder contributes.
 * Rolldown (WXT's bundler) minifies slightly differently, so the breakdown's
 * total is close to, not equal to, the real file; it is for finding the cause.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { buildExtension } from '@/scripts/demo/build';

const ROOT = join(import.meta.dirname, '..');
const SITES = ['instagram', 'tiktok'] as const;
const BUDGET_KB = 40;
const KB = 1024;

/** The real build's `wxt/browser` for content scripts (see wxt.config.ts). */
async function contentBrowserModule(): Promise<string> {
  const config = (await import('@/wxt.config')) as { CONTENT_SCRIPT_BROWSER?: string };
  return config.CONTENT_SCRIPT_BROWSER ?? 'webextension-polyfill';
}

/** WXT's auto-imports, as an esbuild inject file: the entrypoints use them without importing. */
const AUTO_IMPORTS = `
export { browser } from 'wxt/browser';
export { defineContentScript } from 'wxt/utils/define-content-script';
`;

function wxtLikeResolution(browserModule: string): Plugin {
  return {
    name: 'wxt-like',
    setup(b) {
      b.onResolve({ filter: /^virtual:auto-imports$/ }, () => ({
        path: 'auto-imports',
        namespace: 'virtual',
      }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: AUTO_IMPORTS, resolveDir: ROOT }));
      b.onResolve({ filter: /^wxt\/browser$/ }, (args) =>
        b.resolve(browserModule, { kind: args.kind, resolveDir: ROOT }),
      );
    },
  };
}

async function breakdown(site: string, browserModule: string): Promise<Metafile> {
  const result = await build({
    stdin: {
      contents: `
        import definition from './entrypoints/${site}.content.ts';
        import { ContentScriptContext } from 'wxt/utils/content-script-context';
        const { main, ...options } = definition;
        main(new ContentScriptContext('${site}', options));
      `,
      resolveDir: ROOT,
      sourcefile: `${site}-entry.ts`,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(ROOT, 'tsconfig.json'),
    inject: ['virtual:auto-imports'],
    define: { 'import.meta.env.MODE': '"production"', 'import.meta.env.ENTRYPOINT': `"${site}"` },
    metafile: true,
    logLevel: 'error',
    plugins: [wxtLikeResolution(browserModule)],
  });
  return result.metafile;
}

/** "preact", "wxt/utils", "@wxt-dev/browser", "lib/sites", "components/overlay"… */
export function groupOf(input: string): string {
  const path = relative(ROOT, join(ROOT, input.replace(/^[a-z-]+:/, '')));
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    const pkg = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
    // WXT's runtime is worth splitting: the context vs the shadow-root UI helpers.
    if (pkg === 'wxt') return `wxt/${parts.slice(2, -1).join('/') || parts.at(-1)}`;
    return pkg;
  }
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
}

function printBreakdown(site: string, meta: Metafile): void {
  const output = Object.values(meta.outputs)[0];
  if (!output) return;
  const groups = new Map<string, { bytes: number; files: Map<string, number> }>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const g = groupOf(input);
    const entry = groups.get(g) ?? { bytes: 0, files: new Map() };
    entry.bytes += bytesInOutput;
    entry.files.set(input, bytesInOutput);
    groups.set(g, entry);
  }
  console.log(`\n${site}: esbuild breakdown, ${(output.bytes / KB).toFixed(1)} KB minified`);
  for (const [name, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
    if (g.bytes === 0) continue;
    const biggest = [...g.files]
      .sort((a, b) => b[1] - a[1])
      .slice(0, process.argv.includes('--all') ? undefined : 3)
      .map(([f, b]) => `${f.split('/').at(-1)} ${(b / KB).toFixed(1)}`)
      .join(', ');
    console.log(`  ${name.padEnd(34)} ${(g.bytes / KB).toFixed(1).padStart(6)} KB   ${biggest}`);
  }
}

function printRealSizes(extensionDir: string): void {
  console.log(`\nwxt build (${relative(ROOT, extensionDir)}), budget ${BUDGET_KB} KB minified per site:`);
  for (const name of [...SITES, 'page-bridge']) {
    const file = join(extensionDir, 'content-scripts', `${name}.js`);
    if (!existsSync(file)) {
      console.log(`  ${name}.js: missing`);
      continue;
    }
    const bytes = readFileSync(file);
    const raw = bytes.length / KB;
    const gzip = gzipSync(bytes, { level: 9 }).length / KB;
    const verdict = name === 'page-bridge' ? '' : raw <= BUDGET_KB ? '  within budget' : '  OVER budget';
    console.log(
      `  ${`${name}.js`.padEnd(16)} ${raw.toFixed(1).padStart(6)} KB raw ${gzip.toFixed(1).padStart(6)} KB gzip${verdict}`,
    );
  }
}

async function main(): Promise<void> {
  const noBuild = process.argv.includes('--no-build');
  const browserModule = await contentBrowserModule();
  for (const site of SITES) printBreakdown(site, await breakdown(site, browserModule));
  const dir = noBuild
    ? join(ROOT, '.output', 'chrome-mv3')
    : await buildExtension(join(ROOT, '.output', 'size-report'));
  printRealSizes(dir);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
