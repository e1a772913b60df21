/**
 * Test helpers for the store. idb checks values with `instanceof IDBIndex`
 * etc., so the IDB interface globals must exist: 'fake-indexeddb/auto' installs
 * them. Every test still opens its own fresh IDBFactory (no shared state).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { CreatorMetrics } from '@/lib/schema/metrics';
import { SHORTLIST_STATUSES } from '@/lib/schema/plain';
import {
  type Count,
  type PostReading,
  type PostReadingInput,
  PostReadingSchema,
  type Reading,
  type ReadingInput,
  ReadingSchema,
} from '@/lib/schema/reading';
import type { ComputeMetrics } from '@/lib/store/context';
import { COUNTERS_KEY } from '@/lib/store/counters';
import type { StoreDump } from '@/lib/store/dump';
import { openStore, type Store, type StoreOptions } from '@/lib/store/store';

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 0, 10, 12, 0, 0);

export function freshFactory(): IDBFactory {
  return new IDBFactory() as unknown as IDBFactory;
}

export function exact(value: number, source: Count['source'] = 'json'): Count {
  return { value, exact: true, min: value, max: value, source };
}

/** A rounded display count ("1.1M" → 1,100,000 in 1,050,000..1,149,999). */
export function rounded(value: number, min: number, max: number, raw?: string): Count {
  return { value, exact: false, min, max, source: 'dom', ...(raw ? { raw } : {}) };
}

export function post(input: Partial<PostReadingInput> & { id: string }): PostReading {
  return PostReadingSchema.parse({ url: `https://www.instagram.com/p/${input.id}/`, ...input });
}

export function reading(input: Partial<ReadingInput> = {}): Reading {
  return ReadingSchema.parse({
    platform: 'instagram',
    pageKind: 'profile',
    url: 'https://www.instagram.com/rina.makeup/',
    readAt: T0,
    handle: 'rina.makeup',
    ...input,
  });
}

export interface MetricsSpy {
  compute: ComputeMetrics;
  calls: Parameters<ComputeMetrics>[0][];
}

/**
 * A stand-in for computeCreatorMetrics that records what it was given and
 * returns figures derived from it, so tests can see which posts/snapshots the
 * store passed without depending on the real formulas.
 */
export function metricsSpy(): MetricsSpy {
  const calls: Parameters<ComputeMetrics>[0][] = [];
  const compute: ComputeMetrics = (input) => {
    calls.push(input);
    const metrics: CreatorMetrics = {
      tier: { known: false, reason: 'no-followers' },
      engagement:
        input.posts.length > 0 && input.followers
          ? {
              known: true,
              byFollowers: { median: input.posts.length / 1000, mean: input.posts.length / 1000 },
              byFollowersAllInteractions: null,
              postsUsed: input.posts.length,
              exact: true,
            }
          : { known: false, reason: 'too-few-posts', postsUsed: input.posts.length },
      band: { known: false, reason: 'too-few-posts' },
      views: { known: false, reason: 'no-views', postsUsed: 0 },
      growth: { known: false, reason: 'too-few-snapshots' },
      cadence: { known: false, reason: 'no-dates' },
      sponsoredShare: null,
      computedAt: input.now,
    };
    return metrics;
  };
  return { compute, calls };
}

export async function newStore(options: StoreOptions = {}, factory = freshFactory()): Promise<Store> {
  return openStore(factory, 'microlens-test', options);
}

/**
 * The counts a dump's records imply (what count() on the creators store and on
 * the shortlist's status index would say), and the counters record it holds.
 */
export function countsInDump(dump: StoreDump): { real: unknown; kept: unknown } {
  const byStatus: Record<string, number> = Object.fromEntries(SHORTLIST_STATUSES.map((s) => [s, 0]));
  for (const { value } of dump.shortlist) {
    const status = (value as { status?: unknown }).status;
    if (typeof status === 'string' && status in byStatus) byStatus[status]! += 1;
  }
  const record = dump.meta.find((r) => r.key === COUNTERS_KEY)?.value as { value?: unknown } | undefined;
  return { real: { creators: dump.creators.length, byStatus }, kept: record?.value };
}
