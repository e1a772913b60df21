/**
 * The i18n core: two languages, string tables per feature, and a typed lookup.
 * Pure TypeScript (no DOM, no extension APIs) so the overlay, popup and
 * dashboard share one implementation and tests run in Node.
 */

export type Lang = 'en' | 'id';
export const LANGS: readonly Lang[] = ['en', 'id'];

/** The language setting as stored in Settings.language. */
export type LangSetting = 'auto' | Lang;

/** BCP 47 locale handed to Intl for each language. */
export function localeOf(lang: Lang): 'en-US' | 'id-ID' {
  return lang === 'id' ? 'id-ID' : 'en-US';
}

/**
 * 'auto' follows the browser: the first of its preferred languages we speak wins
 * ("in" is the pre-1989 code for Indonesian some systems still report); anything
 * else falls back to English.
 */
export function resolveLang(setting: LangSetting, browserLanguages: readonly string[]): Lang {
  if (setting === 'en' || setting === 'id') return setting;
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'id' || primary === 'in') return 'id';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** A feature's strings: the English table defines the keys, Indonesian must match it. */
export type Strings<K extends string> = { en: Record<K, string>; id: Record<K, string> };

/**
 * Declares a table with compile-time key parity: every English key must exist in
 * Indonesian, and (object-literal excess property check) no extra ones.
 */
export function defineStrings<const E extends Record<string, string>>(table: {
  en: E;
  id: { [K in keyof E]: string };
}): Strings<Extract<keyof E, string>> {
  return table as Strings<Extract<keyof E, string>>;
}

export type Params = Readonly<Record<string, string | number>>;
export type T<K extends string> = (key: K, params?: Params) => string;

/**
 * Fills `{name}` with a parameter (numbers formatted for the language) and
 * `{name|one|other}` with the word for that quantity, using the language's
 * plural rules (Indonesian has no plural forms, so its strings do not use it).
 * Unknown placeholders stay visible rather than vanish, so a typo shows in tests.
 */
export function interpolate(template: string, lang: Lang, params: Params = {}): string {
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined) {
        const n = typeof value === 'number' ? value : Number(value);
        return pluralRules(lang).select(n) === 'one' ? one : other;
      }
      return typeof value === 'number' ? numberFormat(lang).format(value) : value;
    },
  );
}

/** A lookup bound to one language and table. Missing Indonesian falls back to English, then the key. */
export function createT<K extends string>(lang: Lang, dict: Strings<K>): T<K> {
  const table = dict[lang];
  const fallback = dict.en;
  return (key, params) => interpolate(table[key] || fallback[key] || key, lang, params);
}

/** Problems in a table: keys only one language has, and empty strings. Empty list means sound. */
export function checkStrings(dict: { en: Record<string, string>; id: Record<string, string> }): string[] {
  const problems: string[] = [];
  for (const [a, b] of [
    ['en', 'id'],
    ['id', 'en'],
  ] as const) {
    for (const key of Object.keys(dict[a])) {
      if (!(key in dict[b])) problems.push(`${key}: missing in ${b}`);
    }
  }
  for (const lang of LANGS) {
    for (const [key, value] of Object.entries(dict[lang])) {
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${key}: empty in ${lang}`);
    }
  }
  return problems;
}

// Intl objects are costly to build; one per language is enough.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f;
}
const plurals = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let p = plurals.get(lang);
  if (!p) {
    p = new Intl.PluralRules(localeOf(lang));
    plurals.set(lang, p);
  }
  return p;
}
