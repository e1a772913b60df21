/**
 * Selectors as data: every element a site reader looks for is one named entry of
 * its site's table (lib/sites/<site>/selectors.ts), commented with why it is
 * there, and tied to the fixtures it must match by a second table with the same
 * keys (kept out of the content scripts by tree-shaking: only tests import it).
 * tests/unit/sites/selector-tables.test.ts checks every entry against its
 * fixtures, so a selector that matches nothing is found before users meet it;
 * `inspect` and the "site changed" notice list which entries a page matched.
 */
export type AnchorTable = Readonly<Record<string, string>>;

/**
 * Fixtures per entry: "real:<site>/<file>" for captures in ../shared/fixtures,
 * "page:<site>/<file>" for pages in tests/pages.
 */
export type AnchorFixtures<T extends AnchorTable> = Readonly<Record<keyof T, readonly string[]>>;

/** Names of the table's entries that match something on the page. */
export function matchedAnchors(root: ParentNode, table: AnchorTable): string[] {
  const out: string[] = [];
  for (const [name, css] of Object.entries(table)) {
    try {
      if (root.querySelector(css) !== null) out.push(name);
    } catch {
      // A selector the engine rejects matches nothing (the fixture test reports it).
    }
  }
  return out;
}
