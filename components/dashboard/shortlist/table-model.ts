/**
 * The shortlist table's logic as pure functions: flatten views into rows once,
 * then filter, search and sort them. Kept out of components so it can be
 * tested (and benched) with 10,000 rows without a DOM.
 */
import { bestFitOf } from '@/lib/fit/best-fit';
import type { CreatorKey, ShortlistEntry, ShortlistStatus } from '@/lib/schema/creator';
import { ShortlistStatusSchema } from '@/lib/schema/creator';
import type { FitReason } from '@/lib/schema/fit';
import type { BandName } from '@/lib/schema/metrics';
import type { Platform } from '@/lib/schema/reading';
import { patchTags } from '@/lib/schema/shortlist-tags';
import type { ShortlistItem, ShortlistPatch } from '@/lib/schema/views';

export interface ShortlistRow {
  key: CreatorKey;
  view: ShortlistItem;
  platform: Platform;
  handle: string;
  name: string;
  /** Known tier names (two when a rounded count straddles a threshold); empty when unknown. */
  tiers: string[];
  /** Position of the lowest tier in the scheme, for sorting; null when unknown. */
  tierRank: number | null;
  followers: number | null;
  followersExact: boolean | null;
  /**
   * The headline engagement, fraction; null when unknown: views-based on TikTok (the figure its
   * band belongs to), follower-based on Instagram.
   */
  engagement: number | null;
  engagementExact: boolean | null;
  band: BandName | null;
  /** Fit score per brief id. */
  fit: Record<string, number>;
  /**
   * Missed must-haves per brief id (only briefs with one): the table shows "—"
   * with these as the reason instead of a low number that reads like a judgement.
   */
  fitMissed: Record<string, FitReason[]>;
  /** The best brief this creator meets every must-have of, with a score above 0; null when none. */
  bestFit: { briefId: string; score: number } | null;
  status: ShortlistStatus | null;
  tags: string[];
  rate: number | null;
  currency: string | null;
  lastSeen: number;
  /** Lower-cased handle, name, notes and tags: what search looks in. */
  haystack: string;
}

export function toRow(view: ShortlistItem, tierOrder: readonly string[]): ShortlistRow {
  const { creator, entry } = view;
  const m = creator.metrics;
  const tiers = m?.tier.known ? m.tier.tiers : [];
  const ranks = tiers.map((t) => tierOrder.indexOf(t)).filter((i) => i >= 0);
  const byViews = creator.platform === 'tiktok' && m?.views.known ? m.views : null;
  const byFollowers = creator.platform !== 'tiktok' && m?.engagement.known ? m.engagement : null;
  const fit: Record<string, number> = {};
  const fitMissed: Record<string, FitReason[]> = {};
  for (const f of view.fits) {
    fit[f.briefId] = f.score;
    const hard = f.reasons.filter((r) => r.hard);
    if (hard.length) fitMissed[f.briefId] = hard;
  }
  const best = bestFitOf(view.fits);
  const bestFit: ShortlistRow['bestFit'] = best ? { briefId: best.briefId, score: best.score } : null;
  const tags = entry?.tags ?? [];
  return {
    key: creator.key,
    view,
    platform: creator.platform,
    handle: creator.handle,
    name: creator.displayName ?? '',
    tiers,
    tierRank: ranks.length ? Math.min(...ranks) : null,
    followers: creator.followers?.value ?? null,
    followersExact: creator.followers?.exact ?? null,
    engagement: byViews ? byViews.byViews.median : byFollowers ? byFollowers.byFollowers.median : null,
    engagementExact: (byViews ?? byFollowers)?.exact ?? null,
    band: m?.band.known ? m.band.band : null,
    fit,
    fitMissed,
    bestFit,
    status: entry?.status ?? null,
    tags,
    rate: entry?.rate?.amount ?? null,
    currency: entry?.rate?.currency ?? null,
    lastSeen: creator.lastSeen,
    haystack: [creator.handle, creator.displayName ?? '', entry?.notes ?? '', ...tags]
      .join('\n')
      .toLowerCase(),
  };
}

export function toRows(views: readonly ShortlistItem[], tierOrder: readonly string[]): ShortlistRow[] {
  return views.map((v) => toRow(v, tierOrder));
}

export type SortKey =
  | 'platform'
  | 'handle'
  | 'name'
  | 'tier'
  | 'followers'
  | 'engagement'
  | 'status'
  | 'tags'
  | 'rate'
  | 'lastSeen'
  | 'bestFit'
  | `fit:${string}`;

export interface SortSpec {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface ShortlistFilter {
  platform: Platform | null;
  /** Empty means any status. */
  statuses: ShortlistStatus[];
  tier: string | null;
  tag: string | null;
  /** briefId ANY_BRIEF: the best fit, whichever brief it is. */
  minFit: { briefId: string; score: number } | null;
  search: string;
}

/** The minimum-fit filter's "any brief" choice: compares the best fit. */
export const ANY_BRIEF = '*';

export const EMPTY_FILTER: ShortlistFilter = {
  platform: null,
  statuses: [],
  tier: null,
  tag: null,
  minFit: null,
  search: '',
};

const STATUS_ORDER = ShortlistStatusSchema.options;

/** The comparable value of a row for a sort key; null sorts last in both directions. */
function sortValue(row: ShortlistRow, key: SortKey): string | number | null {
  switch (key) {
    case 'platform':
      return row.platform;
    case 'handle':
      return row.handle;
    case 'name':
      return row.name === '' ? null : row.name.toLocaleLowerCase();
    case 'tier':
      return row.tierRank;
    case 'followers':
      return row.followers;
    case 'engagement':
      return row.engagement;
    case 'status':
      return row.status ? STATUS_ORDER.indexOf(row.status) : null;
    case 'tags':
      return row.tags.length ? row.tags.join(',').toLocaleLowerCase() : null;
    case 'rate':
      return row.rate;
    case 'lastSeen':
      return row.lastSeen;
    case 'bestFit':
      return row.bestFit?.score ?? null;
    default:
      return row.fit[key.slice(4)] ?? null;
  }
}

/**
 * Sorted copy. Unknown values always go last (an unknown engagement is not
 * "lowest"); ties keep a stable order by handle so the table does not jump.
 */
export function sortRows(rows: readonly ShortlistRow[], sort: SortSpec): ShortlistRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: sortValue(row, sort.key) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v === b.v) return a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0;
      return a.v === null ? 1 : -1;
    }
    if (a.v < b.v) return -sign;
    if (a.v > b.v) return sign;
    return a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/** Search words, lower-cased, "@" dropped (people paste "@handle"). */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^@/, ''))
    .filter((w) => w.length > 0);
}

export function matches(row: ShortlistRow, filter: ShortlistFilter, terms: string[]): boolean {
  if (filter.platform && row.platform !== filter.platform) return false;
  if (filter.statuses.length && (!row.status || !filter.statuses.includes(row.status))) return false;
  if (filter.tier && !row.tiers.includes(filter.tier)) return false;
  if (filter.tag && !row.tags.includes(filter.tag)) return false;
  if (filter.minFit) {
    const score = filter.minFit.briefId === ANY_BRIEF ? row.bestFit?.score : row.fit[filter.minFit.briefId];
    if (score === undefined || score < filter.minFit.score) return false;
  }
  // Every word must appear somewhere (AND), in any field.
  return terms.every((t) => row.haystack.includes(t));
}

export function filterRows(rows: readonly ShortlistRow[], filter: ShortlistFilter): ShortlistRow[] {
  const terms = searchTerms(filter.search);
  return rows.filter((r) => matches(r, filter, terms));
}

export function queryRows(
  rows: readonly ShortlistRow[],
  filter: ShortlistFilter,
  sort: SortSpec,
): ShortlistRow[] {
  return sortRows(filterRows(rows, filter), sort);
}

/** Tags and tiers present in the shortlist, for the filter menus. */
export function facets(rows: readonly ShortlistRow[]): { tags: string[]; tiers: string[] } {
  const tags = new Set<string>();
  const tiers = new Set<string>();
  for (const r of rows) {
    for (const t of r.tags) tags.add(t);
    for (const t of r.tiers) tiers.add(t);
  }
  return { tags: [...tags].sort((a, b) => a.localeCompare(b)), tiers: [...tiers] };
}

/** Header click: same key flips direction; a new key starts descending for figures, ascending for text. */
export function nextSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  const textual =
    key === 'platform' || key === 'handle' || key === 'name' || key === 'tags' || key === 'status';
  return { key, dir: textual ? 'asc' : 'desc' };
}

/** The view after a patch, for optimistic updates (reverted when the worker says no). */
export function applyPatch(view: ShortlistItem, patch: ShortlistPatch, now: number): ShortlistItem {
  if (!view.entry) return view;
  const entry: ShortlistEntry = { ...view.entry, updatedAt: now };
  if (patch.status !== undefined) entry.status = patch.status;
  if (patch.notes !== undefined) entry.notes = patch.notes;
  if (patch.tags || patch.addTags || patch.removeTags) entry.tags = patchTags(view.entry.tags, patch);
  if (patch.rate !== undefined) entry.rate = patch.rate;
  return { ...view, entry };
}

/**
 * Tags typed as "skincare, Jakarta ,, q3": trimmed, empty ones dropped,
 * duplicates (case-insensitive) removed, each cut to the schema's 40 chars.
 */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().slice(0, 40).trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out.slice(0, 50);
}
