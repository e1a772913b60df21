/**
 * Reads a count as a page shows it, in the page's interface language: "3,351",
 * "1.1M", "12,5 rb", "293,3 mil", "12,5 tys.", "1,2 M", "1.2万", "12만", "1.2萬",
 * "١٫٢ ألف", "१.२ लाख", "๑.๒K". Correct or unknown: text that could mean two
 * different counts, or is not one count, gives `{ ok: false, reason }`.
 *
 * - Digits: Arabic-Indic, Persian, Devanagari and Thai digits are read as 0–9;
 *   "٫" is a decimal and "٬" a group separator.
 * - Separators: several identical ones group thousands (Hindi also groups by
 *   two: "12,34,567"); both "." and "," → the last is decimal; no-break and thin
 *   spaces before three digits group (French, Polish, Russian). One separator
 *   before exactly three digits is a thousands separator when no unit follows
 *   (counts are whole); with a unit the language's decimal separator decides.
 * - Units: the language's own compact words (CLDR, as Intl.NumberFormat writes
 *   them, and the long forms), then the English K/M/B. A unit that means
 *   something else in English ("M" = miliar in Indonesian, "B" = bin = thousand
 *   in Turkish) follows the language when the decimal separator is the
 *   language's own ("1,2 M"), English when it is a dot in a comma language
 *   ("1.2M"); without a decimal, set apart by a space it follows the language
 *   ("2 M", as Intl writes it), glued ("2M") it is refused.
 * - Precision: without a unit the count is exact. With a unit of size u (the
 *   last shown digit: 100 for "1.2K", 10,000 for "12万"), the true count lies in
 *   value − u/2 … value + u − 1: the sites round (Intl rounds half up) or
 *   truncate (Instagram showed 46,383,825 as "46.3m"), and the range holds both.
 */
import type { ParsedCount } from '@/lib/counts/parse-count';
import { countFromParsed } from '@/lib/counts/to-count';
import type { Count } from '@/lib/schema/reading';

export type Lang =
  | 'id'
  | 'en'
  | 'ms'
  | 'es'
  | 'pt'
  | 'fr'
  | 'de'
  | 'it'
  | 'nl'
  | 'pl'
  | 'tr'
  | 'ru'
  | 'ar'
  | 'hi'
  | 'th'
  | 'vi'
  | 'tl'
  | 'ko'
  | 'ja'
  | 'zh-Hans'
  | 'zh-Hant';

/** The interface languages the readers know (zh-Hans and zh-Hant are told apart by langOf). */
const LANGS = [
  'id',
  'en',
  'ms',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'tr',
  'ru',
  'ar',
  'hi',
  'th',
  'vi',
  'tl',
  'ko',
  'ja',
] as const;

/** Languages whose decimal separator is a comma ("12,5"). */
const COMMA_DECIMAL: ReadonlySet<Lang> = new Set([
  'id',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'tr',
  'ru',
  'vi',
]);
/** Languages that group digits with a plain space too ("1 234"). */
const SPACE_GROUPS: ReadonlySet<Lang> = new Set(['fr', 'pl', 'ru']);

/** The English units, understood in every language (TikTok shows "783.4K" in most). */
const ENGLISH: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  m: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
};

/**
 * Compact units per language (lower-case, without a trailing dot): the short
 * forms Intl.NumberFormat's compact notation writes (what the sites show), and
 * the long forms where they are as short. Thai and Filipino write K/M/B (English). A long form left out ("1 tysiąc",
 * "2 Millionen") is refused by MAGNITUDE_LOOKALIKE, never read as a plain number.
 */
// biome-ignore format: one language per line
const UNITS: Readonly<Partial<Record<Lang, Readonly<Record<string, number>>>>> = {
  id: { rb: 3, ribu: 3, jt: 6, juta: 6, m: 9, miliar: 9, milyar: 9 },
  en: ENGLISH,
  ms: { ribu: 3, j: 6, juta: 6, b: 9, bilion: 9 },
  es: { mil: 3, m: 6, mill: 6, 'millón': 6, millones: 6, 'mil millones': 9 },
  pt: { mil: 3, mi: 6, 'milhão': 6, 'milhões': 6, bi: 9, mm: 9, 'bilhão': 9, 'bilhões': 9, 'mil milhões': 9 },
  fr: { k: 3, m: 6, md: 9 },
  de: { tsd: 3, mio: 6, mrd: 9 },
  it: { k: 3, mln: 6, mld: 9 },
  nl: { k: 3, mln: 6, mld: 9 },
  pl: { tys: 3, mln: 6, mld: 9 },
  tr: { b: 3, bin: 3, mn: 6, milyon: 6, mr: 9, milyar: 9 },
  ru: { 'тыс': 3, 'млн': 6, 'млрд': 9 },
  ar: { 'ألف': 3, 'آلاف': 3, 'مليون': 6, 'ملايين': 6, 'مليار': 9 },
  hi: { 'हज़ार': 3, 'हजार': 3, 'लाख': 5, 'क': 7, 'अ': 9 },
  vi: { n: 3, 'nghìn': 3, 'ngàn': 3, tr: 6, 'triệu': 6, t: 9, 'tỷ': 9, 'tỉ': 9 },
  ko: { '천': 3, '만': 4, '억': 8 },
  ja: { '千': 3, '万': 4, '億': 8 },
  'zh-Hans': { '千': 3, '万': 4, '亿': 8 },
  'zh-Hant': { '千': 3, '萬': 4, '万': 4, '億': 8 },
};

/** Without a known language: the English units and the forms our own users' pages use. */
const ANY_LANGUAGE: Readonly<Record<string, number>> = {
  ...ENGLISH,
  rb: 3,
  ribu: 3,
  mil: 3,
  jt: 6,
  juta: 6,
  mi: 6,
  mio: 6,
  mln: 6,
  millones: 6,
  milhões: 6,
  miliar: 9,
  milyar: 9,
  bi: 9,
  // Unambiguous wherever they appear (Chinese, Japanese, Korean myriads).
  ...UNITS.ko,
  ...UNITS.ja,
  ...UNITS['zh-Hans'],
  ...UNITS['zh-Hant'],
};

/**
 * Words that look like a magnitude but are not in the tables: refuse rather than
 * read "1 tysiąc" as 1 (a word the tables miss would otherwise pass as a label).
 */
const MAGNITUDE_LOOKALIKE =
  /^(mil|bil|jut|rib|thous|tri|lakh|crore|tys|mln|mld|mrd|mio|tausend|duizend|miljo|miljar|libo|nghìn|ngàn|triệu|tỷ|tỉ|тыс|млн|млрд|милл|ألف|آلاف|ملي|ملا|هزار|میلی|हज|लाख|करोड|अरब|พัน|หมื่น|แสน|ล้าน)/;

/** Non-Latin digit blocks: the code point of their zero. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x0e50];
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]/g;
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069]/g;
const MAX_TEXT_LENGTH = 500;

/** Interface language from a BCP 47 tag (`<html lang>`); null when it is not one we read. */
export function langOf(tag: string | null | undefined): Lang | null {
  if (typeof tag !== 'string') return null;
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const primary = parts[0] ?? '';
  if (primary === 'zh') {
    return parts.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh-Hans';
  }
  if (primary === 'in') return 'id';
  if (primary === 'fil') return 'tl';
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

function asciiDigits(text: string): string {
  return text
    .replace(OTHER_DIGITS, (d) => {
      const code = d.charCodeAt(0);
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
      return String(code - zero);
    })
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

const fail = (reason: string): ParsedCount => ({ ok: false, reason });

/** Thousands groups: the first 1–3 digits (no leading 0), the rest 3; Hindi also 2s before the last 3. */
function validGroups(groups: string[], lang: Lang | null): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3 || first.startsWith('0')) return false;
  if (rest.every((g) => g.length === 3)) return true;
  if (lang !== 'hi' || first.length > 2 || rest.length < 2) return false;
  return rest.slice(0, -1).every((g) => g.length === 2) && rest[rest.length - 1]!.length === 3;
}

type Digits = { int: string; frac: string; decimal: '.' | ',' | null } | { error: string };

function splitDigits(token: string, hasUnit: boolean, lang: Lang | null): Digits {
  // Spaces between digits only ever group.
  const spaced = token.split(/[\u00a0\u202f\u2009 ]/);
  if (spaced.length > 1 && !spaced.slice(1).every((g) => /^\d{3}(?:[.,]\d+)?$/.test(g))) {
    return { error: 'bad-grouping' };
  }
  const joined = spaced.join('');
  if (spaced.length > 1 && /[.,]/.test(spaced.slice(0, -1).join(''))) return { error: 'bad-grouping' };
  const seps = joined.replace(/\d/g, '');
  const groups = joined.split(/[.,]/);
  if (seps.length === 0) {
    if (spaced.length > 1 && !validGroups(spaced, lang)) return { error: 'bad-grouping' };
    return { int: joined, frac: '', decimal: null };
  }
  if (new Set(seps).size === 2) {
    const decimal = seps[seps.length - 1] as '.' | ',';
    if (seps.slice(0, -1).includes(decimal)) return { error: 'bad-grouping' };
    const intGroups = groups.slice(0, -1);
    if (!validGroups(intGroups, lang)) return { error: 'bad-grouping' };
    return { int: intGroups.join(''), frac: groups[groups.length - 1] ?? '', decimal };
  }
  const sep = seps[0] as '.' | ',';
  if (seps.length > 1) {
    return validGroups(groups, lang)
      ? { int: groups.join(''), frac: '', decimal: null }
      : { error: 'bad-grouping' };
  }
  const [before = '', after = ''] = groups;
  if (spaced.length > 1) return { int: before, frac: after, decimal: sep };
  const couldBeThousands = after.length === 3 && validGroups(groups, lang);
  if (!couldBeThousands) return { int: before, frac: after, decimal: sep };
  if (!hasUnit) return { int: before + after, frac: '', decimal: null };
  if (lang === null) return { error: 'ambiguous-separator' };
  const langDecimal = COMMA_DECIMAL.has(lang) ? ',' : '.';
  return sep === langDecimal
    ? { int: before, frac: after, decimal: sep }
    : { int: before + after, frac: '', decimal: null };
}

/**
 * The unit word right after the number: one CJK/Hangul character, or a run of
 * letters (a label glued to it cut at its capital: "783.4KFollowers"), or a
 * two-word unit ("mil millones"); Tagalog's linker ("99 na libo") is skipped.
 */
function unitWordAfter(rest: string, table: Readonly<Record<string, number>>): string | null {
  const words = [...rest.slice(0, 60).matchAll(/[\p{L}\p{M}]+/gu)].slice(0, 3).map((m) => m[0]);
  if (words.length === 0 || !/^\s*[\p{L}\p{M}]/u.test(rest)) return null;
  let word = words[0]!;
  if (/^[\u3040-\u9fff\uac00-\ud7af]/.test(word)) return word[0]!;
  const glued = /^(\p{L}{1,3}?)\p{Lu}\p{Ll}/u.exec(word)?.[1];
  if (glued) return glued.toLowerCase();
  word = word.toLowerCase();
  const next = words[1]?.toLowerCase();
  if ((word === 'na' || word === 'ng') && next) return next;
  if (next && table[`${word} ${next}`] !== undefined) return `${word} ${next}`;
  return word;
}

type Unit = { exponent: number } | { error: string } | null;

function unitFor(word: string, lang: Lang | null, decimal: '.' | ',' | null, spaced: boolean): Unit {
  if (lang === null) {
    const e = ANY_LANGUAGE[word];
    return e === undefined ? null : { exponent: e };
  }
  const own = UNITS[lang]?.[word];
  const english = ENGLISH[word];
  if (own === undefined) return english === undefined ? null : { exponent: english };
  if (english === undefined || english === own) return { exponent: own };
  // The unit means one thing in this language and another in English: the separator tells.
  const commaLang = COMMA_DECIMAL.has(lang);
  // Without a decimal, a unit set apart by a space is the language's style ("12 B", "2 M"); glued
  // to the digits ("2M") it may be English: refused.
  if (decimal === null) return commaLang && !spaced ? { error: 'ambiguous-unit' } : { exponent: own };
  const englishStyle = commaLang && decimal === '.';
  return { exponent: englishStyle ? english : own };
}

/** One displayed count in the page's language (null: not known, only unambiguous text reads). */
export function parseShownCount(text: string, lang: Lang | null): ParsedCount {
  if (typeof text !== 'string') return fail('not-text');
  if (text.length > MAX_TEXT_LENGTH) return fail('too-long');
  const clean = asciiDigits(text.replace(INVISIBLE, '')).trim();
  if (clean === '') return fail('empty');
  const spaceGroup = lang !== null && SPACE_GROUPS.has(lang) ? ' ' : '';
  const token = new RegExp(
    `\\d+(?:(?:[.,]|[\\u00a0\\u202f\\u2009${spaceGroup}](?=\\d{3}(?!\\d)))\\d+)*`,
    'g',
  );
  const tokens = [...clean.matchAll(token)];
  if (tokens.length === 0) return fail('no-number');
  if (tokens.length > 1) return fail('several-numbers');
  const match = tokens[0]!;
  const start = match.index ?? 0;
  const before = clean[start - 1];
  if (before === '-' || before === '\u2212') return fail('negative');

  const after = clean.slice(start + match[0].length);
  // A count is followed by nothing, a space, a unit or label word, or a closing bracket; a
  // symbol glued to the digits ("12#", "0%", "3/4") says this text is something else.
  if (after !== '' && !/^[\s\u00a0\u202f\p{L}\p{M})\]+]/u.test(after)) return fail('not-a-count');
  const rest = after.replace(/^[\s\u00a0\u202f]+/, ' ');
  const table = lang === null ? ANY_LANGUAGE : (UNITS[lang] ?? ENGLISH);
  const word = unitWordAfter(rest, table)?.replace(/[.\u0970]+$/, '') ?? null;
  const known = word === null ? undefined : (table[word] ?? ENGLISH[word]);
  const digits = splitDigits(match[0], known !== undefined, lang);
  if ('error' in digits) return fail(digits.error);

  let exponent = 0;
  if (word !== null) {
    const unit = unitFor(word, lang, digits.decimal, /^\s/.test(rest));
    if (unit !== null && 'error' in unit) return fail(unit.error);
    if (unit !== null) exponent = unit.exponent;
    else if (MAGNITUDE_LOOKALIKE.test(word) || (word.length === 1 && /\p{Ll}/u.test(word))) {
      return fail('unknown-unit');
    }
  }
  const { int, frac } = digits;
  if (frac.length > 0 && exponent === 0) return fail('fraction');
  if (frac.length > exponent) return fail('too-precise');
  const mantissa = Number(int + frac);
  const unit = 10 ** (exponent - frac.length);
  const value = mantissa * unit;
  if (!Number.isSafeInteger(mantissa) || !Number.isSafeInteger(value)) return fail('too-large');
  const min = Math.max(0, value - Math.floor(unit / 2));
  const max = Math.min(Number.MAX_SAFE_INTEGER, value + unit - 1);
  return { ok: true, value, exact: unit === 1, min, max };
}

/**
 * A shown figure as a Count with where it was read and the raw text; null when
 * the text is not one count (the figure stays unknown rather than becoming 0).
 */
export function countFromShown(
  text: string | null | undefined,
  lang: Lang | null,
  source: 'dom' | 'meta' | 'attribute',
): Count | null {
  if (typeof text !== 'string') return null;
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > 60) return null;
  return countFromParsed(parseShownCount(t, lang), source, t);
}
