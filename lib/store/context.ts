/** What every store module needs: the connection, the report sink, and the computations injected. */

import type { BenchmarkSet } from '../metrics/benchmark-sets/schema';
import type { Creator, ShortlistEntry, Snapshot, StoredCount } from '../schema/creator';
import type { CreatorMetrics } from '../schema/metrics';
import type { Count, Platform, PostReading } from '../schema/reading';
import type { TierScheme } from '../schema/settings';
import type { Connection } from './connection';
import type { FitCache, ScorerMemo } from './fit-cache';
import type { SeenValid } from './seen-valid';
import type { CorruptSink } from './validate';

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
