/**
 * Campaigns: a client's collaboration with many creators, from the first look to
 * the delivered posts. Three kinds of document, each a flat record with a stable
 * string id and a `type`, so the same records can later replicate as CouchDB
 * documents (`_id` = `id`) without a change of shape:
 *
 * - Campaign        `cmp_<random>`                        name, client, briefs, budget, dates, target
 * - CampaignEntry   `entry:<campaignId>:<creatorKey>`     one creator in one campaign: stage, fee, deliverables…
 * - CampaignPost    `post:<campaignId>:<postKey>`         one delivered post with its figures over time
 *
 * Entry and post ids are derived from what they are about, so two browsers adding
 * the same creator to the same campaign write the same document (a merge, not a
 * duplicate). Every document carries `stamps`: per field, when it last changed and
 * by whom (`by` is null on a single browser; team sync fills it), which is what a
 * field-by-field merge needs. Removal is a `removed` stamp, never a deletion, so it
 * can be undone and replicates as an ordinary change.
 */
import { z } from 'zod';
import { CreatorKeySchema, CurrencySchema } from './creator';

/** Pipeline order; `declined` ends a creator's run at any point. */
export const CAMPAIGN_STAGES = [
  'saved',
  'contacted',
  'negotiating',
  'agreed',
  'content-live',
  'done',
  'declined',
] as const;
export const CampaignStageSchema = z.enum(CAMPAIGN_STAGES);
export type CampaignStage = z.infer<typeof CampaignStageSchema>;

/** Stages in which a fee is a commitment against the budget. */
export const COMMITTED_STAGES: readonly CampaignStage[] = ['agreed', 'content-live', 'done'];

export const BudgetCurrencySchema = z.enum(['IDR', 'USD']);
export type BudgetCurrency = z.infer<typeof BudgetCurrencySchema>;

export const MoneySchema = z.object({
  amount: z.number().nonnegative().finite().max(1e15),
  currency: BudgetCurrencySchema,
});
export type Money = z.infer<typeof MoneySchema>;

/** A calendar day, "2026-12-06" (campaign dates are days, not instants). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'not a calendar date',
    },
  );
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const CAMPAIGN_ID_PATTERN = /^cmp_[A-Za-z0-9_-]{8,64}$/;
export const CampaignIdSchema = z.string().regex(CAMPAIGN_ID_PATTERN);

/** A campaign id from a random UUID (the caller supplies the randomness: lib stays pure). */
export function campaignIdFrom(uuid: string): string {
  const id = `cmp_${uuid.replace(/[^A-Za-z0-9]/g, '').slice(0, 64)}`;
  if (!CAMPAIGN_ID_PATTERN.test(id)) throw new Error('a campaign id needs at least 8 letters or digits');
  return id;
}

export function entryId(campaignId: string, creatorKey: string): string {
  return `entry:${campaignId}:${creatorKey}`;
}

export function campaignPostId(campaignId: string, postKey: string): string {
  return `post:${campaignId}:${postKey}`;
}

/** When a field last changed and who changed it (null: this browser, no team). */
export const ChangeStampSchema = z.object({
  at: z.number().int(),
  by: z.string().min(1).max(120).nullable(),
});
export type ChangeStamp = z.infer<typeof ChangeStampSchema>;

export const FieldStampsSchema = z.record(z.string().min(1).max(40), ChangeStampSchema);
export type FieldStamps = z.infer<typeof FieldStampsSchema>;

const name = z.string().trim().min(1).max(120);
const tag = z.string().trim().min(1).max(40);

/** The fields a user sets on a campaign (create and edit share them). */
export const CampaignFieldsSchema = z.object({
  name,
  client: z.string().trim().max(120),
  briefIds: z.array(z.string().min(1).max(64)).max(20),
  budget: MoneySchema.nullable(),
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  /** How many creators the campaign wants. */
  targetCreators: z.number().int().positive().max(10_000).nullable(),
});
export type CampaignFields = z.infer<typeof CampaignFieldsSchema>;

const datesInOrder = (c: { startDate: string | null; endDate: string | null }) =>
  c.startDate === null || c.endDate === null || c.startDate <= c.endDate;
const DATES_MESSAGE = { message: 'the campaign ends before it starts', path: ['endDate'] };

export const CampaignSchema = CampaignFieldsSchema.extend({
  type: z.literal('campaign'),
  id: CampaignIdSchema,
  archived: z.boolean(),
  /** `shortlist`: made from the shortlist when campaigns arrived; `user`: created by the user. */
  origin: z.enum(['user', 'shortlist']),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  stamps: FieldStampsSchema,
}).refine(datesInOrder, DATES_MESSAGE);
export type Campaign = z.infer<typeof CampaignSchema>;

export const CampaignInputSchema = CampaignFieldsSchema.partial({
  client: true,
  briefIds: true,
  budget: true,
  startDate: true,
  endDate: true,
  targetCreators: true,
}).refine((c) => datesInOrder({ startDate: c.startDate ?? null, endDate: c.endDate ?? null }), DATES_MESSAGE);
export type CampaignInput = z.infer<typeof CampaignInputSchema>;

export const CampaignPatchSchema = CampaignFieldsSchema.partial().strict();
export type CampaignPatch = z.infer<typeof CampaignPatchSchema>;

export const DELIVERABLE_KINDS = ['post', 'video', 'story'] as const;
export const DeliverableKindSchema = z.enum(DELIVERABLE_KINDS);
export type DeliverableKind = z.infer<typeof DeliverableKindSchema>;

/** "3 videos, due 2026-12-10, 2026-12-17 and 2026-12-24": one due date per piece, or fewer when not all are set. */
export const DeliverableSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    kind: DeliverableKindSchema,
    count: z.number().int().positive().max(1_000),
    due: z.array(IsoDateSchema).max(1_000),
  })
  .refine((d) => d.due.length <= d.count, { message: 'more due dates than pieces', path: ['due'] });
export type Deliverable = z.infer<typeof DeliverableSchema>;

export const CampaignEntrySchema = z
  .object({
    type: z.literal('campaign-entry'),
    id: z.string().min(1).max(200),
    campaignId: CampaignIdSchema,
    creatorKey: CreatorKeySchema,
    stage: CampaignStageSchema,
    /** The fee agreed for this campaign (all deliverables), in a budget currency. */
    fee: MoneySchema.nullable(),
    /** Per-post rate as quoted or agreed on the shortlist (kept from it; any currency). */
    rate: z.object({ amount: z.number().nonnegative().finite(), currency: CurrencySchema }).nullable(),
    deliverables: z.array(DeliverableSchema).max(50),
    notes: z.string().max(20_000),
    tags: z.array(tag).max(50),
    addedAt: z.number().int(),
    updatedAt: z.number().int(),
    /** Set when the creator was taken out of the campaign: kept, so the removal can be undone. */
    removed: ChangeStampSchema.nullable(),
    stamps: FieldStampsSchema,
  })
  .refine((e) => e.id === entryId(e.campaignId, e.creatorKey), {
    message: 'entry id does not match its campaign and creator',
    path: ['id'],
  })
  .refine((e) => new Set(e.deliverables.map((d) => d.id)).size === e.deliverables.length, {
    message: 'deliverable ids must differ',
    path: ['deliverables'],
  });
export type CampaignEntry = z.infer<typeof CampaignEntrySchema>;

/** What a user changes on one or many entries at once. */
export const EntryPatchSchema = z
  .object({
    stage: CampaignStageSchema.optional(),
    fee: MoneySchema.nullable().optional(),
    deliverables: z.array(DeliverableSchema).max(50).optional(),
    notes: z.string().max(20_000).optional(),
    tags: z.array(tag).max(50).optional(),
    addTags: z.array(tag).max(50).optional(),
    removeTags: z.array(tag).max(50).optional(),
  })
  .strict();
export type EntryPatch = z.infer<typeof EntryPatchSchema>;

const figure = z.number().int().nonnegative().nullable();

/** A delivered post's figures at one moment (null: not shown on the page that time). */
export const PostFiguresSchema = z.object({
  at: z.number().int(),
  views: figure,
  likes: figure,
  comments: figure,
  shares: figure,
  saves: figure,
  /** False when any figure was a rounded display ("298K"): the totals built on it are estimates. */
  exact: z.boolean(),
});
export type PostFigures = z.infer<typeof PostFiguresSchema>;

/** Observations kept per post: the first always, then the latest ones. */
export const MAX_POST_TIMELINE = 200;

export const CampaignPostSchema = z
  .object({
    type: z.literal('campaign-post'),
    id: z.string().min(1).max(200),
    campaignId: CampaignIdSchema,
    creatorKey: CreatorKeySchema,
    /** "instagram:CPeC-Eenc8l", as in the posts store. */
    postKey: z.string().min(3).max(120),
    url: z.string().max(2_000),
    /** Publication time when the page showed it. */
    takenAt: z.number().int().nullable(),
    attachedAt: z.number().int(),
    /** Every time the user opened the post, oldest first (first one always kept). */
    timeline: z.array(PostFiguresSchema).min(1).max(MAX_POST_TIMELINE),
    updatedAt: z.number().int(),
    removed: ChangeStampSchema.nullable(),
    stamps: FieldStampsSchema,
  })
  .refine((p) => p.id === campaignPostId(p.campaignId, p.postKey), {
    message: 'post id does not match its campaign and post',
    path: ['id'],
  });
export type CampaignPost = z.infer<typeof CampaignPostSchema>;

/** What the worker passes when a post is attached or seen again. */
export const PostSightingSchema = z.object({
  postKey: z.string().min(3).max(120),
  creatorKey: CreatorKeySchema,
  url: z.string().max(2_000),
  takenAt: z.number().int().nullable(),
  figures: PostFiguresSchema.omit({ at: true }),
});
export type PostSighting = z.infer<typeof PostSightingSchema>;
