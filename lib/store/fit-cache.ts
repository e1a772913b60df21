/**
 * Cached brief-fit scores, one record per creator, so the shortlist can be
 * listed without reading every post and re-scoring every creator.
 *
 * A record says which brief set and tier scheme it was computed against (its
 * `basis`: a hash of the briefs' content, the tier scheme and the engine tag).
 * It is recomputed in the same transaction whenever the creator is recorded;
 * when the briefs or the tier scheme change, every basis stops matching and the
 * next list recomputes those records (a hash of the content rather than a
 * counter bumped by each writer: no write path can forget to invalidate).
 * A record whose basis does not match is never shown: correct or recomputed.
 */
import { z } from 'zod';
import { createFitScorer, subjectFromCreator } from '@/lib/fit/score';
import type { Brief } from '@/lib/schema/brief';
import { type Creator, CreatorKeySchema, type StoredPost } from '@/lib/schema/creator';
import { type FitReason, FitReasonSchema, type FitResult } from '@/lib/schema/fit';
import type { TierScheme } from '@/lib/schema/settings';
import { stableJson } from './stable-json';

export const FitCacheSchema = z.object({
  creatorKey: CreatorKeySchema,
  /** Hash of what the scores depend on besides the creator (briefs, tier scheme, engine). */
  basis: z.string().min(1).max(64),
  computedAt: z.number().int(),
  /** Best first, as fitCreator orders them. */
  fits: z
    .array(
      z.object({
        briefId: z.string().min(1).max(64),
        score: z.number().min(0).max(100),
        /** Only the hard (must-have) reasons: what the table shows instead of a low score. */
        missed: z.array(FitReasonSchema).max(50),
      }),
    )
    .max(1_000),
});
export type FitCache = z.infer<typeof FitCacheSchema>;

/** Same shape as ViewDeps.fitsFor: prepares scoring for a brief set, then scores one creator. */
export type FitScoring = (
  briefs: Brief[],
  scheme: TierScheme,
) => (creator: Creator, posts: StoredPost[]) => FitResult[];

export const defaultFitScoring: FitScoring = (briefs, scheme) => {
  if (briefs.length === 0) return () => [];
  const score = createFitScorer(briefs, { scheme });
  return (creator, posts) => score(subjectFromCreator(creator, posts));
};

/** cyrb53: a fast 53-bit string hash; collisions between two brief sets are not a practical concern. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * What cached scores depend on besides the creator. Brief timestamps are left
 * out (saving an unchanged brief does not invalidate 10,000 records); names are
 * kept in (results carry them). `tag` changes with the extension version, so an
 * update of the fit engine never shows scores of the old one.
 */
export function fitBasis(briefs: readonly Brief[], scheme: TierScheme, tag: string): string {
  const content = [...briefs]
    .map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hash53(stableJson({ briefs: content, scheme, tag }));
}

/** The cache record for one creator's fit results. */
export function fitCacheRecord(
  creatorKey: Creator['key'],
  basis: string,
  results: FitResult[],
  now: number,
): FitCache {
  return {
    creatorKey,
    basis,
    computedAt: now,
    fits: results.map((f) => ({
      briefId: f.briefId,
      score: f.score,
      missed: f.reasons.filter((r) => r.hard),
    })),
  };
}

/**
 * Cached fits as the list shows them: FitResult with only the hard reasons,
 * named after the current briefs (briefs deleted since are left out).
 */
export function fitsFromCache(record: FitCache, briefs: ReadonlyMap<string, Brief>): FitResult[] {
  const out: FitResult[] = [];
  for (const f of record.fits) {
    const brief = briefs.get(f.briefId);
    if (!brief) continue;
    out.push({ briefId: f.briefId, briefName: brief.name, score: f.score, reasons: f.missed as FitReason[] });
  }
  return out;
}

/** One prepared scorer per basis: preparing the matchers costs more than scoring one creator. */
export class ScorerMemo {
  private last: { basis: string; score: ReturnType<FitScoring> } | null = null;
  constructor(private readonly scoring: FitScoring) {}

  get(basis: string, briefs: Brief[], scheme: TierScheme): ReturnType<FitScoring> {
    if (this.last?.basis !== basis) this.last = { basis, score: this.scoring(briefs, scheme) };
    return this.last.score;
  }
}
