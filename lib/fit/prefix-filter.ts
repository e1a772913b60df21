/**
 * A cheap "could this word be in the set?" check by its first three
 * characters. Most words of a caption are neither a term nor a stopword;
 * turning them away here saves hashing each one for a map lookup. No false
 * negatives: a word in the set always passes. Words that share the first three
 * characters (a plural and its singular, for words over 3 letters) share the
 * answer.
 */
const SLOTS = 1 << 16;

export class PrefixFilter {
  private readonly slots = new Uint8Array(SLOTS);

  add(word: string): void {
    this.slots[prefixSlot(word)] = 1;
  }

  mayContain(word: string): boolean {
    return this.slots[prefixSlot(word)] === 1;
  }
}

/** A hash of a word's first three characters (fewer for shorter words). */
function prefixSlot(word: string): number {
  const n = word.length;
  let h = n > 0 ? word.charCodeAt(0) : 0;
  h = h * 31 + (n > 1 ? word.charCodeAt(1) : 0);
  h = h * 31 + (n > 2 ? word.charCodeAt(2) : 0);
  return h & (SLOTS - 1);
}
