/**
 * Answers the campaign requests (lib/protocol/campaign-messages.ts) from the
 * store. The router (handle-request.ts) has already checked the sender and
 * validated the request, and turns any StoreError into an error reply.
 */
import { campaignProgress } from '../campaigns/progress';
import type {
  CampaignRequest,
  CampaignRequestType,
  CampaignResponseMap,
} from '../protocol/campaign-messages';
import { campaignIdFrom } from '../schema/campaign';
import type { Store } from '../store/store';

type Handler<T extends CampaignRequestType> = (
  store: Store,
  request: Extract<CampaignRequest, { type: T }>,
  now: number,
  newId: () => string,
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
};

export function answerCampaignRequest(
  store: Store,
  request: CampaignRequest,
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<unknown> {
  const handler = handlers[request.type] as Handler<CampaignRequestType>;
  return handler(store, request as never, now, newId);
}
