/**
 * The upgrade step that brings campaigns: three new object stores, and today's
 * shortlist copied into a default campaign ("Shortlist") with every creator's
 * status (as a stage), notes, tags and rate. With no shortlist records (a fresh
 * install) no campaign is made.
 *
 * Nothing is lost on the way: the step runs inside the version-change
 * transaction (if any write fails the browser rolls everything back and the old
 * database stays as it was), the shortlist records are left exactly where they
 * are (other parts of the extension still read them), and an entry that does
 * not validate is not copied but named in the upgrade's report
 * (meta `campaigns-from-shortlist`), still in the shortlist store.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import {
  type Campaign,
  type CampaignEntry,
  CampaignEntrySchema,
  CampaignSchema,
  type CampaignStage,
  campaignIdFrom,
  entryId,
} from '@/lib/schema/campaign';
import { type ShortlistEntry, ShortlistEntrySchema } from '@/lib/schema/creator';
import type { ShortlistStatusName } from '@/lib/schema/plain';
import { track } from './tx';
import { forWrite } from './validate';

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** The meta record that says what the upgrade copied (and what it could not). */
export const CAMPAIGNS_UPGRADE_KEY = 'campaigns-from-shortlist';

export const DEFAULT_CAMPAIGN_NAME = 'Shortlist';

/**
 * Shortlist statuses onto campaign stages. "active" was the shortlist's word for
 * a collaboration under way: agreed (content live would claim posts nobody has
 * attached yet). "rejected" is the pipeline's "declined".
 */
export const STAGE_OF_STATUS: Record<ShortlistStatusName, CampaignStage> = {
  saved: 'saved',
  contacted: 'contacted',
  negotiating: 'negotiating',
  active: 'agreed',
  done: 'done',
  rejected: 'declined',
};

export function createCampaignStores(db: AnyDb): void {
  db.createObjectStore('campaigns', { keyPath: 'id' });
  const entries = db.createObjectStore('campaignEntries', { keyPath: 'id' });
  entries.createIndex('campaignId', 'campaignId');
  entries.createIndex('creatorKey', 'creatorKey');
  const posts = db.createObjectStore('campaignPosts', { keyPath: 'id' });
  posts.createIndex('campaignId', 'campaignId');
  posts.createIndex('postKey', 'postKey');
}

/** One shortlist entry as an entry of the default campaign; every field kept. */
export function entryFromShortlist(campaignId: string, e: ShortlistEntry): CampaignEntry {
  const stamp = { at: e.updatedAt, by: null };
  return {
    type: 'campaign-entry',
    id: entryId(campaignId, e.creatorKey),
    campaignId,
    creatorKey: e.creatorKey,
    stage: STAGE_OF_STATUS[e.status],
    // The shortlist's rate is per post and may be only a quote: it stays a rate, not an agreed fee.
    fee: null,
    rate: e.rate,
    deliverables: [],
    notes: e.notes,
    tags: e.tags,
    addedAt: e.addedAt,
    updatedAt: e.updatedAt,
    removed: null,
    stamps: { stage: stamp, notes: stamp, tags: stamp, rate: stamp },
  };
}

export function defaultCampaign(id: string, now: number): Campaign {
  const stamp = { at: now, by: null };
  return forWrite(
    CampaignSchema,
    {
      type: 'campaign',
      id,
      name: DEFAULT_CAMPAIGN_NAME,
      client: '',
      briefIds: [],
      budget: null,
      startDate: null,
      endDate: null,
      targetCreators: null,
      archived: false,
      origin: 'shortlist',
      createdAt: now,
      updatedAt: now,
      stamps: { name: stamp },
    },
    'campaign',
  );
}

export interface CampaignsUpgradeReport {
  campaignId: string;
  at: number;
  copied: number;
  /** Shortlist records that did not validate: left in the shortlist store, not copied. */
  skipped: { key: string; reason: string }[];
}

/**
 * Creates the stores and the default campaign from the shortlist. `schemaVersion`
 * is the version this step brings the database to (the lead numbers the steps).
 */
export async function upgradeToCampaigns(
  db: AnyDb,
  tx: UpgradeTx,
  schemaVersion: number,
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<CampaignsUpgradeReport | null> {
  createCampaignStores(db);
  const meta = tx.objectStore('meta');
  const rawEntries = (await tx.objectStore('shortlist').getAll()) as unknown[];
  // Nothing to carry over (a fresh install, an empty shortlist): no campaign is made up.
  if (rawEntries.length === 0) {
    await meta.put({ key: 'schema', value: { version: schemaVersion } });
    return null;
  }
  const campaignId = campaignIdFrom(newId());
  const skipped: CampaignsUpgradeReport['skipped'] = [];
  const entries: CampaignEntry[] = [];
  for (const raw of rawEntries) {
    const parsed = ShortlistEntrySchema.safeParse(raw);
    const key = String((raw as { creatorKey?: unknown } | null)?.creatorKey ?? '(no key)').slice(0, 80);
    if (!parsed.success) {
      skipped.push({ key, reason: parsed.error.issues[0]?.message ?? 'invalid' });
      continue;
    }
    const entry = CampaignEntrySchema.safeParse(entryFromShortlist(campaignId, parsed.data));
    if (entry.success) entries.push(entry.data);
    else skipped.push({ key, reason: entry.error.issues[0]?.message ?? 'invalid' });
  }
  const report: CampaignsUpgradeReport = { campaignId, at: now, copied: entries.length, skipped };
  const campaignStore = tx.objectStore('campaigns');
  const entryStore = tx.objectStore('campaignEntries');
  // Every request tracked: when one fails the rest reject with AbortError, which is expected.
  await Promise.all([
    track(campaignStore.put(defaultCampaign(campaignId, now))),
    ...entries.map((e) => track(entryStore.put(e))),
    track(meta.put({ key: CAMPAIGNS_UPGRADE_KEY, value: report })),
    track(meta.put({ key: 'schema', value: { version: schemaVersion } })),
  ]);
  return report;
}
