/**
 * Visit queues, one per campaign, kept in the meta store under `queue:<campaignId>`
 * (a person's own working list: it is not campaign data and will not sync).
 * Importing handles adds the creators to the campaign AND to its queue in one
 * transaction; a profile read anywhere marks it visited in every queue holding it.
 */

import type { ProfileTarget } from '@/lib/campaigns/profile-target';
import {
  appendTargets,
  createQueue,
  markVisited,
  skipItem,
  unskipItem,
  type VisitQueue,
  VisitQueueSchema,
} from '@/lib/campaigns/visit-queue';
import type { AddResult } from '@/lib/schema/campaign-views';
import { addCreatorsIn } from './campaign-entries';
import type { StoreContext } from './context';
import { StoreError } from './errors';
import { readTx, track, writeTx } from './tx';
import { forWrite, readValid } from './validate';

const PREFIX = 'queue:';
export const queueKey = (campaignId: string): string => `${PREFIX}${campaignId}`;
const ALL_QUEUES = (): IDBKeyRange => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

function queueOf(ctx: StoreContext, raw: unknown, campaignId: string): VisitQueue | null {
  const record = raw as { value?: unknown } | undefined;
  return readValid(VisitQueueSchema, record?.value, 'meta', queueKey(campaignId), ctx.reportCorrupt);
}

export async function getQueue(ctx: StoreContext, campaignId: string): Promise<VisitQueue> {
  const raw = await ctx.connection.use((db) =>
    readTx(db, ['meta'], (tx) => tx.objectStore('meta').get(queueKey(campaignId))),
  );
  return queueOf(ctx, raw, campaignId) ?? createQueue(campaignId, []);
}

/**
 * Adds the targets to the campaign (as saved creators; ones already there stay as
 * they are) and to the end of its queue. All or nothing.
 */
export async function importToQueue(
  ctx: StoreContext,
  campaignId: string,
  targets: readonly ProfileTarget[],
  now: number,
): Promise<{ queue: VisitQueue; added: AddResult }> {
  return ctx.connection.use((db) =>
    writeTx(db, ['campaigns', 'campaignEntries', 'meta'], async (tx) => {
      const added = await addCreatorsIn(
        ctx,
        tx as never,
        campaignId,
        targets.map((t) => t.key),
        now,
      );
      const meta = tx.objectStore('meta');
      const raw = await meta.get(queueKey(campaignId));
      const current = queueOf(ctx, raw, campaignId);
      if (raw !== undefined && !current) {
        throw new StoreError(
          'invalid',
          'The visit queue of this campaign is unreadable; nothing was changed.',
        );
      }
      const queue = forWrite(
        VisitQueueSchema,
        appendTargets(current ?? createQueue(campaignId, []), targets),
        'visit queue',
      );
      await meta.put({ key: queueKey(campaignId), value: queue });
      return { queue, added };
    }),
  );
}

/** Skips (or brings back) one creator of the queue. */
export async function setQueueSkipped(
  ctx: StoreContext,
  campaignId: string,
  key: string,
  skipped: boolean,
): Promise<VisitQueue> {
  return ctx.connection.use((db) =>
    writeTx(db, ['meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      const queue = queueOf(ctx, await meta.get(queueKey(campaignId)), campaignId);
      if (!queue) throw new StoreError('not-found', 'This campaign has no visit queue.');
      const next = skipped ? skipItem(queue, key) : unskipItem(queue, key);
      if (next !== queue)
        await meta.put({ key: queueKey(campaignId), value: forWrite(VisitQueueSchema, next, 'visit queue') });
      return next;
    }),
  );
}

/** A creator's profile was read: visited in every queue that holds it. Returns how many queues changed. */
export async function markVisitedInQueues(
  ctx: StoreContext,
  creatorKey: string,
  at: number,
): Promise<number> {
  return ctx.connection.use((db) =>
    writeTx(db, ['meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      const records = (await meta.getAll(ALL_QUEUES())) as { key: string; value: unknown }[];
      const writes: Promise<unknown>[] = [];
      for (const record of records) {
        const parsed = VisitQueueSchema.safeParse(record.value);
        // An unreadable queue is left as it is (reported when its campaign opens it).
        if (!parsed.success) continue;
        const next = markVisited(parsed.data, creatorKey, at);
        if (next !== parsed.data) writes.push(track(meta.put({ key: record.key, value: next })));
      }
      await Promise.all(writes);
      return writes.length;
    }),
  );
}
