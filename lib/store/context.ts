/** What every store module needs: the connection, the report sink, and the computations injected. */

import type { BenchmarkSet } from '@/lib/metrics/benchmark-sets/schema';
import type { Creator, ShortlistEntry, Snapshot, StoredCount } from '@/lib/schema/creator';
import type { CreatorMetrics } from '@/lib/schema/metrics';
import type { Count, Platform, PostReading } from '@/lib/schema/reading';
import type { TierScheme } from '@/lib/schema/settings';
import type { Connection } from '@/lib/store/connection';
import type { FitCache, ScorerMemo } from '@/lib/store/fit-cache';
import type { SeenValid } from '@/lib/store/seen-valid';
import type { CorruptSink } from '@/lib/store/validate';

/** Same shape as computeCreatorMetrics (lib/metrics/compute-metrics.ts); must be synchronous. */
export type ComputeMetrics = (input: {
  platform: Platform;
  followers: StoredCount | Count | null;
  posts: PostReading[];
  snapshots: Snapshot[];
  scheme: TierScheme;
  benchmarks?: BenchmarkSet;
  now: number;
}) => CreatorMetrics;

export interface StoreContext {
  connection: Connection;
  reportCorrupt: CorruptSink;
  /** Null: metrics are left unknown (null) rather than guessed. */
  computeMetrics: ComputeMetrics | null;
  /** Brief-fit scoring for the cached scores (null: no scores are cached or listed). */
  fits: { memo: ScorerMemo; tag: string } | null;
  /** Records already seen to pass validation, to validate them again cheaply (seen-valid.ts). */
  seen: {
    creators: SeenValid<Creator>;
    shortlist: SeenValid<ShortlistEntry>;
    fits: SeenValid<FitCache>;
  };
}
