/**
 * The project's import graph, read from the source text: what each file
 * imports (another project file, or a package), and the layout rules the
 * architecture tests hold it to (tests/architecture). Plain text scanning on
 * purpose: no compiler, so the rules run in a second and read as a list.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

export interface SourceFile {
  /** Project-relative, with forward slashes. */
  path: string;
  text: string;
}

/** A file's import of something: `target` is a project path (no extension) or `pkg:<name>`. */
export interface Import {
  from: string;
  spec: string;
  target: string;
}

const SOURCE = /\.(ts|tsx|mts)$/;
const TOP_FOLDERS = ['lib', 'components', 'entrypoints', 'scripts', 'tests'];

/** Every source file of the project under its top folders (captured pages and build output excluded). */
export function projectSources(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (SOURCE.test(name)) out.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  for (const top of TOP_FOLDERS) walk(top);
  return out;
}

/** Every file and folder path under the top folders, for the naming rule. */
export function projectPaths(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      out.push(path);
      if (statSync(join(root, path)).isDirectory()) walk(path);
    }
  };
  for (const top of TOP_FOLDERS) walk(top);
  return out;
}

/** Comments out, so an example in a comment is not an import (strings stay: specifiers are strings). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/**
 * Code as the import scan sees it: no comments, and double-quoted and template
 * strings emptied (specifiers are single-quoted, the formatter's style; code
 * quoted inside another string, as in these tests' own cases, is not an import).
 */
function codeOf(text: string): string {
  return withoutComments(text)
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/`(?:[^`\\]|\\.)*`/g, '``');
}

const SPECIFIER = new RegExp(
  [
    // import … from '…' / export … from '…' (possibly over several lines)
    String.raw`^\s*(?:import|export)\s[^;'"]*?\bfrom\s*'([^'\n]+)'`,
    // import '…' (side effect)
    String.raw`^\s*import\s*'([^'\n]+)'`,
    // import('…'), vi.mock('…'), vi.importActual('…')
    String.raw`(?:\bimport|\bvi\.mock|\bvi\.importActual)\(\s*'([^'\n]+)'`,
  ].join('|'),
  'gm',
);

export function importsOf(file: SourceFile): Import[] {
  const out: Import[] = [];
  for (const m of codeOf(file.text).matchAll(SPECIFIER)) {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    out.push({ from: file.path, spec, target: targetOf(file.path, spec) });
  }
  return out;
}

function targetOf(from: string, spec: string): string {
  const strip = (p: string) => p.replace(/\.(ts|tsx|mts)$/, '').replace(/\/index$/, '');
  if (spec.startsWith('@/')) return strip(posix.normalize(spec.slice(2)));
  if (spec.startsWith('.')) return strip(posix.normalize(posix.join(posix.dirname(from), spec)));
  const parts = spec.split('/');
  return `pkg:${spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]}`;
}

const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.startsWith('tests/');
const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** Extension APIs: the packages that carry them, and their globals. */
const EXTENSION_PACKAGES = new Set([
  'pkg:wxt',
  'pkg:webextension-polyfill',
  'pkg:@wxt-dev/webextension-polyfill',
]);
const EXTENSION_GLOBAL = /(?<![\w.$])(browser|chrome)\s*\.\s*[A-Za-z_$]/;

interface ImportRule {
  why: string;
  applies: (from: string) => boolean;
  forbids: (target: string) => boolean;
}

/**
 * The layout's boundaries, each with why. They hold for what ships, not for
 * tests: a test may hand lib/ code WXT's real context, or seed the store.
 */
export const IMPORT_RULES: readonly ImportRule[] = [
  {
    why: 'lib/ is the pure core: it never imports components/ (UI and extension glue)',
    applies: (f) => under(f, 'lib'),
    forbids: (t) => under(t, 'components'),
  },
  {
    why: 'lib/ never imports entrypoints/ (entrypoints import lib, not the other way round)',
    applies: (f) => under(f, 'lib'),
    forbids: (t) => under(t, 'entrypoints'),
  },
  {
    why: 'lib/ never imports extension APIs: entrypoints and components/ pass them in as parameters',
    applies: (f) => under(f, 'lib'),
    forbids: (t) => EXTENSION_PACKAGES.has(t),
  },
  {
    why: 'site readers (lib/sites) only read pages: they never import the store',
    applies: (f) => under(f, 'lib/sites'),
    forbids: (t) => under(t, 'lib/store'),
  },
  {
    why: 'the store never imports the message protocol: its data types live in lib/schema',
    applies: (f) => under(f, 'lib/store'),
    forbids: (t) => under(t, 'lib/protocol'),
  },
  {
    why: 'UI (components/) never imports the store: it asks the background worker',
    applies: (f) => under(f, 'components'),
    forbids: (t) => under(t, 'lib/store'),
  },
];

/** Every boundary crossed, one line each: `file imports 'spec': why`. */
export function boundaryViolations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    if (isTest(file.path)) continue;
    for (const imp of importsOf(file)) {
      for (const rule of IMPORT_RULES) {
        if (rule.applies(file.path) && rule.forbids(imp.target))
          out.push(`${file.path} imports '${imp.spec}': ${rule.why}`);
      }
    }
    if (under(file.path, 'lib')) {
      const code = codeOf(file.text);
      const hit = code.match(EXTENSION_GLOBAL);
      if (hit)
        out.push(`${file.path} uses '${hit[0]}…': lib/ never touches the browser/chrome extension globals`);
    }
  }
  return out;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;

/**
 * Not held to the naming rules: a folder's README keeps its conventional name;
 * tests/pages and scripts/*\/pages hold captured or hand-built pages named after
 * the account they show.
 */
const NAMING_EXEMPT = (path: string) =>
  path.endsWith('/README.md') || /^tests\/pages\/.+/.test(path) || /^scripts\/[^/]+\/pages\/.+/.test(path);

/** File and folder names in kebab-case; imports `@/` across folders, `./name` only within one. */
export function namingViolations(paths: readonly string[], files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (NAMING_EXEMPT(path)) continue;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!KEBAB.test(name)) out.push(`${path}: file and folder names are kebab-case`);
  }
  for (const file of files) {
    for (const imp of importsOf(file)) {
      if (imp.spec.startsWith('../') || /^\.\/.*\//.test(imp.spec))
        out.push(`${file.path} imports '${imp.spec}': outside its own folder, import with '@/'`);
    }
  }
  return out;
}
