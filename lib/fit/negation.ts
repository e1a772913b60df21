/**
 * Negation, read the way a person reads a bio: "No endorse obat", "bukan dokter", "tanpa gula",
 * "gak suka kopi", "not a coffee person", "non-halal" say the creator does NOT do the thing, so
 * the words after the cue must neither count as evidence for a term nor trigger an excluded one.
 *
 * How (WHY each rule):
 * - A cue ("no", "not", "never", "dont", "without", "non", "anti", "bukan", "tidak", "tak",
 *   "tanpa", "ga", "gak", "nggak", "ngga", "enggak", "jangan", "no endorse") negates the next
 *   NEGATION_SCOPE words of its clause; a clause ends at . ! ? ; : , newlines, bullets, pipes and
 *   emoji, so "No sugar. Coffee lover" keeps "coffee", and the scope stops at a conjunction
 *   ("tidak lengket dan cocok untuk kulit berminyak" keeps "cocok…"). "GA" in capitals is a
 *   giveaway, not "ga" (no).
 * - "non" and "anti" negate one word only, and not when the two make a known term ("anti aging",
 *   "non comedogenic" are product claims, not negations).
 * - Idioms where the cue does not negate what follows are left alone: "not only", "no doubt",
 *   "gak sabar cobain" (can't wait to try), "gak kalah enak" (just as good), "nggak nyesel",
 *   "gak rugi", "not bad", "tidak hanya", "bukan cuma". "no" before a number is "No. 1".
 * - Negated words are replaced by a placeholder word that is no term, so a phrase can neither
 *   match them nor join the words around them; the negated words are returned too, so the
 *   scorer can say "mentioned only after a negation".
 * Text without any cue is returned unchanged (same tokens, same scores as before).
 */

export const NEGATION_SCOPE = 3;
/** Stands in for a negated word: matches no term, splits phrases. */
export const NEGATED_WORD = 'xnegatedx';

const CUES = new Set([
  'no',
  'not',
  'never',
  'dont',
  'doesnt',
  'didnt',
  'without',
  'non',
  'anti',
  'bukan',
  'tidak',
  'tak',
  'tanpa',
  'ga',
  'gak',
  'nggak',
  'ngga',
  'enggak',
  'engga',
  'nda',
  'ndak',
  'jangan',
]);
/** Cues that negate only the word right after them. */
const ONE_WORD_CUES = new Set(['non', 'anti']);
/** Words after a cue that make it an idiom, not a negation of what follows. */
const NOT_NEGATING_NEXT = new Set([
  'only',
  'just',
  'doubt',
  'matter',
  'bad',
  'wonder',
  'hanya',
  'cuma',
  'cuman',
  'sekadar',
  'sekedar',
  'sabar',
  'kalah',
  'nyesel',
  'nyesal',
  'menyesal',
  'rugi',
  'salah',
  'heran',
  'diragukan',
  'pernah', // "tak pernah absen" = always; "gak pernah bosan" = never tired of (positive)
  'bosen',
  'bosan',
  'kaleng',
  'lupa', // "jangan lupa pakai sunscreen" = remember to
  'ketinggalan', // "jangan ketinggalan" = don't miss out
  'forget',
  'miss',
]);

/** Words that end a cue's scope: what follows is a new statement. */
const SCOPE_ENDS = new Set([
  'dan',
  'and',
  'tapi',
  'but',
  'namun',
  'jadi',
  'so',
  'karena',
  'because',
  'soalnya',
  'yang',
  'which',
  'that',
  'cocok',
]);

/** Cheap pre-check: does the text contain any cue word at all? */
const CUE_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${[...CUES].join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const CLAUSE_SPLIT_RE = /([.!?;:,\n\r|•·/()[\]{}"“”]+|[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]+)/u;
const WORD_RE = /[\p{L}\p{N}'’-]+/gu;

export interface NegationResult {
  /** The text with negated words replaced by NEGATED_WORD. */
  text: string;
  /** Each negated stretch, as written ("endorse obat"). */
  negated: string[];
}

function norm(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase();
}

/**
 * Masks the words a negation cue governs. `isTerm(a, b)` says whether "a b" is a known term
 * (so "anti aging" stays a product claim).
 */
export function maskNegations(
  text: string,
  isTerm: (first: string, second: string) => boolean,
): NegationResult {
  if (!CUE_RE.test(text)) return { text, negated: [] };
  const negated: string[] = [];
  const parts = text.split(new RegExp(CLAUSE_SPLIT_RE.source, 'gu'));
  const out = parts.map((part, index) => {
    // Odd indices are the separators themselves.
    if (index % 2 === 1 || !CUE_RE.test(part)) return part;
    const words = [...part.matchAll(WORD_RE)].map((m) => ({ raw: m[0], at: m.index ?? 0 }));
    const masked = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      // A hyphenated "non-halal" / "anti-aging" is one match here: split its cue off.
      const pieces = norm(words[i]!.raw).split('-').filter(Boolean);
      const cue = pieces[0] ?? '';
      if (!CUES.has(cue) || words[i]!.raw === 'GA') continue;
      if (pieces.length > 1) {
        // "non-halal": the cue and its word in one token.
        if (ONE_WORD_CUES.has(cue) && !isTerm(cue, pieces[1]!)) masked.add(i);
        continue;
      }
      const next = words[i + 1] ? norm(words[i + 1]!.raw) : '';
      if (next === '' || NOT_NEGATING_NEXT.has(next) || /^\d/.test(next)) continue;
      if (ONE_WORD_CUES.has(cue)) {
        if (!isTerm(cue, next)) masked.add(i + 1);
        continue;
      }
      for (let j = i + 1; j <= i + NEGATION_SCOPE && j < words.length; j++) {
        // A second cue starts its own scope ("no A, no B" is already split by the comma).
        const w = norm(words[j]!.raw);
        if (CUES.has(w) || SCOPE_ENDS.has(w)) break;
        masked.add(j);
      }
    }
    if (masked.size === 0) return part;
    let result = '';
    let last = 0;
    let stretch: string[] = [];
    const flush = () => {
      if (stretch.length > 0) negated.push(stretch.join(' '));
      stretch = [];
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!masked.has(i)) {
        flush();
        continue;
      }
      const pieces = w.raw.split('-');
      // "non-halal": keep the cue, mask the rest.
      const keep = pieces.length > 1 && CUES.has(norm(pieces[0]!)) ? `${pieces[0]} ` : '';
      const gone = keep ? pieces.slice(1).join('-') : w.raw;
      result += `${part.slice(last, w.at)}${keep}${NEGATED_WORD}`;
      last = w.at + w.raw.length;
      stretch.push(gone);
      if (keep) flush();
    }
    flush();
    return result + part.slice(last);
  });
  return { text: out.join(''), negated };
}
