import { describe, expect, it } from 'vitest';
import { campaignIdFrom } from '@/lib/schema/campaign';
import { PostReadingSchema, ReadingSchema } from '@/lib/schema/reading';
import { campaign, entry } from '@/tests/support/campaigns/fixtures';
import { attachOffers, sightingFromReading } from './post-sighting';

const count = (value: number, exact = true) =>
  exact
    ? { value, exact: true, min: value, max: value, source: 'json' as const }
    : { value, exact: false, min: value - 500, max: value + 499, source: 'meta' as const };

/** 31 Jan 2027, 23:30 in Jakarta (16:30 UTC). */
const LATE_ON_31_JAN = Date.UTC(2027, 0, 31, 16, 30);

function postPage(author: string | null, takenAt: number | null, exactLikes = true) {
  return ReadingSchema.parse({
    platform: 'instagram',
    pageKind: 'post',
    url: 'https://www.instagram.com/p/C9kelana001/',
    readAt: 0,
    handle: author?.toLowerCase() ?? null,
    post: PostReadingSchema.parse({
      id: 'C9kelana001',
      url: 'https://www.instagram.com/p/C9kelana001/',
      author,
      likes: count(298_000, exactLikes),
      comments: count(553),
      takenAt,
    }),
  });
}

describe('sightingFromReading', () => {
  it('a post page: the post key the posts store uses, its author, its figures and exactness', () => {
    expect(sightingFromReading(postPage('Rina.Makeup', LATE_ON_31_JAN, false))).toEqual({
      postKey: 'instagram:C9kelana001',
      creatorKey: 'instagram:rina.makeup',
      url: 'https://www.instagram.com/p/C9kelana001/',
      takenAt: LATE_ON_31_JAN,
      figures: { views: null, likes: 298_000, comments: 553, shares: null, saves: null, exact: false },
    });
  });

  it('nothing for a profile page or a post whose author is unknown', () => {
    expect(sightingFromReading(postPage(null, null))).toBeNull();
    expect(
      sightingFromReading(
        ReadingSchema.parse({
          platform: 'instagram',
          pageKind: 'profile',
          url: 'https://www.instagram.com/rina.makeup/',
          readAt: 0,
          handle: 'rina.makeup',
        }),
      ),
    ).toBeNull();
  });
});

describe('attachOffers', () => {
  const sighting = sightingFromReading(postPage('rina.makeup', LATE_ON_31_JAN))!;
  const RINA = 'instagram:rina.makeup';
  const january = campaign({
    id: campaignIdFrom('a'.repeat(12)),
    name: 'January',
    startDate: '2027-01-01',
    endDate: '2027-01-31',
  });
  const february = campaign({
    id: campaignIdFrom('b'.repeat(12)),
    name: 'February',
    startDate: '2027-02-01',
    endDate: '2027-02-28',
  });
  const open = campaign({
    id: campaignIdFrom('c'.repeat(12)),
    name: 'Always on',
    startDate: null,
    endDate: null,
  });
  const archived = campaign({
    id: campaignIdFrom('d'.repeat(12)),
    name: 'Old',
    archived: true,
    startDate: null,
    endDate: null,
  });
  const withRina = (c: typeof january, fields = {}) => ({
    campaign: c,
    entries: [entry(RINA, { campaignId: c.id, ...fields })],
  });

  it('campaigns with the creator whose dates hold the post’s day, in the user’s time zone', () => {
    const all = [withRina(january), withRina(february), withRina(open), withRina(archived)];
    // In Jakarta (UTC+7) the post is from 31 January; in London (UTC+0) too; in Papua (UTC+9) it is 1 February.
    expect(attachOffers(sighting, all, 420).map((o) => o.campaignName)).toEqual(['January', 'Always on']);
    expect(attachOffers(sighting, all, 540).map((o) => o.campaignName)).toEqual(['February', 'Always on']);
  });

  it('not where the creator is absent, removed or declined, nor where the post already is', () => {
    const others = { campaign: open, entries: [entry('instagram:someone.else', { campaignId: open.id })] };
    expect(attachOffers(sighting, [others], 420)).toEqual([]);
    expect(attachOffers(sighting, [withRina(open, { removed: { at: 0, by: null } })], 420)).toEqual([]);
    expect(attachOffers(sighting, [withRina(open, { stage: 'declined' })], 420)).toEqual([]);
    expect(attachOffers(sighting, [withRina(open)], 420, new Set([open.id]))).toEqual([]);
  });

  it('a post without a date is offered with that said, never silently placed in the dates', () => {
    const undated = sightingFromReading(postPage('rina.makeup', null))!;
    expect(attachOffers(undated, [withRina(january)], 420)).toEqual([
      { campaignId: january.id, campaignName: 'January', dateUnknown: true },
    ]);
  });
});
