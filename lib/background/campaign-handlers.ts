/**
 * Answers the campaign requests (lib/protocol/campaign-messages.ts) from the
 * store. The router (handle-request.ts) has already checked the sender and
 * validated the request, and turns any StoreError into an error reply.
 */
import { campaignProgress } from '@/lib/campaigns/progress';
import {
  nextItem,
  parseCsvTargets,
  parsePastedTargets,
  queueProgress,
  type VisitQueue,
} from '@/lib/campaigns/visit-queue';
import { contactLists, extractContacts } from '@/lib/contacts';
import type {
  CampaignRequest,
  CampaignRequestType,
  CampaignResponseMap,
  QueueState,
} from '@/lib/protocol/campaign-messages';
import { campaignIdFrom } from '@/lib/schema/campaign';
import { StoreError } from '@/lib/store/errors';
import type { Store } from '@/lib/store/store';
import { viewBuilder } from './creator-view';
import type { ViewDeps } from './view-deps';

type Handler<T extends CampaignRequestType> = (
  store: Store,
  request: Extract<CampaignRequest, { type: T }>,
  now: number,
  newId: () => string,
  deps: ViewDeps,
) => Promise<CampaignResponseMap[T]>;

const handlers: { [T in CampaignRequestType]: Handler<T> } = {
  'campaigns:list': (store, { includeArchived }) => store.campaigns.list(includeArchived ?? false),
  'campaigns:overview': async (store, { today, includeArchived }) =>
    (await store.campaigns.overview(includeArchived ?? false)).map((d) => ({
      campaign: d.campaign,
      progress: campaignProgress(d.campaign, d.entries, d.posts, today),
    })),
  'campaigns:get': async (store, { id, today }) => {
    const data = await store.campaigns.get(id);
    return data
      ? { ...data, progress: campaignProgress(data.campaign, data.entries, data.posts, today) }
      : null;
  },
  'campaigns:create': (store, { campaign }, now, newId) =>
    store.campaigns.create(campaign, now, campaignIdFrom(newId())),
  'campaigns:update': (store, { id, patch }, now) => store.campaigns.update(id, patch, now),
  'campaigns:archive': (store, { id, archived }, now) => store.campaigns.setArchived(id, archived, now),
  'campaigns:add-creators': (store, { id, keys }, now) => store.campaigns.addCreators(id, keys, now),
  'campaigns:remove-creators': (store, { id, keys }, now) => store.campaigns.removeCreators(id, keys, now),
  'campaigns:restore-creators': (store, { id, keys }, now) => store.campaigns.restoreCreators(id, keys, now),
  'campaigns:move-creators': (store, { from, to, keys }, now) =>
    store.campaigns.moveCreators(from, to, keys, now),
  'campaigns:update-creators': (store, { id, keys, patch }, now) =>
    store.campaigns.updateCreators(id, keys, patch, now),
  'campaigns:attach-post': (store, { id, post }, now) => store.campaigns.attachPost(id, post, now),
  'campaigns:detach-post': async (store, { id, postKey }, now) => ({
    detached: await store.campaigns.detachPost(id, postKey, now),
  }),
  'campaigns:rows': (store, { id, today }, _now, _newId, deps) => campaignRows(store, id, today, deps),
  'campaigns:queue-get': async (store, { id }) => queueState(await store.campaigns.queue(id)),
  'campaigns:queue-import': async (store, { id, platform, source }, now) => {
    const have = new Set((await store.campaigns.queue(id)).items.map((i) => i.key));
    const read =
      source.kind === 'paste'
        ? { ...parsePastedTargets(source.text, platform, have), column: null }
        : parseCsvTargets(source.text, platform, source.column, have);
    if ('error' in read) throw new StoreError('invalid', read.error);
    const { queue, added } = await store.campaigns.importToQueue(id, read.targets, now);
    return {
      ...queueState(queue),
      added,
      rejected: read.rejected,
      duplicates: read.duplicates,
      column: read.column,
    };
  },
  'campaigns:queue-skip': async (store, { id, key, skipped }) =>
    queueState(await store.campaigns.setQueueSkipped(id, key, skipped)),
};

function queueState(queue: VisitQueue): QueueState {
  return { queue, progress: queueProgress(queue), next: nextItem(queue) };
}

/**
 * Every live creator of the campaign with the stored creator (if visited), the
 * fit against the campaign's briefs, the delivered posts' timeline and the
 * contacts read from their own bio and link. A campaign of 100 creators is 100
 * creator reads: the table and the CSV ask for it once per opening.
 */
async function campaignRows(store: Store, id: string, today: string, deps: ViewDeps) {
  const data = await store.campaigns.get(id);
  if (!data) throw new StoreError('not-found', `No campaign with id ${id}.`);
  const [briefs, settings] = await Promise.all([store.listBriefs(), store.getSettings()]);
  const wanted = new Set(data.campaign.briefIds);
  const build = viewBuilder(
    deps,
    briefs.filter((b) => wanted.has(b.id)),
    settings.tierScheme,
  );
  const progress = campaignProgress(data.campaign, data.entries, data.posts, today);
  const bundles = await Promise.all(data.entries.map((e) => store.getCreator(e.creatorKey)));
  return data.entries.map((entry, i) => {
    const bundle = bundles[i];
    const creator = bundle?.creator ?? null;
    return {
      entry,
      creator,
      fits: bundle ? build(bundle).fits : [],
      delivered: progress.timelines.find((t) => t.creatorKey === entry.creatorKey) ?? null,
      contacts: creator
        ? contactLists(extractContacts({ bio: creator.bio, links: [creator.externalUrl] }))
        : null,
    };
  });
}

export function answerCampaignRequest(
  store: Store,
  request: CampaignRequest,
  now: number,
  deps: ViewDeps,
  newId: () => string = () => crypto.randomUUID(),
): Promise<unknown> {
  const handler = handlers[request.type] as Handler<CampaignRequestType>;
  return handler(store, request as never, now, newId, deps);
}
