/** Responses the Instagram web app loads, read through lib/sites/instagram/api.ts and page-data.ts. */
import { describe, expect, it } from 'vitest';
import { instagramFromData, postFromMedia } from '../../../lib/sites/instagram/api';
import { readingFromPageData } from '../../../lib/sites/page-data';
import { fixtureJson } from './instagram-doc';

const NOW = 1_700_000_000_000;
const PROFILE_URL = 'https://www.instagram.com/robertdowneyjr/';

describe('web_profile_info (robertdowneyjr, 2022)', () => {
  const body = fixtureJson('web_profile_info-robertdowneyjr-2022-06.json');

  it('gives exact profile counts from the API', () => {
    const r = readingFromPageData('instagram', PROFILE_URL, body, NOW);
    expect(r?.profile?.handle).toBe('robertdowneyjr');
    expect(r?.profile?.followers).toEqual({
      value: 52_979_346,
      exact: true,
      min: 52_979_346,
      max: 52_979_346,
      source: 'api',
    });
    expect(r?.profile?.following).toMatchObject({ value: 5, exact: true });
    expect(r?.profile?.posts).toMatchObject({ value: 419, exact: true });
    expect(r?.profile?.verified).toBe(true);
    expect(r?.profile?.sources?.followers).toEqual({ source: 'api', exact: true });
  });

  it('gives the 12 timeline posts; the first has 2,126,144 likes, 8,856 comments, 14,062,876 views', () => {
    const r = readingFromPageData('instagram', PROFILE_URL, body, NOW);
    expect(r?.posts).toHaveLength(12);
    const first = r?.posts[0];
    expect(first).toMatchObject({
      id: 'CdgUcJGFxkp',
      author: 'robertdowneyjr',
      isVideo: true,
      pinned: false,
      takenAt: 1_652_459_710_000,
      likesHidden: false,
    });
    expect(first?.likes).toMatchObject({ value: 2_126_144, exact: true, source: 'api' });
    expect(first?.comments).toMatchObject({ value: 8_856, exact: true });
    expect(first?.views).toMatchObject({ value: 14_062_876, exact: true });
    expect(first?.mentions).toContain('homecourt');
    // Photos have no views.
    expect(r?.posts[1]?.views).toBeNull();
  });

  it("does not take another user's object for the profile on someone else's page", () => {
    const r = readingFromPageData('instagram', 'https://www.instagram.com/someone_else/', body, NOW);
    expect(r?.profile).toBeUndefined();
  });
});

describe('clips (reels tab)', () => {
  const body = fixtureJson('clips-robertdowneyjr-2021-09.json');

  it('reads 12 reels; the first has 16,965 likes, 80 comments, 401,421 plays', () => {
    const r = readingFromPageData('instagram', PROFILE_URL, body, NOW);
    expect(r?.posts).toHaveLength(12);
    const first = r?.posts[0];
    expect(first).toMatchObject({
      id: 'CPv3UqsBFvg',
      url: 'https://www.instagram.com/reel/CPv3UqsBFvg/',
      isVideo: true,
      takenAt: 1_622_916_710_000,
      paidPartnership: false,
    });
    expect(first?.likes).toMatchObject({ value: 16_965, exact: true, source: 'api' });
    expect(first?.comments).toMatchObject({ value: 80, exact: true });
    expect(first?.views).toMatchObject({ value: 401_421, exact: true });
    // The reels in this capture are by their author, not by the page's creator: the author is kept.
    expect(first?.author).toBe('noholita');
    expect(r?.posts.filter((p) => p.paidPartnership === true)).toHaveLength(2);
    expect(r?.profile).toBeUndefined();
  });
});

describe('xdt timeline connection and malformed input', () => {
  const media = {
    code: 'CXDTCODE001',
    media_type: 8,
    taken_at: 1_700_000_000,
    like_count: 321,
    comment_count: 4,
    caption: { text: 'Carousel #kopi @teman' },
    user: { username: 'sari.kopi' },
    product_type: 'carousel_container',
    is_paid_partnership: false,
    timeline_pinned_user_ids: ['42'],
  };

  it('reads edges[].node media with pins and captions', () => {
    const body = {
      data: { xdt_api__v1__feed__user_timeline_graphql_connection: { edges: [{ node: media }] } },
    };
    const r = readingFromPageData('instagram', 'https://www.instagram.com/sari.kopi/', body, NOW);
    expect(r?.posts).toHaveLength(1);
    expect(r?.posts[0]).toMatchObject({
      id: 'CXDTCODE001',
      pinned: true,
      isVideo: false,
      hashtags: ['kopi'],
      mentions: ['teman'],
      takenAt: 1_700_000_000_000,
    });
    expect(r?.posts[0]?.likes?.value).toBe(321);
  });

  it('hidden likes: likes unknown (never 0), comments kept', () => {
    const post = postFromMedia({ ...media, like_and_view_counts_disabled: true }, 'api');
    expect(post?.likesHidden).toBe(true);
    expect(post?.likes).toBeNull();
    expect(post?.comments?.value).toBe(4);
  });

  it('ignores malformed fields and items instead of throwing', () => {
    const body = {
      items: [
        { media: { ...media, like_count: 'lots', comment_count: -3 } },
        { media: { code: '../../etc' } },
        null,
        42,
        { media: { ...media, code: 'CGOODCODE02', like_count: 1.5 } },
      ],
    };
    const r = readingFromPageData('instagram', 'https://www.instagram.com/sari.kopi/', body, NOW);
    expect(r?.posts.map((p) => p.id)).toEqual(['CXDTCODE001', 'CGOODCODE02']);
    expect(r?.posts[0]?.likes).toBeNull();
    expect(r?.posts[0]?.comments).toBeNull();
    expect(r?.posts[1]?.likes).toBeNull();
    for (const junk of [
      null,
      undefined,
      'x',
      3,
      [],
      {},
      { data: null },
      { data: { user: 'x' } },
      { items: 'x' },
    ]) {
      expect(readingFromPageData('instagram', PROFILE_URL, junk, NOW)).toBeNull();
    }
  });

  it("a REST user object gives profile counts only for the page's creator", () => {
    const user = { username: 'sari.kopi', follower_count: 12_345, following_count: 200, media_count: 1_234 };
    expect(instagramFromData({ user }, 'api', 'sari.kopi').profile?.followers?.value).toBe(12_345);
    expect(instagramFromData({ user }, 'api', 'other').profile).toBeNull();
  });

  it('dispatches TikTok bodies to the TikTok reader', () => {
    const body = {
      itemList: [{ id: '7571863205253778710', author: { uniqueId: 'illojuan' }, stats: { playCount: 1000 } }],
    };
    const r = readingFromPageData('tiktok', 'https://www.tiktok.com/@illojuan', body, NOW);
    expect(r?.posts[0]?.id).toBe('7571863205253778710');
    expect(
      readingFromPageData('tiktok', 'https://www.tiktok.com/@illojuan', { nothing: true }, NOW),
    ).toBeNull();
  });
});
