/** Valid campaign documents for the pure campaign tests (parsed with the real schemas). */
import {
  type Campaign,
  type CampaignEntry,
  CampaignEntrySchema,
  type CampaignPost,
  CampaignPostSchema,
  CampaignSchema,
  campaignIdFrom,
  campaignPostId,
  entryId,
  type PostFigures,
} from '@/lib/schema/campaign';

export const T0 = Date.UTC(2027, 1, 3, 3, 0, 0); // Wednesday 3 Feb 2027, 10:00 in Jakarta
export const DAY = 24 * 60 * 60 * 1000;
export const CID = campaignIdFrom('0f0f0f0f-1111-4222-8333-444455556666');

export function campaign(fields: Partial<Campaign> = {}): Campaign {
  return CampaignSchema.parse({
    type: 'campaign',
    id: CID,
    name: 'Ramadan 2027',
    client: 'Kopi Kenangan',
    briefIds: [],
    budget: { amount: 50_000_000, currency: 'IDR' },
    startDate: '2027-02-01',
    endDate: '2027-03-31',
    targetCreators: 10,
    archived: false,
    origin: 'user',
    createdAt: T0,
    updatedAt: T0,
    stamps: {},
    ...fields,
  });
}

export function entry(creatorKey: string, fields: Partial<CampaignEntry> = {}): CampaignEntry {
  const campaignId = fields.campaignId ?? CID;
  return CampaignEntrySchema.parse({
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
    addedAt: T0,
    updatedAt: T0,
    removed: null,
    stamps: {},
    ...fields,
  });
}

export function figures(at: number, f: Partial<Omit<PostFigures, 'at'>>): PostFigures {
  return { at, views: null, likes: null, comments: null, shares: null, saves: null, exact: true, ...f };
}

export function post(
  creatorKey: string,
  postKey: string,
  timeline: PostFigures[],
  fields: Partial<CampaignPost> = {},
): CampaignPost {
  return CampaignPostSchema.parse({
    type: 'campaign-post',
    id: campaignPostId(CID, postKey),
    campaignId: CID,
    creatorKey,
    postKey,
    url: `https://www.instagram.com/p/${postKey.split(':')[1]}/`,
    takenAt: timeline[0]!.at - DAY,
    attachedAt: timeline[0]!.at,
    timeline,
    updatedAt: timeline[timeline.length - 1]!.at,
    removed: null,
    stamps: {},
    ...fields,
  });
}
