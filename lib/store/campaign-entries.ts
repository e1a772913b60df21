/**
 * Creators in a campaign: add, remove (and undo), move between campaigns, and
 * set stage, fee, deliverables, notes and tags — each call one readwrite
 * transaction over every creator it names, validated before anything is written.
 *
 * Removing never deletes: the entry gets a `removed` stamp and stays in the
 * store with its notes, fee and deliverables, so "undo" (restore) brings it back
 * whole, and adding the creator again later does the same. A record that cannot
 * be read is never overwritten: that creator is skipped and named in the result.
 */
import {
  type CampaignEntry,
  CampaignEntrySchema,
  type EntryPatch,
  EntryPatchSchema,
  entryId,
} from '@/lib/schema/campaign';
import type { AddResult, Skipped } from '@/lib/schema/campaign-views';
import { CreatorKeySchema } from '@/lib/schema/creator';
import { patchTags } from '@/lib/schema/shortlist-tags';
import { changedFields, stamp } from './campaign-stamps';
import { campaignFor, parseInput } from './campaigns';
import type { StoreContext } from './context';
import { StoreError } from './errors';
import { track, type WriteTx, writeTx } from './tx';
import { forWrite, readValid } from './validate';

/** At most this many creators per call (a campaign of 10,000 is already far beyond the product's use). */
export const MAX_KEYS_PER_CALL = 10_000;

type EntriesTx = WriteTx<['campaigns', 'campaignEntries']>;

function uniqueKeys(keys: readonly string[]): string[] {
  const unique = [...new Set(keys)];
  if (unique.length > MAX_KEYS_PER_CALL) {
    throw new StoreError('invalid', `At most ${MAX_KEYS_PER_CALL} creators at once.`);
  }
  for (const key of unique) {
    if (!CreatorKeySchema.safeParse(key).success)
      throw new StoreError('invalid', `Not a creator key: ${key.slice(0, 80)}`);
  }
  return unique;
}

/** The raw record under each key's entry id, and its validated form (null: missing or unreadable). */
async function readEntries(ctx: StoreContext, tx: EntriesTx, campaignId: string, keys: string[]) {
  const store = tx.objectStore('campaignEntries');
  const raws = await Promise.all(keys.map((k) => track(store.get(entryId(campaignId, k)))));
  return keys.map((key, i) => {
    const raw = raws[i];
    const entry = readValid(
      CampaignEntrySchema,
      raw,
      'campaignEntries',
      entryId(campaignId, key),
      ctx.reportCorrupt,
    );
    return { key, raw, entry };
  });
}

const UNREADABLE = 'its campaign record is unreadable; left untouched';

/** The campaign must exist and be open for changes (an archived one is read-only until unarchived). */
async function openCampaign(ctx: StoreContext, tx: EntriesTx, campaignId: string) {
  const campaign = await campaignFor(ctx, tx.objectStore('campaigns'), campaignId);
  if (campaign.archived)
    throw new StoreError('invalid', `The campaign "${campaign.name}" is archived: unarchive it first.`);
  return campaign;
}

export function newEntry(campaignId: string, creatorKey: string, now: number): CampaignEntry {
  return forWrite(
    CampaignEntrySchema,
    {
      type: 'campaign-entry',
      id: entryId(campaignId, creatorKey),
      campaignId,
      creatorKey,
      stage: 'saved',
      fee: null,
      rate: null,
      deliverables: [],
      notes: '',
      tags: [],
      addedAt: now,
      updatedAt: now,
      removed: null,
      stamps: { stage: { at: now, by: null } },
    },
    'campaign entry',
  );
}

/** The entry marked removed (kept, so restoreCreators can undo it), stamped like any change. */
function markedRemoved(entry: CampaignEntry, now: number): CampaignEntry {
  return forWrite(
    CampaignEntrySchema,
    {
      ...entry,
      removed: { at: now, by: null },
      updatedAt: now,
      stamps: stamp(entry.stamps, ['removed'], now),
    },
    'campaign entry',
  );
}

function restored(entry: CampaignEntry, now: number): CampaignEntry {
  return forWrite(
    CampaignEntrySchema,
    { ...entry, removed: null, updatedAt: now, stamps: stamp(entry.stamps, ['removed'], now) },
    'campaign entry',
  );
}

export async function addCreators(
  ctx: StoreContext,
  campaignId: string,
  keys: readonly string[],
  now: number,
): Promise<AddResult> {
  const unique = uniqueKeys(keys);
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'campaignEntries'], (tx) => addCreatorsIn(ctx, tx, campaignId, unique, now)),
  );
}

/** addCreators inside a transaction the caller holds (the visit queue's import writes its queue in the same one). */
export async function addCreatorsIn(
  ctx: StoreContext,
  tx: EntriesTx,
  campaignId: string,
  keys: readonly string[],
  now: number,
): Promise<AddResult> {
  const unique = uniqueKeys(keys);
  await openCampaign(ctx, tx, campaignId);
  const result: AddResult = { added: 0, restored: 0, already: 0, skipped: [] };
  const writes: Promise<unknown>[] = [];
  const store = tx.objectStore('campaignEntries');
  for (const { key, raw, entry } of await readEntries(ctx, tx, campaignId, unique)) {
    if (raw !== undefined && !entry) result.skipped.push({ key, reason: UNREADABLE });
    else if (!entry) {
      writes.push(track(store.put(newEntry(campaignId, key, now))));
      result.added++;
    } else if (entry.removed) {
      writes.push(track(store.put(restored(entry, now))));
      result.restored++;
    } else result.already++;
  }
  await Promise.all(writes);
  return result;
}

/** Takes creators out (kept, restorable). Returns how many were in the campaign. */
export async function removeCreators(
  ctx: StoreContext,
  campaignId: string,
  keys: readonly string[],
  now: number,
): Promise<{ removed: number; skipped: Skipped[] }> {
  const unique = uniqueKeys(keys);
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'campaignEntries'], async (tx) => {
      await openCampaign(ctx, tx, campaignId);
      const store = tx.objectStore('campaignEntries');
      const writes: Promise<unknown>[] = [];
      const skipped: Skipped[] = [];
      for (const { key, raw, entry } of await readEntries(ctx, tx, campaignId, unique)) {
        if (raw !== undefined && !entry) skipped.push({ key, reason: UNREADABLE });
        if (!entry || entry.removed) continue;
        const next = markedRemoved(entry, now);
        writes.push(track(store.put(next)));
      }
      await Promise.all(writes);
      return { removed: writes.length, skipped };
    }),
  );
}

/** Undo of a removal: the creators come back exactly as they were. */
export async function restoreCreators(
  ctx: StoreContext,
  campaignId: string,
  keys: readonly string[],
  now: number,
): Promise<{ restored: number }> {
  const unique = uniqueKeys(keys);
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'campaignEntries'], async (tx) => {
      await openCampaign(ctx, tx, campaignId);
      const store = tx.objectStore('campaignEntries');
      const writes: Promise<unknown>[] = [];
      for (const { entry } of await readEntries(ctx, tx, campaignId, unique)) {
        if (entry?.removed) writes.push(track(store.put(restored(entry, now))));
      }
      await Promise.all(writes);
      return { restored: writes.length };
    }),
  );
}

/**
 * Moves creators to another campaign with their stage, fee, deliverables, notes
 * and tags. The source entry is marked removed (not deleted), so the move can be
 * undone. A creator the target already has — or had and was removed from, whose
 * record would otherwise be overwritten — is skipped with the reason.
 */
export async function moveCreators(
  ctx: StoreContext,
  fromId: string,
  toId: string,
  keys: readonly string[],
  now: number,
): Promise<{ moved: number; skipped: Skipped[] }> {
  const unique = uniqueKeys(keys);
  if (fromId === toId)
    return Promise.resolve({ moved: 0, skipped: unique.map((key) => ({ key, reason: 'same campaign' })) });
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'campaignEntries'], async (tx) => {
      await openCampaign(ctx, tx, fromId);
      await openCampaign(ctx, tx, toId);
      const [sources, targets] = await Promise.all([
        readEntries(ctx, tx, fromId, unique),
        readEntries(ctx, tx, toId, unique),
      ]);
      const store = tx.objectStore('campaignEntries');
      const writes: Promise<unknown>[] = [];
      const skipped: Skipped[] = [];
      let moved = 0;
      for (const [i, { key, raw, entry }] of sources.entries()) {
        const target = targets[i]!;
        if (raw !== undefined && !entry) {
          skipped.push({ key, reason: UNREADABLE });
          continue;
        }
        if (!entry || entry.removed) {
          skipped.push({ key, reason: 'not in the campaign' });
          continue;
        }
        if (target.raw !== undefined) {
          const reason = !target.entry
            ? UNREADABLE
            : target.entry.removed
              ? 'was removed from the other campaign earlier: restore it there'
              : 'already in the other campaign';
          skipped.push({ key, reason });
          continue;
        }
        const copy = forWrite(
          CampaignEntrySchema,
          {
            ...entry,
            id: entryId(toId, key),
            campaignId: toId,
            addedAt: now,
            updatedAt: now,
            stamps: stamp({}, ['stage', 'fee', 'rate', 'deliverables', 'notes', 'tags'], now),
          },
          'campaign entry',
        );
        const left = markedRemoved(entry, now);
        writes.push(track(store.put(copy)), track(store.put(left)));
        moved++;
      }
      await Promise.all(writes);
      return { moved, skipped };
    }),
  );
}

const PATCHABLE = ['stage', 'fee', 'deliverables', 'notes', 'tags'] as const;

/** The entry after a patch; tags follow the shortlist's rules (patchTags). */
export function patchedEntry(entry: CampaignEntry, patch: EntryPatch, now: number): CampaignEntry {
  const { addTags, removeTags, tags, ...fields } = patch;
  const after: CampaignEntry = { ...entry };
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined) (after as Record<string, unknown>)[field] = value;
  }
  if (tags || addTags || removeTags) {
    after.tags = patchTags(entry.tags, {
      ...(tags ? { tags } : {}),
      ...(addTags ? { addTags } : {}),
      ...(removeTags ? { removeTags } : {}),
    });
  }
  const changed = changedFields(entry, after, PATCHABLE);
  if (changed.length === 0) return entry;
  return { ...after, updatedAt: now, stamps: stamp(entry.stamps, changed, now) };
}

/** One change to many creators at once (bulk stage, tagging); removed or missing ones are not touched. */
export async function updateEntries(
  ctx: StoreContext,
  campaignId: string,
  keys: readonly string[],
  patch: unknown,
  now: number,
): Promise<{ updated: number; skipped: Skipped[] }> {
  const unique = uniqueKeys(keys);
  const change = parseInput(EntryPatchSchema, patch, 'creator change');
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'campaignEntries'], async (tx) => {
      await openCampaign(ctx, tx, campaignId);
      const store = tx.objectStore('campaignEntries');
      const writes: Promise<unknown>[] = [];
      const skipped: Skipped[] = [];
      for (const { key, raw, entry } of await readEntries(ctx, tx, campaignId, unique)) {
        if (raw !== undefined && !entry) skipped.push({ key, reason: UNREADABLE });
        else if (!entry || entry.removed) skipped.push({ key, reason: 'not in the campaign' });
        else {
          const next = patchedEntry(entry, change, now);
          if (next !== entry)
            writes.push(track(store.put(forWrite(CampaignEntrySchema, next, 'campaign entry'))));
        }
      }
      await Promise.all(writes);
      return { updated: writes.length, skipped };
    }),
  );
}
