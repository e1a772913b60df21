/**
 * The campaign half of the store (store.campaigns): every operation on
 * campaigns, their creators and their delivered posts, bound to the store's
 * connection. Kept apart from the Store interface so campaigns grow here
 * without touching the rest.
 */
import type { ProfileTarget } from '@/lib/campaigns/profile-target';
import type { VisitQueue } from '@/lib/campaigns/visit-queue';
import type { Campaign, CampaignPost, PostSighting } from '@/lib/schema/campaign';
import type { AddResult, CampaignData, Skipped } from '@/lib/schema/campaign-views';
import {
  addCreators,
  moveCreators,
  removeCreators,
  restoreCreators,
  updateEntries,
} from './campaign-entries';
import { attachPost, detachPost, observePost } from './campaign-posts';
import { getQueue, importToQueue, markVisitedInQueues, setQueueSkipped } from './campaign-queues';
import {
  campaignOverview,
  createCampaign,
  getCampaign,
  listCampaigns,
  setCampaignArchived,
  updateCampaign,
} from './campaigns';
import type { StoreContext } from './context';

export interface CampaignStore {
  /** `id` from campaignIdFrom(crypto.randomUUID()) — the caller owns the randomness. */
  create(input: unknown, now: number, id: string): Promise<Campaign>;
  update(id: string, patch: unknown, now: number): Promise<Campaign>;
  setArchived(id: string, archived: boolean, now: number): Promise<Campaign>;
  list(includeArchived?: boolean): Promise<Campaign[]>;
  get(id: string): Promise<CampaignData | null>;
  /** Every campaign with its creators and posts (the campaign list's progress). */
  overview(includeArchived?: boolean): Promise<CampaignData[]>;
  addCreators(id: string, keys: readonly string[], now: number): Promise<AddResult>;
  removeCreators(
    id: string,
    keys: readonly string[],
    now: number,
  ): Promise<{ removed: number; skipped: Skipped[] }>;
  restoreCreators(id: string, keys: readonly string[], now: number): Promise<{ restored: number }>;
  moveCreators(
    fromId: string,
    toId: string,
    keys: readonly string[],
    now: number,
  ): Promise<{ moved: number; skipped: Skipped[] }>;
  updateCreators(
    id: string,
    keys: readonly string[],
    patch: unknown,
    now: number,
  ): Promise<{ updated: number; skipped: Skipped[] }>;
  attachPost(id: string, sighting: unknown, now: number): Promise<CampaignPost>;
  detachPost(id: string, postKey: string, now: number): Promise<boolean>;
  /** A post opened again: its figures go to every campaign it is attached to. */
  observePost(postKey: string, figures: PostSighting['figures'], now: number): Promise<number>;
  /** The campaign's visit queue (empty when none was imported). */
  queue(id: string): Promise<VisitQueue>;
  /** Adds creators to the campaign and to the end of its queue, in one transaction. */
  importToQueue(
    id: string,
    targets: readonly ProfileTarget[],
    now: number,
  ): Promise<{ queue: VisitQueue; added: AddResult }>;
  setQueueSkipped(id: string, key: string, skipped: boolean): Promise<VisitQueue>;
  /** A profile was read: visited in every queue holding it. */
  markVisited(key: string, at: number): Promise<number>;
}

export function campaignStore(ctx: StoreContext): CampaignStore {
  return {
    create: (input, now, id) => createCampaign(ctx, input, now, id),
    update: (id, patch, now) => updateCampaign(ctx, id, patch, now),
    setArchived: (id, archived, now) => setCampaignArchived(ctx, id, archived, now),
    list: (includeArchived = false) => listCampaigns(ctx, includeArchived),
    get: (id) => getCampaign(ctx, id),
    overview: (includeArchived = false) => campaignOverview(ctx, includeArchived),
    addCreators: (id, keys, now) => addCreators(ctx, id, keys, now),
    removeCreators: (id, keys, now) => removeCreators(ctx, id, keys, now),
    restoreCreators: (id, keys, now) => restoreCreators(ctx, id, keys, now),
    moveCreators: (fromId, toId, keys, now) => moveCreators(ctx, fromId, toId, keys, now),
    updateCreators: (id, keys, patch, now) => updateEntries(ctx, id, keys, patch, now),
    attachPost: (id, sighting, now) => attachPost(ctx, id, sighting, now),
    detachPost: (id, postKey, now) => detachPost(ctx, id, postKey, now),
    observePost: (postKey, figures, now) => observePost(ctx, postKey, figures, now),
    queue: (id) => getQueue(ctx, id),
    importToQueue: (id, targets, now) => importToQueue(ctx, id, targets, now),
    setQueueSkipped: (id, key, skipped) => setQueueSkipped(ctx, id, key, skipped),
    markVisited: (key, at) => markVisitedInQueues(ctx, key, at),
  };
}
