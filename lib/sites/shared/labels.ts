/**
 * Label words ("followers", "pengikut", "팔로워"…) tell which figure a piece of
 * text is. Each site keeps its own words (lib/sites/<site>/selectors.ts); this is
 * how they are matched, the same way for both.
 */
import type { Lang } from './shown-count';

/** Words per field and language, lower-case; several words separated by "|" (fewer bytes in the content scripts). */
export type LabelTable<F extends string> = Readonly<Record<F, Readonly<Partial<Record<Lang, string>>>>>;

const words = (list: string | undefined): string[] => (list ? list.split('|') : []);

/** Scripts that separate words with spaces: a label must stand alone there ("posts", not "reposts"). */
const SPACED_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}]/u;

function foundAt(text: string, word: string): boolean {
  let i = text.indexOf(word);
  while (i >= 0) {
    if (!SPACED_SCRIPT.test(word)) return true;
    const before = text[i - 1] ?? ' ';
    const after = text[i + word.length] ?? ' ';
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) return true;
    i = text.indexOf(word, i + 1);
  }
  return false;
}

/**
 * Which field `text` is labelled as, in the page's language (then English):
 * or in every language when the page declares none we know. The longest word found wins ("ผู้ติดตาม" followers over "ติดตาม" following,
 * "takipçi" over "takip"); a tie between two fields is no answer.
 */
export function labelIn<F extends string>(text: string, table: LabelTable<F>, lang: Lang | null): F | null {
  const t = text.toLowerCase();
  let best: F | null = null;
  let bestLength = 0;
  let tie = false;
  for (const [field, list] of wordsFor(table, lang)) {
    for (const w of list) {
      if (w.length < bestLength || !foundAt(t, w)) continue;
      if (w.length === bestLength && best !== field) tie = true;
      else if (w.length > bestLength) tie = false;
      best = field;
      bestLength = w.length;
    }
  }
  return tie ? null : best;
}

/** The words to try per field for one language, split once per table and language. */
const cache = new WeakMap<object, Map<string, Array<[string, string[]]>>>();
function wordsFor<F extends string>(table: LabelTable<F>, lang: Lang | null): Array<[F, string[]]> {
  let byLang = cache.get(table);
  if (!byLang) {
    byLang = new Map();
    cache.set(table, byLang);
  }
  const key = lang ?? '*';
  let out = byLang.get(key);
  if (!out) {
    out = (Object.keys(table) as F[]).map((field) => {
      const w = table[field];
      return [field, lang === null ? allWords(table, field) : [...words(w[lang]), ...words(w.en)]];
    });
    byLang.set(key, out);
  }
  return out as Array<[F, string[]]>;
}

/** Every word of one field in every language (for the worker's tables and the fixture test). */
export function allWords<F extends string>(table: LabelTable<F>, field: F): string[] {
  return Object.values(table[field]).flatMap((w) => words(w as string));
}
