/**
 * No English left on Indonesian screens. Every word of every Indonesian string
 * is checked against the English vocabulary of the same tables (plus common
 * English words the tables may not use yet); a word found there must be on the
 * allow-list below, each entry with the reason an Indonesian marketer would
 * write it that way. A new string that slips an English word in fails here
 * with the word and the key, so it is fixed or argued for, never missed.
 */
import { describe, expect, it } from 'vitest';
import { FIT_REASON_STRINGS } from '@/lib/fit/explain';
import { KNOWN_NOTICES, translateNotice } from '@/lib/i18n/strings/notices';
import { SIGNAL_STRINGS } from '@/lib/metrics/authenticity-explain';

type Table = { en: Record<string, string>; id: Record<string, string> };

const isTable = (x: unknown): x is Table =>
  typeof x === 'object' && x !== null && 'en' in x && 'id' in x && typeof (x as Table).id === 'object';

/** Every table in lib/i18n/strings, found by file, so a feature's new table is checked without being listed here. */
const STRING_TABLES: Record<string, Table> = Object.fromEntries(
  // The tables' own tests are left out: importing them would run them here too.
  Object.entries(import.meta.glob(['./strings/*.ts', '!./strings/*.test.ts'], { eager: true })).flatMap(
    ([file, mod]) =>
      Object.entries(mod as Record<string, unknown>)
        .filter(([, value]) => isTable(value))
        .map(([name, value]) => [`${file.replace(/^.*\/|\.ts$/g, '')}.${name}`, value as Table]),
  ),
);

const TABLES: Record<string, Table> = {
  ...STRING_TABLES,
  signals: SIGNAL_STRINGS,
  fitReasons: FIT_REASON_STRINGS,
  notices: {
    en: Object.fromEntries(KNOWN_NOTICES.map((n, i) => [`notice.${i}`, n])),
    id: Object.fromEntries(KNOWN_NOTICES.map((n, i) => [`notice.${i}`, translateNotice(n, 'id')])),
  },
};

/** Common English words the tables may not contain yet (so "the", "likes", "followers" are caught anyway). */
const EXTRA_ENGLISH = `the a an and or of to in on for with by from at is are be this that these those
  it its you your we our they their more fewer less most few many some all any none no not yes new old
  likes like followers follower following views view posts post comments comment shares saves
  read seen just now ago today yesterday day days week weeks month months year years typical usual low high
  unusually fit best brief score rate rates card source budget cost price total totals creators creator
  micro macro mid tier mega nano emerging choose file chosen upload download export import`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Words Indonesian marketers write as they are. Brand and product names first,
 * then industry terms used untranslated in Indonesian agencies' briefs and
 * decks, then words that are the same in both languages.
 */
const ALLOWED = new Set(
  [
    // Brand and product names.
    'microlens',
    'instagram',
    'tiktok',
    'excel',
    'google',
    'sheets',
    'whatsapp',
    'influencer',
    'marketing',
    'hub', // "Influencer Marketing Hub", a rate card's named source
    // Formats, keys and units the screen shows as they are printed on keyboards and files.
    'csv',
    'json',
    'mb',
    'alt',
    'shift',
    'enter',
    'escape',
    'ugc', // user-generated content: the acronym is used as is
    // Industry words Indonesian marketers use untranslated (agency decks, briefs, rate cards).
    'engagement', // "engagement rate" has no Indonesian term in use; "keterlibatan" reads as a textbook
    'brief', // "brief kampanye" is the agency word
    'tier', // "tier mikro", "tier makro": agencies say tier, never "tingkatan"
    'shortlist', // the agency word for the list of candidates
    'rate', // only in "rate card", the agency word for a price list
    'card', // only in "rate card"
    'benchmark', // "benchmark engagement" is how agencies name the comparison figure
    'niche', // "niche kecantikan": the word creators and agencies use
    'feed', // Instagram's own Indonesian UI says "feed"
    'giveaway', // the word on Indonesian Instagram for a prize draw
    'review', // content type: creators label videos "review"
    'unboxing', // content type, used as is
    'tutorial', // the same word in Indonesian
    'caption', // Instagram's Indonesian UI says "caption"
    'bio', // Instagram's Indonesian UI says "bio"
    'tag', // Instagram's Indonesian UI says "tag" / "di-tag"
    'brand', // "brand lokal": agencies say brand more than "merek" for sponsors
    'fee', // "fee KOL": the agreed pay for a campaign; "honor" reads dated
    'story', // "IG story": the word agencies use for Instagram and TikTok stories
    'viral', // the same word in Indonesian
    'preset', // settings vocabulary Indonesian software uses as is
    'browser', // the word Indonesian users use (KBBI "peramban" is rarely seen)
    'popup', // the extension's toolbar popup, so called in Indonesian Chrome help
    'toolbar', // Chrome's Indonesian UI says toolbar
    'overlay', // the on-page card's name in settings
    'spreadsheet', // the same word in Indonesian offices
    'video', // the same word in Indonesian (KBBI)
    'label', // the same word in Indonesian (KBBI)
    'set', // "set patokan": a named collection of benchmarks, as Indonesian software says "set"
    'endorse', // "endorse", "open endorse": the word Indonesian creators use for paid promotion
    'jabodetabek', // place names, given as examples
    'jawa',
    'timur',
    'raya',
    'ad', // the hashtag #ad, quoted as creators write it
    // The same word in both languages.
    'per', // "per minggu", "per postingan": standard Indonesian
    'jakarta', // city names, given as examples
    'bandung',
    'status',
    'platform',
    'filter',
    'median',
    'minimum',
    'min',
    'nano',
    'mega',
    'data',
    'file',
    'tab',
    'email',
    'organik',
    'audiens',
    'kustom',
    'valid',
    'total',
    'program',
    'ok',
  ].map((w) => w.toLowerCase()),
);

/**
 * Words of a string, without placeholders, hashtags, handles or quoted text (a quote is what
 * a page or a creator wrote, word for word: TikTok's "Make Your Day", a bio's “no endorse”).
 */
function words(text: string): string[] {
  return text
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/“[^”]*”|"[^"]*"/g, ' ')
    .replace(/[#@][\w.]+/g, ' ')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
}

const english = new Set([
  ...EXTRA_ENGLISH,
  ...Object.values(TABLES).flatMap((table) => Object.values(table.en).flatMap(words)),
]);

/** The Indonesian words that are also English and are not allowed, as "key: word". */
function englishLeft(tables: Record<string, Table>): string[] {
  const found: string[] = [];
  for (const [name, table] of Object.entries(tables)) {
    for (const [key, text] of Object.entries(table.id)) {
      for (const w of new Set(words(text))) {
        if (english.has(w) && !ALLOWED.has(w)) found.push(`${name}.${key}: ${w}`);
      }
    }
  }
  return found;
}

describe('English left in Indonesian strings', () => {
  it('reads every string table (the five the UI started with at least)', () => {
    const names = Object.keys(STRING_TABLES);
    for (const t of [
      'common.commonStrings',
      'overlay.overlayStrings',
      'popup.popupStrings',
      'dashboard.dashboardStrings',
    ])
      expect(names).toContain(t);
  });

  it('finds none outside the allow-list of brand names and industry terms', () => {
    expect(englishLeft(TABLES)).toEqual([]);
  });

  it('catches an English word slipped into an Indonesian string', () => {
    const slipped = { en: { a: 'Typical rate' }, id: { a: 'Tingkat wajar dari followers' } };
    expect(englishLeft({ slipped })).toEqual(['slipped.a: followers']);
  });
});
