/**
 * The campaign requests of the worker's message protocol (beside the main one in
 * lib/messages.ts). Validated on arrival like every request; only extension pages
 * (dashboard, popup) may send them: a content script — code running inside
 * instagram.com or tiktok.com — is refused every one of them, since campaigns hold
 * fees, notes and client names no page may read or change.
 */
import { z } from 'zod';
import type { CampaignProgress } from '@/lib/campaigns/progress';
import type { QueueItem, QueueProgress, Rejected, VisitQueue } from '@/lib/campaigns/visit-queue';
import {
  type Campaign,
  CampaignIdSchema,
  CampaignInputSchema,
  CampaignPatchSchema,
  type CampaignPost,
  EntryPatchSchema,
  IsoDateSchema,
  PostSightingSchema,
} from '@/lib/schema/campaign';
import type { AddResult, CampaignCreatorRow, CampaignData, Skipped } from '@/lib/schema/campaign-views';
import { CreatorKeySchema } from '@/lib/schema/creator';
import { PlatformSchema } from '@/lib/schema/reading';

/** Every campaign request's type starts with this; the router sends them all here. */
export const CAMPAIGN_PREFIX = 'campaigns:';

const keys = z.array(CreatorKeySchema).min(1).max(10_000);
const id = CampaignIdSchema;

export const CampaignRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('campaigns:list'), includeArchived: z.boolean().optional() }),
  /** Every campaign with its progress (the campaign list); `today` is the user's calendar day. */
  z.object({
    type: z.literal('campaigns:overview'),
    today: IsoDateSchema,
    includeArchived: z.boolean().optional(),
  }),
  z.object({ type: z.literal('campaigns:get'), id, today: IsoDateSchema }),
  z.object({ type: z.literal('campaigns:create'), campaign: CampaignInputSchema }),
  z.object({ type: z.literal('campaigns:update'), id, patch: CampaignPatchSchema }),
  z.object({ type: z.literal('campaigns:archive'), id, archived: z.boolean() }),
  z.object({ type: z.literal('campaigns:add-creators'), id, keys }),
  z.object({ type: z.literal('campaigns:remove-creators'), id, keys }),
  /** Undo of a removal. */
  z.object({ type: z.literal('campaigns:restore-creators'), id, keys }),
  z.object({ type: z.literal('campaigns:move-creators'), from: id, to: id, keys }),
  z.object({ type: z.literal('campaigns:update-creators'), id, keys, patch: EntryPatchSchema }),
  z.object({ type: z.literal('campaigns:attach-post'), id, post: PostSightingSchema }),
  z.object({ type: z.literal('campaigns:detach-post'), id, postKey: z.string().min(3).max(120) }),
  /** The campaign's creators with their figures, fits, delivered posts and contacts (table and CSV). */
  z.object({ type: z.literal('campaigns:rows'), id, today: IsoDateSchema }),
  z.object({ type: z.literal('campaigns:queue-get'), id }),
  /**
   * Pasted handles or links, or a CSV file with a column of them, read in the
   * worker (lib/campaigns/visit-queue.ts) and added to the campaign and its queue.
   * `platform`: what a bare handle means (null: bare handles are rejected).
   */
  z.object({
    type: z.literal('campaigns:queue-import'),
    id,
    platform: PlatformSchema.nullable(),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('paste'), text: z.string().max(200_000) }),
      z.object({
        kind: z.literal('csv'),
        text: z.string().max(5 * 1024 * 1024),
        column: z.union([z.string().min(1).max(100), z.number().int().nonnegative().max(1_000)]).optional(),
      }),
    ]),
  }),
  z.object({ type: z.literal('campaigns:queue-skip'), id, key: CreatorKeySchema, skipped: z.boolean() }),
]);
export type CampaignRequest = z.infer<typeof CampaignRequestSchema>;
export type CampaignRequestType = CampaignRequest['type'];

/** True for anything that claims to be a campaign request (valid or not): it is routed and checked here. */
export function isCampaignMessage(raw: unknown): boolean {
  return (
    !!raw &&
    typeof raw === 'object' &&
    typeof (raw as { type?: unknown }).type === 'string' &&
    ((raw as { type: string }).type as string).startsWith(CAMPAIGN_PREFIX)
  );
}

export interface CampaignView extends CampaignData {
  progress: CampaignProgress;
}

export interface CampaignResponseMap {
  'campaigns:list': Campaign[];
  'campaigns:overview': { campaign: Campaign; progress: CampaignProgress }[];
  'campaigns:get': CampaignView | null;
  'campaigns:create': Campaign;
  'campaigns:update': Campaign;
  'campaigns:archive': Campaign;
  'campaigns:add-creators': AddResult;
  'campaigns:remove-creators': { removed: number; skipped: Skipped[] };
  'campaigns:restore-creators': { restored: number };
  'campaigns:move-creators': { moved: number; skipped: Skipped[] };
  'campaigns:update-creators': { updated: number; skipped: Skipped[] };
  'campaigns:attach-post': CampaignPost;
  'campaigns:detach-post': { detached: boolean };
  'campaigns:rows': CampaignCreatorRow[];
  'campaigns:queue-get': QueueState;
  'campaigns:queue-import': QueueState & {
    added: AddResult;
    rejected: Rejected[];
    duplicates: number;
    /** The CSV column read (null: no header row, or pasted text). */
    column: string | null;
  };
  'campaigns:queue-skip': QueueState;
}

/** A queue as the UI shows it: the items, "12 of 50 visited", and what to open next. */
export interface QueueState {
  queue: VisitQueue;
  progress: QueueProgress;
  next: QueueItem | null;
}
