/**
 * Delivered posts: a post the user attaches to a campaign, with its figures
 * each time the user opens it again (a timeline, so a three-month relationship
 * shows how each post kept growing). Only a creator who is in the campaign can
 * have posts attached; detaching keeps the record (restorable, like removals).
 */
import {
  CampaignEntrySchema,
  type CampaignPost,
  CampaignPostSchema,
  campaignPostId,
  entryId,
  MAX_POST_TIMELINE,
  type PostFigures,
  type PostSighting,
  PostSightingSchema,
} from '@/lib/schema/campaign';
import { stamp } from './campaign-stamps';
import { campaignFor, parseInput } from './campaigns';
import type { StoreContext } from './context';
import { StoreError } from './errors';
import { stableJson } from './stable-json';
import { track, writeTx } from './tx';
import { forWrite, readValid } from './validate';

/** The timeline with one more observation: the first is always kept, then the latest ones. */
export function withObservation(timeline: readonly PostFigures[], figures: PostFigures): PostFigures[] {
  const last = timeline[timeline.length - 1];
  const { at: _a, ...lastFigures } = last ?? { at: 0 };
  const { at: _b, ...newFigures } = figures;
  // The same figures again add nothing to the timeline (a reload, a second tab).
  if (last && stableJson(lastFigures) === stableJson(newFigures)) return [...timeline];
  const next = [...timeline, figures];
  if (next.length <= MAX_POST_TIMELINE) return next;
  return [next[0]!, ...next.slice(next.length - (MAX_POST_TIMELINE - 1))];
}

function figuresAt(sighting: PostSighting, now: number): PostFigures {
  return { at: now, ...sighting.figures };
}

/**
 * Attaches a post to a campaign, or records its figures again when it already
 * is (bringing it back if it was detached). The creator must be in the campaign.
 */
export async function attachPost(
  ctx: StoreContext,
  campaignId: string,
  sighting: unknown,
  now: number,
): Promise<CampaignPost> {
  const seen = parseInput(PostSightingSchema, sighting, 'post');
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'campaignEntries', 'campaignPosts'], async (tx) => {
      const campaign = await campaignFor(ctx, tx.objectStore('campaigns'), campaignId);
      const eid = entryId(campaignId, seen.creatorKey);
      const id = campaignPostId(campaignId, seen.postKey);
      const [rawEntry, rawPost] = await Promise.all([
        track(tx.objectStore('campaignEntries').get(eid)),
        track(tx.objectStore('campaignPosts').get(id)),
      ]);
      const entry = readValid(CampaignEntrySchema, rawEntry, 'campaignEntries', eid, ctx.reportCorrupt);
      if (!entry || entry.removed) {
        throw new StoreError(
          'invalid',
          `@${seen.creatorKey.split(':')[1]} is not in the campaign "${campaign.name}".`,
        );
      }
      const existing = readValid(CampaignPostSchema, rawPost, 'campaignPosts', id, ctx.reportCorrupt);
      if (rawPost !== undefined && !existing) {
        throw new StoreError('invalid', 'The attached post record is unreadable; it was left untouched.');
      }
      const figures = figuresAt(seen, now);
      const next: CampaignPost = existing
        ? {
            ...existing,
            removed: null,
            timeline: withObservation(existing.timeline, figures),
            takenAt: existing.takenAt ?? seen.takenAt,
            updatedAt: now,
            stamps: stamp(existing.stamps, existing.removed ? ['removed', 'timeline'] : ['timeline'], now),
          }
        : {
            type: 'campaign-post',
            id,
            campaignId,
            creatorKey: seen.creatorKey,
            postKey: seen.postKey,
            url: seen.url,
            takenAt: seen.takenAt,
            attachedAt: now,
            timeline: [figures],
            updatedAt: now,
            removed: null,
            stamps: stamp({}, ['timeline'], now),
          };
      const valid = forWrite(CampaignPostSchema, next, 'delivered post');
      await tx.objectStore('campaignPosts').put(valid);
      return valid;
    }),
  );
}

/**
 * The user opened a post again: its figures go into every campaign it is
 * attached to (detached ones are left alone). Returns how many were updated.
 */
export async function observePost(
  ctx: StoreContext,
  postKey: string,
  figures: PostSighting['figures'],
  now: number,
): Promise<number> {
  return ctx.connection.use((db) =>
    writeTx(db, ['campaignPosts'], async (tx) => {
      const store = tx.objectStore('campaignPosts');
      const raws = await store.index('postKey').getAll(postKey);
      const writes: Promise<unknown>[] = [];
      for (const raw of raws) {
        const post = readValid(
          CampaignPostSchema,
          raw,
          'campaignPosts',
          (raw as { id?: unknown })?.id,
          ctx.reportCorrupt,
        );
        if (!post || post.removed) continue;
        const timeline = withObservation(post.timeline, { at: now, ...figures });
        if (timeline.length === post.timeline.length && timeline.at(-1) === post.timeline.at(-1)) continue;
        const next = forWrite(
          CampaignPostSchema,
          { ...post, timeline, updatedAt: now, stamps: stamp(post.stamps, ['timeline'], now) },
          'delivered post',
        );
        writes.push(track(store.put(next)));
      }
      await Promise.all(writes);
      return writes.length;
    }),
  );
}

/** Detaches a post (kept with its timeline; attaching it again restores it). */
export async function detachPost(
  ctx: StoreContext,
  campaignId: string,
  postKey: string,
  now: number,
): Promise<boolean> {
  return ctx.connection.use((db) =>
    writeTx(db, ['campaignPosts'], async (tx) => {
      const id = campaignPostId(campaignId, postKey);
      const store = tx.objectStore('campaignPosts');
      const post = readValid(CampaignPostSchema, await store.get(id), 'campaignPosts', id, ctx.reportCorrupt);
      if (!post || post.removed) return false;
      await store.put(
        forWrite(
          CampaignPostSchema,
          {
            ...post,
            removed: { at: now, by: null },
            updatedAt: now,
            stamps: stamp(post.stamps, ['removed'], now),
          },
          'delivered post',
        ),
      );
      return true;
    }),
  );
}
