/**
 * A post page the user opened, as a campaign sees it: which post, whose, and
 * its figures now (pure). From it the worker updates the figures of posts
 * already attached to a campaign, and the UI can offer to attach it to the
 * campaigns whose creator posted it within the campaign's dates.
 */
import type { Campaign, CampaignEntry, PostSighting } from '@/lib/schema/campaign';
import { creatorKey, isCreatorKey } from '@/lib/schema/plain';
import type { Count, Reading } from '@/lib/schema/reading';

/** Same key as the posts store (lib/store/merge-post.ts postKey). */
function postKeyOf(platform: Reading['platform'], id: string): string {
  return `${platform}:${id}`;
}

const value = (c: Count | null): number | null => c?.value ?? null;

/** The post a post or video page shows, with its author; null on profiles or without a known author. */
export function sightingFromReading(reading: Reading): PostSighting | null {
  const post = reading.post;
  if (!post || (reading.pageKind !== 'post' && reading.pageKind !== 'video')) return null;
  const author = (post.author ?? reading.handle)?.toLowerCase();
  if (!author) return null;
  const key = creatorKey(reading.platform, author);
  if (!isCreatorKey(key)) return null;
  const counts = [post.views, post.likes, post.comments, post.shares, post.saves];
  return {
    postKey: postKeyOf(reading.platform, post.id),
    creatorKey: key,
    url: post.url,
    takenAt: post.takenAt,
    figures: {
      views: value(post.views),
      likes: value(post.likes),
      comments: value(post.comments),
      shares: value(post.shares),
      saves: value(post.saves),
      exact: counts.every((c) => c === null || c.exact),
    },
  };
}

export interface AttachOffer {
  campaignId: string;
  campaignName: string;
  /** The post's date is not known: it may fall outside the campaign's dates. */
  dateUnknown: boolean;
}

/**
 * Campaigns (open, not archived) in which the post's creator is (and has not
 * declined), and whose dates hold the post's publication day (a campaign without
 * dates holds every day). The day is the user's: `utcOffsetMinutes` is their
 * time zone's offset (420 in Jakarta), so a post at 23:30 on the last day counts.
 * `attached`: campaigns the post is already in (nothing to offer there).
 */
export function attachOffers(
  sighting: PostSighting,
  campaigns: readonly { campaign: Campaign; entries: readonly CampaignEntry[] }[],
  utcOffsetMinutes: number,
  attached: ReadonlySet<string> = new Set(),
): AttachOffer[] {
  const day =
    sighting.takenAt === null
      ? null
      : new Date(sighting.takenAt + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  const offers: AttachOffer[] = [];
  for (const { campaign, entries } of campaigns) {
    if (campaign.archived || attached.has(campaign.id)) continue;
    if (
      !entries.some(
        (e) => e.creatorKey === sighting.creatorKey && e.removed === null && e.stage !== 'declined',
      )
    )
      continue;
    if (day !== null) {
      if (campaign.startDate && day < campaign.startDate) continue;
      if (campaign.endDate && day > campaign.endDate) continue;
    }
    offers.push({ campaignId: campaign.id, campaignName: campaign.name, dateUnknown: day === null });
  }
  return offers;
}
