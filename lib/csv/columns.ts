/**
 * The documented CSV column set (lib/csv/README.md). Each column reads one value
 * from a ShortlistItem (a shortlist row, or a full CreatorView); unknown figures are empty cells, never 0.
 */

import type { CellValue, CsvDelimiter } from '@/lib/csv/cells';
import { tierLabel } from '@/lib/i18n/shown';
import { bandBelongsTo } from '@/lib/metrics/band-of';
import type { Brief } from '@/lib/schema/brief';
import type { ShortlistStatus } from '@/lib/schema/creator';
import type { Platform } from '@/lib/schema/reading';
import type { ShortlistItem } from '@/lib/schema/views';

export type CsvLang = 'en' | 'id';

export interface CsvColumn {
  header: string;
  /** Decimals kept for numbers in this column. */
  decimals: number;
  value: (view: ShortlistItem) => CellValue;
}

/** The creator's public profile address; handles are schema-checked to [a-z0-9._]. */
export function profileUrl(platform: Platform, handle: string): string {
  return platform === 'instagram'
    ? `https://www.instagram.com/${handle}/`
    : `https://www.tiktok.com/@${handle}`;
}

/** Status words for people reading the sheet; codes in lib/csv/README.md. */
const STATUS_WORDS: Record<CsvLang, Record<ShortlistStatus, string>> = {
  en: {
    saved: 'saved',
    contacted: 'contacted',
    negotiating: 'negotiating',
    active: 'active',
    done: 'done',
    rejected: 'rejected',
  },
  id: {
    saved: 'disimpan',
    contacted: 'dihubungi',
    negotiating: 'negosiasi',
    active: 'aktif',
    done: 'selesai',
    rejected: 'ditolak',
  },
};

export function statusWord(status: ShortlistStatus, lang: CsvLang): string {
  return STATUS_WORDS[lang][status];
}

/** Rates are stored as fractions; the sheet shows percent (5.32 means 5.32%). */
const pct = (fraction: number | null | undefined): number | null =>
  fraction === null || fraction === undefined ? null : fraction * 100;

/** ISO 8601 calendar date in UTC: Excel reads it as a date in every locale. */
export function isoDate(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Tags are joined with a separator that is not the delimiter, so a normal tag
 * list needs no quoting: "; " in a ','-file and ", " in a ';'-file.
 */
export function tagSeparator(delimiter: CsvDelimiter): string {
  return delimiter === ',' ? '; ' : ', ';
}

/** One fit column per brief; duplicate brief names get " (2)", " (3)" so headers stay unique. */
function fitColumns(briefs: Brief[]): CsvColumn[] {
  const seen = new Map<string, number>();
  return briefs.map((brief) => {
    const n = (seen.get(brief.name) ?? 0) + 1;
    seen.set(brief.name, n);
    const header = `fit_${brief.name}${n > 1 ? ` (${n})` : ''}`;
    return {
      header,
      decimals: 0,
      value: (view) => view.fits.find((f) => f.briefId === brief.id)?.score ?? null,
    };
  });
}

export function csvColumns(briefs: Brief[], delimiter: CsvDelimiter, lang: CsvLang): CsvColumn[] {
  const m = (v: ShortlistItem) => v.creator.metrics;
  const eng = (v: ShortlistItem) => {
    const e = m(v)?.engagement;
    return e?.known ? e : null;
  };
  const views = (v: ShortlistItem) => {
    const e = m(v)?.views;
    return e?.known ? e : null;
  };
  const before: CsvColumn[] = [
    { header: 'platform', decimals: 0, value: (v) => v.creator.platform },
    { header: 'handle', decimals: 0, value: (v) => v.creator.handle },
    { header: 'display_name', decimals: 0, value: (v) => v.creator.displayName },
    { header: 'profile_url', decimals: 0, value: (v) => profileUrl(v.creator.platform, v.creator.handle) },
    {
      header: 'tier',
      decimals: 0,
      // A rounded count straddling a threshold keeps both tiers ("micro / macro"); in an Indonesian
      // sheet preset tiers use the dashboard's words ("mikro / makro"), custom names stay as written.
      value: (v) => {
        const t = m(v)?.tier;
        return t?.known ? t.tiers.map((n) => (lang === 'id' ? tierLabel(n, 'id') : n)).join(' / ') : null;
      },
    },
    { header: 'followers', decimals: 0, value: (v) => v.creator.followers?.value ?? null },
    { header: 'followers_exact', decimals: 0, value: (v) => v.creator.followers?.exact ?? null },
    { header: 'engagement_median', decimals: 3, value: (v) => pct(eng(v)?.byFollowers.median) },
    { header: 'engagement_mean', decimals: 3, value: (v) => pct(eng(v)?.byFollowers.mean) },
    {
      header: 'engagement_posts_used',
      decimals: 0,
      value: (v) => m(v)?.engagement.postsUsed ?? null,
    },
    { header: 'engagement_exact', decimals: 0, value: (v) => eng(v)?.exact ?? null },
    { header: 'views_engagement_median', decimals: 3, value: (v) => pct(views(v)?.byViews.median) },
    {
      header: 'median_views',
      decimals: 0,
      value: (v) => {
        const r = m(v)?.viewRate;
        return r?.known ? r.medianViews : null;
      },
    },
    {
      header: 'view_rate',
      decimals: 3,
      value: (v) => {
        const r = m(v)?.viewRate;
        return r?.known ? pct(r.rate) : null;
      },
    },
    // The band and the figure it belongs to (views-based on TikTok with the usual sets), so a
    // spreadsheet never reads a TikTok band against the follower-based rate.
    {
      header: 'band',
      decimals: 0,
      value: (v) => {
        const b = m(v)?.band;
        return b?.known ? b.band : null;
      },
    },
    {
      header: 'band_of',
      decimals: 0,
      value: (v) => {
        const of = bandBelongsTo(v.creator.platform, m(v)?.band);
        return of === 'viewsEngagement'
          ? 'views_engagement_median'
          : of === 'engagement'
            ? 'engagement_median'
            : null;
      },
    },
    {
      header: 'benchmark_set',
      decimals: 0,
      value: (v) => {
        const b = m(v)?.band;
        return b?.known ? (b.benchmark.setName ?? null) : null;
      },
    },
    {
      header: 'benchmark_source',
      decimals: 0,
      value: (v) => {
        const b = m(v)?.band;
        return b?.known ? (b.benchmark.source ?? null) : null;
      },
    },
  ];
  const after: CsvColumn[] = [
    { header: 'status', decimals: 0, value: (v) => (v.entry ? statusWord(v.entry.status, lang) : null) },
    { header: 'notes', decimals: 0, value: (v) => v.entry?.notes ?? null },
    {
      header: 'tags',
      decimals: 0,
      value: (v) => (v.entry ? v.entry.tags.join(tagSeparator(delimiter)) : null),
    },
    { header: 'rate', decimals: 2, value: (v) => v.entry?.rate?.amount ?? null },
    { header: 'currency', decimals: 0, value: (v) => v.entry?.rate?.currency ?? null },
    { header: 'added_at', decimals: 0, value: (v) => isoDate(v.entry?.addedAt) },
    { header: 'first_seen', decimals: 0, value: (v) => isoDate(v.creator.firstSeen) },
    { header: 'last_seen', decimals: 0, value: (v) => isoDate(v.creator.lastSeen) },
  ];
  return [...before, ...fitColumns(briefs), ...after];
}
