/**
 * Every selector of each site's table (lib/sites/<site>/selectors.ts) must match the
 * fixtures it is tied to: a selector that matches nothing in any saved page is dead, and
 * is found here before users meet it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INSTAGRAM, INSTAGRAM_FIXTURES } from '../../../lib/sites/instagram/selectors';
import { matchedAnchors } from '../../../lib/sites/shared/anchors';
import { TIKTOK, TIKTOK_FIXTURES } from '../../../lib/sites/tiktok/selectors';
import { closeDocuments, documentFromHtml } from './instagram-doc';

afterAll(closeDocuments);

function pathOf(ref: string): string {
  const [kind, rest] = ref.split(':') as [string, string];
  return kind === 'real'
    ? join(process.cwd(), '..', 'shared', 'fixtures', rest)
    : join(process.cwd(), 'tests', 'pages', rest);
}

const docs = new Map<string, Document>();
function doc(ref: string): Document {
  let d = docs.get(ref);
  if (!d) {
    d = documentFromHtml(readFileSync(pathOf(ref), 'utf8'), 'https://example.invalid/');
    docs.set(ref, d);
  }
  return d;
}

const SITES = [
  { site: 'tiktok', table: TIKTOK, fixtures: TIKTOK_FIXTURES },
  { site: 'instagram', table: INSTAGRAM, fixtures: INSTAGRAM_FIXTURES },
] as const;

for (const { site, table, fixtures } of SITES) {
  describe(`${site} selector table`, () => {
    const names = Object.keys(table) as (keyof typeof table & keyof typeof fixtures)[];

    it('ties every entry to at least one fixture that exists', () => {
      for (const name of names) {
        const refs = fixtures[name] as readonly string[];
        expect(refs.length, String(name)).toBeGreaterThan(0);
        for (const ref of refs) expect(existsSync(pathOf(ref)), `${String(name)} → ${ref}`).toBe(true);
      }
    });

    it.each(names)('%s matches every fixture it is tied to', (name) => {
      const css = table[name] as string;
      for (const ref of fixtures[name] as readonly string[]) {
        expect(doc(ref).querySelector(css), `${String(name)} (${css}) in ${ref}`).not.toBeNull();
      }
    });

    it('matchedAnchors lists the entries a page matches', () => {
      const first = (fixtures[names[0]!] as readonly string[])[0]!;
      expect(matchedAnchors(doc(first), table)).toContain(names[0]);
      expect(matchedAnchors(documentFromHtml('<p>nothing</p>', 'https://example.invalid/'), table)).toEqual(
        [],
      );
    });
  });
}
