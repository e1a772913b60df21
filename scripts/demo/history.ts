/**
 * A few months of history for the sample creators, as if the marketer had
 * looked at them before: a Microlens backup (the documented import format)
 * holding each creator's first sighting and monthly follower snapshots. The
 * demo imports it before visiting the pages, so growth figures and the
 * dashboard's history chart have something to show. Today's figures still come
 * only from reading the pages.
 */

import { creatorKey } from '@/lib/schema/creator';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/store/backup-format';
import type { SampleCreator } from './creators';

const DAY_MS = 86_400_000;
/** Monthly follower growth per sample (fraction), chosen to show the range of growth figures. */
const MONTHLY_GROWTH: Record<string, number> = {
  'glowing.with.nadia': 0.041,
  'kopi.kelana': 0.018,
  'mama.mpasi.rumahan': 0.009,
  'jalan.hemat.rina': 0.063,
  'hijab.daily.salsa': 0.027,
  'bang.ozi.main': -0.004,
};
const MONTHS_BACK = [3, 2, 1];

export function historyBackupText(creators: SampleCreator[], now: number): string {
  const firstSeen = now - MONTHS_BACK[0]! * 30 * DAY_MS;
  const records = creators.map((c) => ({
    key: creatorKey(c.platform, c.handle),
    platform: c.platform,
    handle: c.handle,
    displayName: c.displayName,
    verified: false,
    private: false,
    bio: null,
    externalUrl: null,
    followers: null,
    following: null,
    posts: null,
    likesTotal: null,
    videoCount: null,
    firstSeen,
    lastSeen: firstSeen,
    metrics: null,
  }));
  const snapshots = creators.flatMap((c) =>
    MONTHS_BACK.map((months) => ({
      creatorKey: creatorKey(c.platform, c.handle),
      at: now - months * 30 * DAY_MS,
      followers: Math.round(c.followers / (1 + (MONTHLY_GROWTH[c.handle] ?? 0)) ** months),
      followersExact: true,
      following: c.following,
      posts: null,
      likesTotal: null,
      engagement: null,
    })),
  );
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    creators: records,
    snapshots,
  });
}
