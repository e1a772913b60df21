/**
 * Turns bios and captions (English, Indonesian, or both in one sentence) into
 * tokens the fit scorer can match terms against.
 *
 * Rules, in order: URLs and e-mail addresses go; hashtags and @mentions are
 * taken out first (their case still tells camelCase apart); the rest is
 * lower-cased, diacritics stripped ("café" → "cafe"), apostrophes dropped
 * ("don't" → "dont"), emoji and punctuation become spaces. Indonesian
 * reduplication ("kue-kue", "kue2") becomes the base word, with the joined
 * form kept as an alias ("jalan-jalan" → "jalanjalan", which means travel, not
 * "road"). The possessive "-nya" is removed from long words ("kopinya" → "kopi").
 * Hashtags are split into words by camelCase, digits, "_" and then a dictionary
 * segmentation over the taxonomy's vocabulary: "#skincarelokal" → skincare + lokal.
 */
import { STOPWORDS } from './stopwords';

export interface TokenizedText {
  /**
   * Word sequences to match phrases in: the running text first (stopwords kept,
   * since phrases such as "how to" contain them), then one per hashtag.
   * Read-only: a hashtag's words are shared by every text that carries it.
   */
  sequences: (readonly string[])[];
  /** Hashtag bodies, normalised, without "#". */
  hashtags: string[];
  /** Mentioned handles, lower-case, without "@". */
  mentions: string[];
  /** Joined forms matched against one-word and compact terms: hashtag bodies, reduplications, handles. */
  aliases: string[];
}

const URL_RE =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|id|co|ly|ee|me|io|net|org|link|site|shop)\b(?:\/\S*)?/gi;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HASHTAG_RE = /#([\p{L}\p{M}\p{N}_]+)/gu;
const MENTION_RE = /@([\p{L}\p{N}._]+)/gu;

/** Lower-case, no diacritics. */
export function fold(text: string): string {
  // Plain ASCII (most captions) needs no Unicode normalisation: skip the costly part.
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const NON_ASCII_RE = /[^ -~\s]/;

/**
 * Splits a run of letters into dictionary words. Cost = unknown letters + half a
 * point per piece, so known words win, but an unknown piece must be at least 3
 * letters: "kopiah" stays whole rather than become "kopi" + "ah".
 */
export class Segmenter {
  private readonly words: ReadonlySet<string>;
  private readonly maxLen: number;
  private readonly memo = new Map<string, string[]>();
  /** Hashtag body → its reading: the same tags recur across posts and creators (#ootd, #skincare). */
  private readonly tags = new Map<string, HashtagReading | null>();

  constructor(words: Iterable<string>) {
    const set = new Set<string>();
    for (const w of words) if (w.length >= 2) set.add(w);
    this.words = set;
    let max = 2;
    for (const w of set) if (w.length > max) max = w.length;
    this.maxLen = max;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  segment(word: string): string[] {
    if (word.length < 5 || this.words.has(word)) return [word];
    const hit = this.memo.get(word);
    if (hit) return hit;
    const result = this.split(word);
    // Bounded so a long bulk run cannot grow it without limit.
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(word, result);
    return result;
  }

  /** A hashtag body (without "#") read once: joined form and word sequence, or null when empty. */
  readHashtag(body: string): HashtagReading | null {
    const hit = this.tags.get(body);
    if (hit !== undefined) return hit;
    const reading = readHashtag(body, this);
    // Bounded like the segment memo.
    if (this.tags.size > 50_000) this.tags.clear();
    this.tags.set(body, reading);
    return reading;
  }

  private split(word: string): string[] {
    const n = word.length;
    const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const from = new Int32Array(n + 1).fill(-1);
    cost[0] = 0;
    for (let i = 0; i < n; i++) {
      const base = cost[i]!;
      if (base === Number.POSITIVE_INFINITY) continue;
      // Known words starting at i.
      for (let len = 2; len <= this.maxLen && i + len <= n; len++) {
        if (this.words.has(word.slice(i, i + len))) {
          const c = base + 0.5;
          if (c < cost[i + len]!) {
            cost[i + len] = c;
            from[i + len] = i;
          }
        }
      }
      // An unknown piece of 3 letters or more.
      for (let j = i + 3; j <= n; j++) {
        const c = base + (j - i) + 0.5;
        if (c < cost[j]!) {
          cost[j] = c;
          from[j] = i;
        }
      }
    }
    const pieces: string[] = [];
    for (let j = n; j > 0; ) {
      const i = from[j]!;
      if (i < 0) return [word];
      pieces.push(word.slice(i, j));
      j = i;
    }
    pieces.reverse();
    // Nothing recognised: keep the tag whole.
    if (!pieces.some((p) => this.words.has(p))) return [word];
    return pieces;
  }
}

const PLAIN_TAG_RE = /^[a-z]+$/;

/** Splits "SkincareLokal", "mpasi_6bulan", "ootd2024" on case, "_" and digits. */
function hashtagParts(body: string): string[] {
  // Most tags are plain lower-case letters: nothing to split on before the dictionary.
  if (PLAIN_TAG_RE.test(body)) return [body];
  return body
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .split(/[\s_]+/)
    .map(fold)
    .filter((p) => p.length > 0);
}

/** One word after folding: reduplication and "-nya" handled; returns the tokens and an alias if any. */
function wordTokens(raw: string, out: string[], aliases: string[]): void {
  if (raw.includes('-')) {
    const parts = raw.split('-').filter((p) => p.length > 0);
    if (parts.length === 2 && parts[0] === parts[1]) {
      out.push(stripNya(parts[0]!));
      aliases.push(parts[0]! + parts[1]!);
      return;
    }
    for (const p of parts) wordTokens(p, out, aliases);
    return;
  }
  const redup = /^([a-z]{2,})2$/.exec(raw);
  if (redup) {
    out.push(redup[1]!);
    aliases.push(redup[1]! + redup[1]!);
    return;
  }
  out.push(stripNya(raw));
}

function stripNya(word: string): string {
  return word.length >= 6 && word.endsWith('nya') ? word.slice(0, -3) : word;
}

const EDGE_HYPHENS_RE = /^-+|-+$/g;

/** Words of plain text (no hashtags or mentions in it), stopwords kept. */
export function words(text: string, aliases: string[] = []): string[] {
  const out: string[] = [];
  scanText(text, out, aliases);
  return out;
}

/**
 * Words of raw (unfolded) text in one pass, folding only where needed. The text
 * is cut at ASCII characters that are neither letters, digits, "-" nor
 * apostrophes: folding leaves those alone and works character by character, so
 * folding piece by piece gives what folding the whole text gives. A piece of
 * plain ASCII (most of any caption) only needs lower-casing; a piece with
 * other characters (accents, emoji) is folded and scanned again.
 */
function scanText(text: string, out: string[], aliases: string[]): void {
  const n = text.length;
  let start = -1;
  let upper = false;
  let other = false;
  let hyphen = false;
  let apostrophe = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 45) hyphen = true;
    // ' `
    else if (c === 39 || c === 96) apostrophe = true;
    else if (c >= 128) other = true;
    else {
      if (start >= 0) {
        const piece = text.slice(start, i);
        if (other) scanWords(fold(piece), out, aliases);
        else addWord(upper ? piece.toLowerCase() : piece, hyphen, apostrophe, out, aliases);
        start = -1;
      }
      upper = false;
      other = false;
      hyphen = false;
      apostrophe = false;
      continue;
    }
    if (start < 0) start = i;
  }
}

/**
 * One pass over folded text: a word is a run of a–z, 0–9 and "-"; apostrophes
 * inside a run are dropped so it stays one word ("don't" → "dont"); anything
 * else ends the word. Same result as splitting on /[^a-z0-9-]+/ after removing
 * apostrophes, without the intermediate strings and arrays.
 */
function scanWords(text: string, out: string[], aliases: string[]): void {
  const n = text.length;
  let start = -1;
  let hyphen = false;
  let apostrophe = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (c === 45) {
      if (start < 0) start = i;
      hyphen = true;
      continue;
    }
    // ' ’ `
    if (c === 39 || c === 0x2019 || c === 96) {
      apostrophe = true;
      continue;
    }
    if (start >= 0) {
      addWord(text.slice(start, i), hyphen, apostrophe, out, aliases);
      start = -1;
    }
    hyphen = false;
    apostrophe = false;
  }
}

/** One folded word (letters, digits, "-", maybe apostrophes): reduplication, "-nya". */
function addWord(raw: string, hyphen: boolean, apostrophe: boolean, out: string[], aliases: string[]): void {
  const word = apostrophe ? raw.replace(APOSTROPHE_RE, '') : raw;
  if (hyphen) {
    const trimmed = word.replace(EDGE_HYPHENS_RE, '');
    if (trimmed.length > 0) wordTokens(trimmed, out, aliases);
  } else if (word.length === 0) return;
  else if (word.charCodeAt(word.length - 1) === 50 /* "2" */) wordTokens(word, out, aliases);
  else out.push(stripNya(word));
}

const APOSTROPHE_RE = /['’`]/g;
const TRAILING_DOTS_RE = /\.+$/;
const HANDLE_PUNCT_RE = /[._]/g;

/** Tokenises one bio or caption. The segmenter decides how hashtags are split. */
export function tokenize(text: string, segmenter: Segmenter): TokenizedText {
  const hashtags: string[] = [];
  const mentions: string[] = [];
  const aliases: string[] = [];
  const running: string[] = [];
  const sequences: (readonly string[])[] = [running];
  // Each pass only when its marker character is present: most captions lack some.
  let rest = text;
  const hasAt = rest.includes('@');
  if (hasAt) rest = rest.replace(EMAIL_RE, ' ');
  if (rest.includes('.') || rest.includes('/')) rest = rest.replace(URL_RE, ' ');
  if (rest.includes('#')) {
    rest = rest.replace(HASHTAG_RE, (_m, body: string) => {
      addHashtag(body, segmenter, hashtags, aliases, sequences);
      return ' ';
    });
  }
  if (hasAt) {
    rest = rest.replace(MENTION_RE, (_m, handle: string) => {
      const h = fold(handle).replace(TRAILING_DOTS_RE, '');
      if (h.length > 0) {
        mentions.push(h);
        aliases.push(h.replace(HANDLE_PUNCT_RE, ''));
      }
      return ' ';
    });
  }
  // The running text's words (first in `sequences`) are read last, so hashtag and mention aliases come first.
  scanText(rest, running, aliases);
  return { sequences, hashtags, mentions, aliases };
}

/** A hashtag read once: its joined body and the words it splits into. */
export interface HashtagReading {
  joined: string;
  /** Shared between every text carrying the tag: never modified. */
  words: readonly string[];
}

const DIGITS_RE = /^[0-9]+$/;

function readHashtag(body: string, segmenter: Segmenter): HashtagReading | null {
  const parts = hashtagParts(body);
  if (parts.length === 0) return null;
  const seq: string[] = [];
  for (const part of parts) {
    if (DIGITS_RE.test(part)) {
      seq.push(part);
      continue;
    }
    for (const piece of segmenter.segment(part)) seq.push(piece);
  }
  return { joined: parts.join(''), words: seq };
}

/** Adds a hashtag given without "#" (e.g. from a post's hashtag list). */
export function addHashtag(
  body: string,
  segmenter: Segmenter,
  hashtags: string[],
  aliases: string[],
  sequences: (readonly string[])[],
): void {
  const reading = segmenter.readHashtag(body);
  if (!reading) return;
  hashtags.push(reading.joined);
  aliases.push(reading.joined);
  sequences.push(reading.words);
}

/** The words of a text with stopwords removed: what single-word evidence is made of. */
export function contentWords(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !STOPWORDS.has(t));
}

/** A term (taxonomy word, brief keyword) in the same normal form as text tokens. */
export interface NormalTerm {
  tokens: string[];
  /** The tokens joined: matched against hashtag bodies and other aliases. */
  compact: string;
  /** Given as "#tag": only a hashtag (or alias) of that body matches. */
  hashtagOnly: boolean;
}

export function normalizeTerm(term: string): NormalTerm | null {
  const trimmed = term.trim();
  if (trimmed.startsWith('#')) {
    const parts = hashtagParts(trimmed.slice(1));
    const compact = parts.join('');
    return compact.length > 0 ? { tokens: [compact], compact, hashtagOnly: true } : null;
  }
  const aliases: string[] = [];
  const tokens = words(trimmed.replace(/[#@]/g, ' '), aliases);
  if (tokens.length === 0) return null;
  // A lone stopword is no evidence of anything.
  if (tokens.length === 1 && STOPWORDS.has(tokens[0]!)) return null;
  return { tokens, compact: tokens.join(''), hashtagOnly: false };
}
