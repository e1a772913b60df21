/**
 * Many terms, matched in one pass over a text's tokens. Built once per brief
 * set (taxonomy + brief keywords), then reused for every creator: a creator's
 * text is walked once, whatever the number of briefs.
 */
import { PrefixFilter } from './prefix-filter';
import { type NormalTerm, normalizeTerm, type TokenizedText } from './tokenize';

export interface IndexedTerm {
  id: number;
  /** As written in the taxonomy or the brief, for explanations. */
  text: string;
  norm: NormalTerm;
  /** Evidence groups (a niche, a brief's keywords, one excluded word…) this term counts for. */
  groups: number[];
}

interface SeqEntry {
  id: number;
  rest: readonly string[];
}

export class TermIndex {
  readonly terms: IndexedTerm[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly seq = new Map<string, SeqEntry[]>();
  private readonly compact = new Map<string, number[]>();
  /** First words of the terms, by prefix: most tokens are none and skip the map (a token and its singular share the prefix). */
  private readonly firstWords = new PrefixFilter();

  /** Registers a term for a group; the same term in several groups is stored once. */
  add(text: string, group: number): IndexedTerm | null {
    const norm = normalizeTerm(text);
    if (!norm) return null;
    const key = (norm.hashtagOnly ? '#' : '') + norm.tokens.join(' ');
    const known = this.byKey.get(key);
    if (known !== undefined) {
      const term = this.terms[known]!;
      if (!term.groups.includes(group)) term.groups.push(group);
      return term;
    }
    const id = this.terms.length;
    const term: IndexedTerm = { id, text: text.trim(), norm, groups: [group] };
    this.terms.push(term);
    this.byKey.set(key, id);
    push(this.compact, norm.compact, id);
    if (!norm.hashtagOnly) {
      const [first, ...rest] = norm.tokens;
      this.firstWords.add(first!);
      const list = this.seq.get(first!);
      const entry = { id, rest };
      if (list) list.push(entry);
      else this.seq.set(first!, [entry]);
    }
    return term;
  }

  /** Whether `text` is a known term (e.g. "anti aging", so the word after "anti" is not negated). */
  has(text: string): boolean {
    const norm = normalizeTerm(text);
    return norm !== null && this.byKey.has(norm.tokens.join(' '));
  }

  /** All words the terms are made of: the dictionary for hashtag segmentation. */
  vocabulary(): Set<string> {
    const out = new Set<string>();
    for (const t of this.terms) if (!t.norm.hashtagOnly) for (const w of t.norm.tokens) out.add(w);
    return out;
  }

  /** Calls `hit` for each term found in the text (possibly more than once per term). */
  match(text: TokenizedText, hit: (termId: number) => void): void {
    for (const sequence of text.sequences) {
      for (let i = 0; i < sequence.length; i++) {
        const tok = sequence[i]!;
        if (!this.firstWords.mayContain(tok)) continue;
        let entries = this.seq.get(tok);
        if (!entries) {
          // Most tokens are no term at all: look up the singular only when it differs.
          const one = singular(tok);
          if (one === tok) continue;
          entries = this.seq.get(one);
          if (!entries) continue;
        }
        for (const e of entries) {
          if (e.rest.length === 0 || restMatches(sequence, i + 1, e.rest)) hit(e.id);
        }
      }
    }
    for (const alias of text.aliases) {
      const ids = this.compact.get(alias);
      if (ids) for (const id of ids) hit(id);
    }
  }
}

function restMatches(sequence: readonly string[], start: number, rest: readonly string[]): boolean {
  if (start + rest.length > sequence.length) return false;
  for (let j = 0; j < rest.length; j++) {
    const tok = sequence[start + j]!;
    const want = rest[j]!;
    if (tok !== want && singular(tok) !== want) return false;
  }
  return true;
}

/** English plural to singular, cheaply: "serums" → "serum". Short words are left alone ("bus", "gas"). */
function singular(tok: string): string {
  return tok.length > 3 && tok.endsWith('s') && !tok.endsWith('ss') ? tok.slice(0, -1) : tok;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
