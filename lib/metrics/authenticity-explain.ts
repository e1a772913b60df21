/**
 * Authenticity signals in plain English and Bahasa Indonesia. A signal's text
 * always carries its figures ("4 of 12 recent posts are ads (33%)") so the
 * marketer judges, not the tool. Keys are `code.level` where the wording
 * depends on the level, else `code`.
 */

import { defineStrings, formatPercent, interpolate, type Lang, t } from '@/lib/i18n';
import { benchmarkLabel } from '@/lib/i18n/band-label';
import type { AuthenticitySignal } from '@/lib/schema/fit';

const STRINGS = defineStrings({
  en: {
    'sponsored-share.ok':
      '{sponsored} of {posts} recent posts are marked as ads ({share}): mostly organic content',
    'sponsored-share.watch': '{sponsored} of {posts} recent posts are marked as ads ({share}): a large share',
    'sponsored-share.concern':
      '{sponsored} of {posts} recent posts are marked as ads ({share}): the feed is mostly ads, followers may tune out',
    'many-brands.watch':
      'Promotes many brands at once: {brands} accounts tagged in {sponsored} ad posts ({examples})',
    'many-brands.concern':
      'Promotes many brands at once: {brands} accounts tagged in {sponsored} ad posts ({examples}), each gets little attention',
    'few-brands': 'Ads focus on few brands: {brands} tagged in {sponsored} ad posts ({examples})',
    'engagement-far-below':
      'Engagement {rate} is under a third of the usual {min}–{max} for {label}: an inactive or bought audience is possible',
    'engagement-below-band': 'Engagement {rate} is below the usual {min}–{max} for {label}',
    'engagement-in-band': 'Engagement {rate} is in line with or above the usual {min}–{max} for {label}',
    'engagement-far-above':
      'Engagement {rate} is over three times the usual {min}–{max} for {label}: check for giveaways or a viral post',
    'likes-without-comments':
      'Engagement {rate} is over three times the usual {min}–{max} for {label}, yet comments are only {ratio} of likes: bought likes are possible',
    'engagement-unknown': 'Engagement cannot be compared with benchmarks yet: {why}',
    'comment-like-ratio.ok':
      'Comments are {ratio} of likes over {posts} posts ({comments} comments, {likes} likes)',
    'comment-like-ratio.watch':
      'Comments are only {ratio} of likes over {posts} posts ({comments} comments, {likes} likes): little conversation',
    inactive: 'No new post for {days} days',
    'posting-gap': 'A gap of {days} days between posts among the last {posts}',
    'irregular-bursts': 'Posts come in bursts with quiet spells between them (last {posts} posts)',
    'steady-cadence':
      'Posts steadily: about {perWeek} a week, longest gap {longestGap} days (last {posts} posts)',
    'why.not-computed': 'figures are not computed yet.',
    other: 'Other signal ({code})',
  },
  id: {
    'sponsored-share.ok':
      '{sponsored} dari {posts} postingan terbaru ditandai iklan ({share}): sebagian besar konten organik',
    'sponsored-share.watch':
      '{sponsored} dari {posts} postingan terbaru ditandai iklan ({share}): porsinya besar',
    'sponsored-share.concern':
      '{sponsored} dari {posts} postingan terbaru ditandai iklan ({share}): feed-nya didominasi iklan, pengikut bisa jenuh',
    'many-brands.watch':
      'Mempromosikan banyak brand sekaligus: {brands} akun di-tag dalam {sponsored} postingan iklan ({examples})',
    'many-brands.concern':
      'Mempromosikan banyak brand sekaligus: {brands} akun di-tag dalam {sponsored} postingan iklan ({examples}), tiap brand dapat sedikit perhatian',
    'few-brands':
      'Iklannya fokus ke sedikit brand: {brands} di-tag dalam {sponsored} postingan iklan ({examples})',
    'engagement-far-below':
      'Engagement {rate} kurang dari sepertiga kisaran rata-rata {min}–{max} untuk {label}: bisa jadi audiens tidak aktif atau dibeli',
    'engagement-below-band': 'Engagement {rate} di bawah kisaran rata-rata {min}–{max} untuk {label}',
    'engagement-in-band': 'Engagement {rate} sesuai atau di atas kisaran rata-rata {min}–{max} untuk {label}',
    'engagement-far-above':
      'Engagement {rate} lebih dari tiga kali kisaran rata-rata {min}–{max} untuk {label}: cek apakah ada giveaway atau postingan viral',
    'likes-without-comments':
      'Engagement {rate} lebih dari tiga kali kisaran rata-rata {min}–{max} untuk {label}, tapi komentar hanya {ratio} dari jumlah suka: bisa jadi suka dibeli',
    'engagement-unknown': 'Engagement belum bisa dibandingkan dengan benchmark: {why}',
    'comment-like-ratio.ok':
      'Komentar {ratio} dari jumlah suka di {posts} postingan ({comments} komentar, {likes} suka)',
    'comment-like-ratio.watch':
      'Komentar hanya {ratio} dari jumlah suka di {posts} postingan ({comments} komentar, {likes} suka): sedikit interaksi',
    inactive: 'Tidak ada postingan baru selama {days} hari',
    'posting-gap': 'Ada jeda {days} hari antarpostingan di {posts} postingan terakhir',
    'irregular-bursts':
      'Postingan datang bergerombol dengan jeda sepi di antaranya ({posts} postingan terakhir)',
    'steady-cadence':
      'Rutin memposting: sekitar {perWeek} per minggu, jeda terlama {longestGap} hari ({posts} postingan terakhir)',
    'why.not-computed': 'angkanya belum dihitung.',
    other: 'Sinyal lain ({code})',
  },
});

/** The strings table, for parity checks. */
export const SIGNAL_STRINGS = STRINGS;

/** Every signal code (with level where the wording depends on it) lib/metrics/authenticity can emit. */
export const SIGNAL_KEYS = Object.keys(STRINGS.en).filter((k) => k !== 'other' && !k.startsWith('why.'));

const COMMON_REASONS = new Set([
  'no-followers',
  'zero-followers',
  'too-few-posts',
  'likes-hidden',
  'missing-counts',
  'no-views',
  'ambiguous-tier',
  'too-few-snapshots',
  'no-dates',
  'no-benchmark',
]);

/** One signal as a sentence with its figures, in English or Indonesian. */
export function describeSignal(signal: AuthenticitySignal, lang: Lang): string {
  const p = signal.params ?? {};
  const out: Record<string, string | number> = { ...p, code: signal.code };
  for (const key of ['share', 'rate', 'min', 'max'] as const) {
    if (typeof p[key] === 'number') out[key] = formatPercent(p[key], lang);
  }
  if (typeof p.label === 'string') out.label = benchmarkLabel(p.label, lang);
  if (typeof p.ratio === 'number') out.ratio = formatPercent(p.ratio, lang, 2);
  if (typeof p.reason === 'string') {
    const reason = p.reason;
    out.why = COMMON_REASONS.has(reason)
      ? t(lang, `reason.${reason}` as Parameters<typeof t>[1])
      : ((STRINGS[lang] as Record<string, string>)[`why.${reason}`] ?? reason);
  }
  const table = STRINGS[lang] as Record<string, string>;
  const template = table[`${signal.code}.${signal.level}`] ?? table[signal.code] ?? table.other!;
  return interpolate(template, lang, out);
}
