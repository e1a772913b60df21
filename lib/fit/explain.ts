/**
 * Fit reasons in plain English and Bahasa Indonesia. Reasons carry codes and
 * raw parameters (niche ids, fractions, counts); this file turns them into a
 * short sentence: niche labels, percentages and numbers in each language's
 * format, and the right phrasing for one or both follower bounds.
 */

import { defineStrings, formatNumber, formatPercent, interpolate, type Lang } from '@/lib/i18n';
import type { FitReason } from '@/lib/schema/fit';
import { type CONTENT_TYPE_TERMS, NICHE_BY_ID } from './taxonomy';

const STRINGS = defineStrings({
  en: {
    'no-content': 'No bio or captions to judge the topic from',
    'niche-in-bio': 'Describes themselves with {niche} words in the bio ({terms})',
    'niche-match': 'Talks about {niche} in {posts} of {total} posts ({terms})',
    'niche-weak': 'Mentions {niche} only in {posts} of {total} posts ({terms})',
    'niche-missing': 'No sign of {niche} in the bio or recent posts',
    'keyword-in-bio': "The bio uses the brief's keywords ({terms})",
    'keyword-match': "Uses the brief's keywords in {posts} of {total} posts ({terms})",
    'keyword-weak': "Uses the brief's keywords only in {posts} of {total} posts ({terms})",
    'keyword-missing': "None of the brief's keywords appear ({terms})",
    'location-match': 'Mentions the wanted location ({terms})',
    'location-missing': 'No mention of the wanted location ({terms})',
    'content-type-match': 'Makes the wanted kind of content: {types} ({posts} of {total} posts)',
    'content-type-missing': 'No posts of the wanted kind seen ({types})',
    'excluded-term': 'Uses an excluded word "{term}" {place}',
    'platform-match': 'On {platform}, as the brief asks',
    'platform-mismatch': 'On {platform}, but the brief wants {wanted}',
    'followers-in-range': '{followers} followers, within the brief ({range})',
    'followers-below': '{followers} followers, below the brief minimum of {min}',
    'followers-above': '{followers} followers, above the brief maximum of {max}',
    'followers-uncertain':
      'About {followers} followers (rounded): cannot tell if it is within the brief ({range})',
    'followers-unknown': 'Follower count unknown: the brief range ({range}) is not checked',
    'tier-match': 'Tier {tier}, as the brief asks ({wanted})',
    'tier-mismatch': 'Tier {tier}, but the brief wants {wanted}',
    'tier-uncertain': 'Tier {tier} (rounded count): cannot tell if it is {wanted}',
    'tier-unknown': 'Tier unknown: the brief wants {wanted}',
    'engagement-met': 'Engagement {rate}, meets the minimum of {min}',
    'engagement-below': 'Engagement {rate}, below the minimum of {min}',
    'engagement-unknown': 'Engagement unknown: the minimum of {min} is not checked',
    'language-match': 'Writes in {language}, as the brief wants ({wanted})',
    'language-mismatch': 'Writes in {language}, but the brief wants {wanted}',
    'language-unknown': 'Content language unclear: the brief wants {wanted}',
    'negated-term': 'Mentions {terms} only to say no (e.g. “no endorse …”): not counted',
    'niche-none': 'Nothing about {niches} at all, so other matches cannot make it a fit',
    'place-match': 'Based in {place}, one of the brief’s places ({wanted})',
    'place-elsewhere': 'Seems to be in {place}, outside the brief’s places ({wanted})',
    'place-unknown': 'Location unknown: the brief wants {wanted}',
    other: 'Other reason ({code})',
  },
  id: {
    'no-content': 'Tidak ada bio atau caption untuk menilai topiknya',
    'niche-in-bio': 'Bio-nya memakai kata-kata {niche} ({terms})',
    'niche-match': 'Membahas {niche} di {posts} dari {total} postingan ({terms})',
    'niche-weak': 'Hanya menyebut {niche} di {posts} dari {total} postingan ({terms})',
    'niche-missing': 'Tidak ada tanda {niche} di bio maupun postingan terbaru',
    'keyword-in-bio': 'Bio-nya memakai kata kunci brief ({terms})',
    'keyword-match': 'Memakai kata kunci brief di {posts} dari {total} postingan ({terms})',
    'keyword-weak': 'Hanya memakai kata kunci brief di {posts} dari {total} postingan ({terms})',
    'keyword-missing': 'Tidak ada kata kunci brief yang muncul ({terms})',
    'location-match': 'Menyebut lokasi yang dicari ({terms})',
    'location-missing': 'Tidak menyebut lokasi yang dicari ({terms})',
    'content-type-match': 'Membuat jenis konten yang dicari: {types} ({posts} dari {total} postingan)',
    'content-type-missing': 'Belum terlihat postingan jenis yang dicari ({types})',
    'excluded-term': 'Memakai kata yang dikecualikan "{term}" {place}',
    'platform-match': 'Di {platform}, sesuai brief',
    'platform-mismatch': 'Di {platform}, padahal brief meminta {wanted}',
    'followers-in-range': '{followers} pengikut, sesuai brief ({range})',
    'followers-below': '{followers} pengikut, di bawah minimum brief {min}',
    'followers-above': '{followers} pengikut, di atas maksimum brief {max}',
    'followers-uncertain':
      'Sekitar {followers} pengikut (dibulatkan): belum pasti sesuai brief ({range}) atau tidak',
    'followers-unknown': 'Jumlah pengikut tidak diketahui: rentang brief ({range}) tidak diperiksa',
    'tier-match': 'Tier {tier}, sesuai brief ({wanted})',
    'tier-mismatch': 'Tier {tier}, padahal brief meminta {wanted}',
    'tier-uncertain': 'Tier {tier} (angka dibulatkan): belum pasti termasuk {wanted}',
    'tier-unknown': 'Tier tidak diketahui: brief meminta {wanted}',
    'engagement-met': 'Engagement {rate}, memenuhi minimum {min}',
    'engagement-below': 'Engagement {rate}, di bawah minimum {min}',
    'engagement-unknown': 'Engagement tidak diketahui: minimum {min} tidak diperiksa',
    'language-match': 'Menulis dalam {language}, sesuai brief ({wanted})',
    'language-mismatch': 'Menulis dalam {language}, padahal brief meminta {wanted}',
    'language-unknown': 'Bahasa konten belum jelas: brief meminta {wanted}',
    'negated-term': 'Menyebut {terms} hanya untuk menolak (mis. “no endorse …”): tidak dihitung',
    'niche-none': 'Sama sekali tidak membahas {niches}, jadi kecocokan lain tidak cukup',
    'place-match': 'Berdomisili di {place}, salah satu lokasi brief ({wanted})',
    'place-elsewhere': 'Tampaknya berada di {place}, di luar lokasi brief ({wanted})',
    'place-unknown': 'Lokasi tidak diketahui: brief meminta {wanted}',
    other: 'Alasan lain ({code})',
  },
});

export type FitReasonCode = Exclude<keyof (typeof STRINGS)['en'], 'other'>;

/** Every reason code lib/fit/score can emit. */
export const FIT_REASON_CODES = Object.keys(STRINGS.en).filter((k) => k !== 'other') as FitReasonCode[];

/** The strings table, for parity checks. */
export const FIT_REASON_STRINGS = STRINGS;

const PLACE = {
  en: {
    bio: 'in the bio',
    posts: 'in {posts} of {total} posts',
    'bio+posts': 'in the bio and {posts} of {total} posts',
  },
  id: {
    bio: 'di bio',
    posts: 'di {posts} dari {total} postingan',
    'bio+posts': 'di bio dan {posts} dari {total} postingan',
  },
} as const;

const RANGE = {
  en: { both: 'between {min} and {max}', min: 'at least {min}', max: 'at most {max}', none: 'any' },
  id: { both: 'antara {min} dan {max}', min: 'minimal {min}', max: 'maksimal {max}', none: 'berapa saja' },
} as const;

const LANGUAGE_NAMES = {
  en: { en: 'English', id: 'Indonesian', mixed: 'English and Indonesian' },
  id: { en: 'bahasa Inggris', id: 'bahasa Indonesia', mixed: 'bahasa Inggris dan Indonesia' },
} as const;

const CONTENT_TYPE_NAMES: Record<Lang, Record<keyof typeof CONTENT_TYPE_TERMS, string>> = {
  en: {
    review: 'reviews',
    tutorial: 'tutorials',
    unboxing: 'unboxings',
    'before-after': 'before/after',
    ugc: 'everyday (UGC) content',
  },
  id: {
    review: 'ulasan',
    tutorial: 'tutorial',
    unboxing: 'unboxing',
    'before-after': 'sebelum/sesudah',
    ugc: 'konten keseharian (UGC)',
  },
};

const PLATFORM_NAMES: Record<string, string> = { instagram: 'Instagram', tiktok: 'TikTok' };

/** A niche's label in a language (the id itself when the taxonomy does not know it). */
export function nicheLabel(id: string, lang: Lang): string {
  return NICHE_BY_ID.get(id)?.label[lang] ?? id;
}

function list(value: string | number | undefined, map: (item: string) => string, lang: Lang): string {
  const items = String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(map);
  return items.join(lang === 'id' ? ', ' : ', ');
}

/** One reason as a short sentence in English or Indonesian. */
export function describeReason(reason: FitReason, lang: Lang): string {
  const p = reason.params ?? {};
  const out: Record<string, string | number> = { ...p, code: reason.code };
  if (typeof p.niche === 'string') out.niche = nicheLabel(p.niche, lang);
  if (typeof p.niches === 'string') out.niches = list(p.niches, (n) => nicheLabel(n, lang), lang);
  for (const key of ['rate', 'min'] as const) {
    if (reason.code.startsWith('engagement') && typeof p[key] === 'number')
      out[key] = formatPercent(p[key], lang);
  }
  if (reason.code.startsWith('followers')) {
    for (const key of ['followers', 'min', 'max'] as const) {
      if (typeof p[key] === 'number') out[key] = formatNumber(p[key], lang);
    }
    const shape =
      p.min !== undefined && p.max !== undefined
        ? 'both'
        : p.min !== undefined
          ? 'min'
          : p.max !== undefined
            ? 'max'
            : 'none';
    out.range = interpolate(RANGE[lang][shape], lang, out);
  }
  if (typeof p.language === 'string') {
    out.language = LANGUAGE_NAMES[lang][p.language as 'en' | 'id' | 'mixed'] ?? p.language;
  }
  if (p.wanted !== undefined && reason.code.startsWith('language')) {
    out.wanted = list(p.wanted, (w) => LANGUAGE_NAMES[lang][w as 'en' | 'id'] ?? w, lang);
  }
  if (p.wanted !== undefined && reason.code.startsWith('platform')) {
    out.wanted = list(p.wanted, (w) => PLATFORM_NAMES[w] ?? w, lang);
  }
  if (typeof p.platform === 'string') out.platform = PLATFORM_NAMES[p.platform] ?? p.platform;
  if (p.types !== undefined) {
    out.types = list(
      p.types,
      (t) => CONTENT_TYPE_NAMES[lang][t as keyof typeof CONTENT_TYPE_TERMS] ?? t,
      lang,
    );
  }
  if (typeof p.where === 'string') {
    const template = PLACE[lang][p.where as keyof (typeof PLACE)['en']] ?? '';
    out.place = interpolate(template, lang, out);
  }
  const table = STRINGS[lang] as Record<string, string>;
  const template = table[reason.code] ?? table.other!;
  return interpolate(template, lang, out);
}
