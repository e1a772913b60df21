/**
 * The built manifests and bundles (Chrome and Firefox) ask for no more than
 * Microlens needs and carry no remote or string-evaluated code. Each check
 * names the protection it guards; loosening any of them fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, filesUnder, readManifest, type Target } from '@/tests/support/built-extension';

const SITES = ['https://www.instagram.com/*', 'https://www.tiktok.com/*'];

/**
 * Every API permission allowed, with why. Anything else in a built manifest fails.
 * - unlimitedStorage: months of history in IndexedDB must not hit the quota.
 * - storage: the overlay's language and mode, mirrored by the worker so the
 *   card paints without waiting for it (lib/overlay-card/prefs.ts). No install warning.
 * - scripting (Chrome only): after an update the new worker re-injects the
 *   content scripts into open creator tabs (Chrome does not); the host
 *   permissions above already bound where it can inject.
 */
const ALLOWED_PERMISSIONS: Record<Target, string[]> = {
  chrome: ['unlimitedStorage', 'storage', 'scripting'],
  firefox: ['unlimitedStorage', 'storage'],
};

interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  include_globs?: string[];
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  js?: string[];
}

const built: Partial<Record<Target, { dir: string; manifest: Record<string, unknown> }>> = {};

beforeAll(() => {
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = buildExtension(target);
    built[target] = { dir, manifest: readManifest(dir) };
  }
}, 120_000);

/** Zod's own feature probe, `try { return Function(''), true } catch {…}`, as minified. */
const ZOD_PROBE = /try\{return Function\(``\),!0\}catch\{return!1\}/g;
/** Zod's parser compiler (`const F = Function; new F(...)`), only reached when jit is on. */
const ZOD_COMPILE = /compile\(\)\{let (\w+)=Function,\w+=this\?\.content\?\?\[``\];return new \1\(/g;
/** Any other way to reach the Function constructor or eval from a string. */
const EVAL_LIKE =
  /(?<![\w$.])(?:eval\s*\(|new\s+Function\b|Function\s*\(|setTimeout\(\s*[`'"]|setInterval\(\s*[`'"])/g;

describe.each(['chrome', 'firefox'] as const)('%s build', (target) => {
  const manifest = () => built[target]!.manifest;
  const dir = () => built[target]!.dir;

  it('asks for the two sites only (host permissions, optional ones too)', () => {
    expect([...(manifest().host_permissions as string[])].sort()).toEqual(SITES);
    // Optional permissions would let a later prompt widen access: none at all.
    expect(manifest().optional_permissions).toBeUndefined();
    expect(manifest().optional_host_permissions).toBeUndefined();
  });

  it('asks for no API permission beyond the justified ones', () => {
    const permissions = (manifest().permissions as string[]) ?? [];
    expect(permissions.filter((p) => !ALLOWED_PERMISSIONS[target].includes(p))).toEqual([]);
    // Host patterns belong in host_permissions, never smuggled into permissions.
    expect(permissions.some((p) => p.includes('://') || p === '<all_urls>')).toBe(false);
  });

  it('runs content scripts on the two sites only, top-level documents, no about:blank', () => {
    const scripts = manifest().content_scripts as ContentScript[];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.matches?.every((m) => SITES.includes(m))).toBe(true);
      expect(script.include_globs).toBeUndefined();
      expect(script.match_about_blank ?? false).toBe(false);
      expect(script.match_origin_as_fallback ?? false).toBe(false);
    }
  });

  it('no web page or other extension can message it; default CSP; no exposed resources', () => {
    // externally_connectable would open runtime.sendMessage to web pages.
    expect(manifest().externally_connectable).toBeUndefined();
    // The default MV3 CSP (script-src 'self') is the strictest useful one.
    expect(manifest().content_security_policy).toBeUndefined();
    // Nothing fetchable from the pages (a fingerprinting surface): none, or only for the two sites.
    const war = (manifest().web_accessible_resources as { matches?: string[] }[] | undefined) ?? [];
    for (const entry of war) expect(entry.matches?.every((m) => SITES.includes(m))).toBe(true);
    // No self-hosted update channel: updates come from the browser's store only.
    expect(manifest().update_url).toBeUndefined();
  });

  it('extension pages load scripts from the package only', () => {
    const html = filesUnder(dir()).filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(0);
    for (const file of html) {
      const text = readFileSync(join(dir(), file), 'utf8');
      const srcs = [...text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']+)["']/gi)].map(
        (m) => m[1] ?? '',
      );
      expect(
        srcs.filter((s) => /^(?:[a-z]+:)?\/\//i.test(s)),
        file,
      ).toEqual([]);
      // MV3 refuses inline scripts anyway; keep pages free of them.
      expect(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(text), file).toBe(false);
    }
  });

  it('no eval: the Function constructor appears only in zod, and zod runs jitless', () => {
    const js = filesUnder(dir()).filter((f) => f.endsWith('.js'));
    const findings: string[] = [];
    let zodFiles = 0;
    for (const file of js) {
      const text = readFileSync(join(dir(), file), 'utf8');
      const probes = text.match(ZOD_PROBE)?.length ?? 0;
      const compiles = text.match(ZOD_COMPILE)?.length ?? 0;
      const rest = text.replace(ZOD_PROBE, '').replace(ZOD_COMPILE, '');
      for (const m of rest.matchAll(EVAL_LIKE)) {
        findings.push(`${file}: …${rest.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
      }
      if (probes + compiles > 0) {
        zodFiles++;
        // z.config({ jitless: true }) (lib/schema/zod-jitless.ts) must ship beside zod, or zod probes
        // `Function('')` under the extension CSP and may compile parsers from strings.
        expect(text, `${file} bundles zod without z.config({ jitless: true })`).toMatch(/\(\{jitless:!0\}\)/);
      }
    }
    expect(findings).toEqual([]);
    // The background validates every message with zod: the check above did run.
    expect(zodFiles).toBeGreaterThan(0);
  });

  it('content scripts carry no zod (the background validates what they send)', () => {
    const scripts = filesUnder(dir()).filter((f) => f.startsWith('content-scripts/') && f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const file of scripts) {
      expect(readFileSync(join(dir(), file), 'utf8'), file).not.toMatch(ZOD_PROBE);
    }
  });
});
