/**
 * Campaign records: create, edit (rename, client, briefs, budget, dates, target),
 * archive and unarchive, list. Each change is one readwrite transaction,
 * validated with zod before it is written; a campaign is never deleted here
 * (archiving hides it and keeps every creator and post).
 */
import type { z } from 'zod';
import { BriefSchema } from '@/lib/schema/brief';
import {
  type Campaign,
  type CampaignEntry,
  CampaignEntrySchema,
  CampaignInputSchema,
  CampaignPatchSchema,
  type CampaignPost,
  CampaignPostSchema,
  CampaignSchema,
} from '@/lib/schema/campaign';
import type { CampaignData } from '@/lib/schema/campaign-views';
import { changedFields, stamp } from './campaign-stamps';
import type { StoreContext } from './context';
import { StoreError } from './errors';
import { SeenValid } from './seen-valid';
import { type ReadTx, readTx, track, type WriteTx, writeTx } from './tx';
import { describeIssues, forWrite, rawKey, readAllValid, readValid } from './validate';

const EDITABLE = ['name', 'client', 'briefIds', 'budget', 'startDate', 'endDate', 'targetCreators'] as const;

export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoreError('invalid', `Invalid ${what}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Brief ids must name saved briefs: a campaign pointing at nothing would show no fit. */
async function checkBriefs(tx: WriteTx<['campaigns', 'briefs']>, ids: readonly string[]): Promise<void> {
  const found = await Promise.all(ids.map((id) => track(tx.objectStore('briefs').get(id))));
  const missing = ids.filter((_, i) => !BriefSchema.safeParse(found[i]).success);
  if (missing.length > 0) throw new StoreError('not-found', `No saved brief with id ${missing.join(', ')}.`);
}

export async function createCampaign(
  ctx: StoreContext,
  input: unknown,
  now: number,
  id: string,
): Promise<Campaign> {
  const fields = parseInput(CampaignInputSchema, input, 'campaign');
  const stamps = stamp({}, ['name', ...EDITABLE.filter((f) => f !== 'name' && fields[f] !== undefined)], now);
  const campaign = forWrite(
    CampaignSchema,
    {
      type: 'campaign',
      id,
      name: fields.name,
      client: fields.client ?? '',
      briefIds: [...new Set(fields.briefIds ?? [])],
      budget: fields.budget ?? null,
      startDate: fields.startDate ?? null,
      endDate: fields.endDate ?? null,
      targetCreators: fields.targetCreators ?? null,
      archived: false,
      origin: 'user',
      createdAt: now,
      updatedAt: now,
      stamps,
    },
    'campaign',
  );
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'briefs'], async (tx) => {
      await checkBriefs(tx, campaign.briefIds);
      if ((await tx.objectStore('campaigns').get(id)) !== undefined) {
        throw new StoreError('invalid', `A campaign with id ${id} already exists.`);
      }
      await tx.objectStore('campaigns').put(campaign);
      return campaign;
    }),
  );
}

/** Reads a campaign inside a write transaction; refuses a missing or unreadable one. */
export async function campaignFor(
  ctx: StoreContext,
  store: { get(id: string): Promise<unknown> },
  id: string,
): Promise<Campaign> {
  const raw = await store.get(id);
  const campaign = readValid(CampaignSchema, raw, 'campaigns', id, ctx.reportCorrupt);
  if (!campaign) {
    throw new StoreError(
      raw === undefined ? 'not-found' : 'invalid',
      raw === undefined
        ? `No campaign with id ${id}.`
        : `The campaign ${id} is unreadable; nothing was changed.`,
    );
  }
  return campaign;
}

export async function updateCampaign(
  ctx: StoreContext,
  id: string,
  patch: unknown,
  now: number,
): Promise<Campaign> {
  const fields = parseInput(CampaignPatchSchema, patch, 'campaign change');
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'briefs'], async (tx) => {
      const before = await campaignFor(ctx, tx.objectStore('campaigns'), id);
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      const after: Campaign = { ...before, ...defined };
      if (fields.briefIds) {
        after.briefIds = [...new Set(fields.briefIds)];
        await checkBriefs(tx, after.briefIds);
      }
      const changed = changedFields(before, after, EDITABLE);
      if (changed.length === 0) return before;
      const next = forWrite(
        CampaignSchema,
        { ...after, updatedAt: now, stamps: stamp(before.stamps, changed, now) },
        'campaign',
      );
      await tx.objectStore('campaigns').put(next);
      return next;
    }),
  );
}

export async function setCampaignArchived(
  ctx: StoreContext,
  id: string,
  archived: boolean,
  now: number,
): Promise<Campaign> {
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns'], async (tx) => {
      const before = await campaignFor(ctx, tx.objectStore('campaigns'), id);
      if (before.archived === archived) return before;
      const next = forWrite(
        CampaignSchema,
        { ...before, archived, updatedAt: now, stamps: stamp(before.stamps, ['archived'], now) },
        'campaign',
      );
      await tx.objectStore('campaigns').put(next);
      return next;
    }),
  );
}

/** Every campaign, archived ones included when asked, most recently changed first. */
export function listCampaigns(ctx: StoreContext, includeArchived: boolean): Promise<Campaign[]> {
  return ctx.connection.use((db) =>
    readTx(db, ['campaigns'], async (tx) => {
      const raw = await tx.objectStore('campaigns').getAll();
      return readAllValid(CampaignSchema, raw, 'campaigns', rawKey('id'), ctx.reportCorrupt)
        .filter((c) => includeArchived || !c.archived)
        .sort((a, b) => b.updatedAt - a.updatedAt);
    }),
  );
}

type CampaignReadTx = ReadTx<['campaigns', 'campaignEntries', 'campaignPosts']>;

/**
 * Entries this store has already seen pass zod (seen-valid.ts): the campaign
 * list reads every entry of every campaign (100 × 100 = 10,000) on each open.
 * Kept per store context, beside it rather than in it, so campaigns stay self-contained.
 */
const seenEntries = new WeakMap<StoreContext, SeenValid<CampaignEntry>>();
const SEEN_ENTRIES_LIMIT = 20_000;

function entriesSeen(ctx: StoreContext): SeenValid<CampaignEntry> {
  let seen = seenEntries.get(ctx);
  if (!seen) {
    seen = new SeenValid(CampaignEntrySchema, 'campaignEntries', SEEN_ENTRIES_LIMIT);
    seenEntries.set(ctx, seen);
  }
  return seen;
}

function splitEntries(
  ctx: StoreContext,
  raw: unknown[],
): { live: CampaignEntry[]; removed: CampaignEntry[] } {
  const all = entriesSeen(ctx).readAll(raw, rawKey('id'), ctx.reportCorrupt);
  return {
    live: all.filter((e) => e.removed === null).sort((a, b) => a.addedAt - b.addedAt),
    removed: all
      .filter((e) => e.removed !== null)
      .sort((a, b) => (b.removed?.at ?? 0) - (a.removed?.at ?? 0)),
  };
}

function livePosts(ctx: StoreContext, raw: unknown[]): CampaignPost[] {
  return readAllValid(CampaignPostSchema, raw, 'campaignPosts', rawKey('id'), ctx.reportCorrupt).filter(
    (p) => p.removed === null,
  );
}

export function getCampaign(ctx: StoreContext, id: string): Promise<CampaignData | null> {
  return ctx.connection.use((db) =>
    readTx(db, ['campaigns', 'campaignEntries', 'campaignPosts'], async (tx: CampaignReadTx) => {
      const [raw, rawEntries, rawPosts] = await Promise.all([
        track(tx.objectStore('campaigns').get(id)),
        track(tx.objectStore('campaignEntries').index('campaignId').getAll(id)),
        track(tx.objectStore('campaignPosts').index('campaignId').getAll(id)),
      ]);
      const campaign = readValid(CampaignSchema, raw, 'campaigns', id, ctx.reportCorrupt);
      if (!campaign) return null;
      const { live, removed } = splitEntries(ctx, rawEntries);
      return { campaign, entries: live, removed, posts: livePosts(ctx, rawPosts) };
    }),
  );
}

/**
 * Every campaign with its creators and posts, for the campaign list's progress:
 * one read transaction, one getAll per store (100 campaigns × 100 creators is
 * 10,000 entries: cheaper read at once than per campaign).
 */
export function campaignOverview(ctx: StoreContext, includeArchived: boolean): Promise<CampaignData[]> {
  return ctx.connection.use((db) =>
    readTx(db, ['campaigns', 'campaignEntries', 'campaignPosts'], async (tx: CampaignReadTx) => {
      const [rawCampaigns, rawEntries, rawPosts] = await Promise.all([
        track(tx.objectStore('campaigns').getAll()),
        track(tx.objectStore('campaignEntries').getAll()),
        track(tx.objectStore('campaignPosts').getAll()),
      ]);
      const campaigns = readAllValid(
        CampaignSchema,
        rawCampaigns,
        'campaigns',
        rawKey('id'),
        ctx.reportCorrupt,
      )
        .filter((c) => includeArchived || !c.archived)
        .sort((a, b) => b.updatedAt - a.updatedAt);
      const byCampaign = new Map<string, CampaignData>(
        campaigns.map((campaign) => [campaign.id, { campaign, entries: [], removed: [], posts: [] }]),
      );
      const { live, removed } = splitEntries(ctx, rawEntries);
      for (const e of live) byCampaign.get(e.campaignId)?.entries.push(e);
      for (const e of removed) byCampaign.get(e.campaignId)?.removed.push(e);
      for (const p of livePosts(ctx, rawPosts)) byCampaign.get(p.campaignId)?.posts.push(p);
      return [...byCampaign.values()];
    }),
  );
}
