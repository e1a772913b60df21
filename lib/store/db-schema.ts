/**
 * The IndexedDB layout Microlens keeps (current version). Values are typed as
 * what we write; everything read back is still re-validated with zod, because a
 * record on disk may come from an older build, a restore, or a bug.
 */
import type { DBSchema } from 'idb';
import type { Brief } from '@/lib/schema/brief';
import type { Campaign, CampaignEntry, CampaignPost } from '@/lib/schema/campaign';
import type { Creator, ShortlistEntry, Snapshot, StoredPost } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import type { FitCache } from './fit-cache';

export const DB_NAME = 'microlens';
export const DB_VERSION = 6;

/** The settings store holds one record under this key. */
export const SETTINGS_KEY = 'current';

export const STORE_NAMES = [
  'creators',
  'snapshots',
  'posts',
  'briefs',
  'shortlist',
  'settings',
  'meta',
  'fits',
  'campaigns',
  'campaignEntries',
  'campaignPosts',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface MicrolensDB extends DBSchema {
  creators: {
    key: string;
    value: Creator;
    indexes: { platform: string; lastSeen: number; lastSeen_key: [number, string] };
  };
  snapshots: { key: number; value: Snapshot; indexes: { creatorKey_at: [string, number] } };
  posts: {
    key: string;
    value: StoredPost;
    indexes: { creatorKey: string; creatorKey_takenAt: [string, number] };
  };
  briefs: { key: string; value: Brief };
  shortlist: { key: string; value: ShortlistEntry; indexes: { status: string; updatedAt: number } };
  settings: { key: string; value: Settings };
  meta: { key: string; value: MetaRecord };
  /** Cached brief-fit scores per creator (lib/store/fit-cache.ts). */
  fits: { key: string; value: FitCache };
  /** Campaigns and their creators and delivered posts (lib/schema/campaign.ts, upgrade-campaigns.ts). */
  campaigns: { key: string; value: Campaign };
  campaignEntries: { key: string; value: CampaignEntry; indexes: { campaignId: string; creatorKey: string } };
  campaignPosts: { key: string; value: CampaignPost; indexes: { campaignId: string; postKey: string } };
}

/** Every key of one creator in a compound [creatorKey, number] index. */
export function creatorRange(creatorKey: string): IDBKeyRange {
  return IDBKeyRange.bound([creatorKey, Number.NEGATIVE_INFINITY], [creatorKey, Number.POSITIVE_INFINITY]);
}
