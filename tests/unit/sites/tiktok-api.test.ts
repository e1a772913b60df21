/** `/api/post/item_list/` and `/api/user/detail/` bodies: real items from the captures and hand-made ones. */
import { beforeAll, describe, expect, it } from 'vitest';
import { PostReadingSchema } from '../../../lib/schema/reading';
import { tiktokPostsFromApi } from '../../../lib/sites/tiktok/api';
import { timeFromVideoId } from '../../../lib/sites/tiktok/item';
import { documentFrom, fixtureHtml } from './tiktok-doc';

const NOW = Date.UTC(2026, 0, 1);

function scriptJson(file: string, id: string): unknown {
  const doc = documentFrom(fixtureHtml(file));
  return JSON.parse(doc.getElementById(id)!.textContent!);
}

// biome-ignore lint/suspicious/noExplicitAny: walking captured JSON in a test
let videoItem: any;
// biome-ignore lint/suspicious/noExplicitAny: walking captured JSON in a test
let legacyItems: any[];
// biome-ignore lint/suspicious/noExplicitAny: walking captured JSON in a test
let userInfo: any;

beforeAll(() => {
  // biome-ignore lint/suspicious/noExplicitAny: captured JSON
  const video = scriptJson('video-2025-12.html', '__UNIVERSAL_DATA_FOR_REHYDRATION__') as any;
  videoItem = video.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;
  // biome-ignore lint/suspicious/noExplicitAny: captured JSON
  const legacy = scriptJson('profile-legacy-nextdata-tiktok-2021-01.html', '__NEXT_DATA__') as any;
  legacyItems = legacy.props.pageProps.items;
  // biome-ignore lint/suspicious/noExplicitAny: captured JSON
  const profile = scriptJson('profile-illojuan-2025-12.html', '__UNIVERSAL_DATA_FOR_REHYDRATION__') as any;
  userInfo = profile.__DEFAULT_SCOPE__['webapp.user-detail'].userInfo;
});

describe('item_list bodies', () => {
  it('reads real items wrapped as an item_list response', () => {
    const body = { itemList: [videoItem, ...legacyItems], hasMore: true, cursor: '0', statusCode: 0 };
    const r = tiktokPostsFromApi(body, NOW)!;
    expect(r.profile).toBeUndefined();
    expect(r.posts).toHaveLength(1 + legacyItems.length);
    for (const p of r.posts) expect(PostReadingSchema.safeParse(p).success).toBe(true);
    const [v, first] = r.posts;
    expect(v).toMatchObject({
      id: '7571863205253778710',
      author: 'illojuan',
      isVideo: true,
      takenAt: 1_762_961_788_000,
    });
    expect(v!.views).toMatchObject({ value: 192_100, source: 'api' });
    expect(v!.likes?.value).toBe(25_500);
    expect(v!.comments).toMatchObject({ value: 146, exact: true });
    expect(v!.shares).toMatchObject({ value: 2_156, exact: true });
    expect(v!.saves).toMatchObject({ value: 1_311, exact: true });
    expect(v!.mentions).toContain('burgerking_es');
    expect(v!.paidPartnership).toBeNull();
    expect(first).toMatchObject({ id: '6912598122988326149', author: 'tiktok' });
    expect(first!.views?.value).toBe(844_100);
    expect(first!.likes?.value).toBe(84_900);
    expect(first!.comments?.value).toBe(16_500);
    expect(first!.shares).toMatchObject({ value: 673, exact: true });
  });

  it('skips malformed items, keeps the rest, and reads each field on its own', () => {
    const body = {
      itemList: [
        null,
        42,
        'x',
        { desc: 'no id' },
        { id: 'abc' },
        {
          id: '7300000000000000001',
          stats: 'broken',
          statsV2: { playCount: 'lots' },
          author: { uniqueId: 'Bad Name!' },
        },
        {
          id: '7300000000000000002',
          author: { uniqueId: 'Kreator.ID' },
          desc: 'Review jujur #iklan @brand.resmi',
          createTime: 1_700_000_000,
          isPinnedItem: true,
          isAd: true,
          stats: { playCount: 15_234, diggCount: 1_203, commentCount: 45, shareCount: 12, collectCount: 30 },
          statsV2: {
            playCount: '15234',
            diggCount: '1203',
            commentCount: '45',
            shareCount: '12',
            collectCount: '30',
          },
          imagePost: { images: [] },
        },
        { id: 7_300_000_000_000, stats: { playCount: -1, diggCount: 1e30 }, createTime: 'yesterday' },
        // A 19-digit id that JSON.parse already rounded as a number is not this post's id.
        { id: JSON.parse('7300000000000000001') as number, stats: { playCount: 5 } },
        { id: '7300000000000000002', desc: 'duplicate of the one above' },
      ],
    };
    const r = tiktokPostsFromApi(body, NOW)!;
    expect(r.posts.map((p) => p.id)).toEqual(['7300000000000000001', '7300000000000000002', '7300000000000']);
    const [broken, good, odd] = r.posts;
    // No createTime: the date comes from the id's snowflake time (2023-11-14 for this id).
    expect(broken).toMatchObject({ author: null, views: null, likes: null, caption: null });
    expect(broken?.takenAt).toBe(timeFromVideoId('7300000000000000001', NOW));
    expect(broken?.takenAt).toBe(Number(7300000000000000001n >> 32n) * 1000);
    expect(good).toMatchObject({
      author: 'kreator.id',
      pinned: true,
      isVideo: false,
      url: 'https://www.tiktok.com/@kreator.id/photo/7300000000000000002',
      paidPartnership: true,
      hashtags: ['iklan'],
      mentions: ['brand.resmi'],
      takenAt: 1_700_000_000_000,
    });
    expect(good!.views).toMatchObject({ value: 15_234, exact: true, source: 'api' });
    expect(good!.saves).toMatchObject({ value: 30, exact: true });
    expect(odd).toMatchObject({ views: null, likes: null, takenAt: null });
  });

  it('is null for bodies that are not item lists or user details, and never throws', () => {
    for (const body of [null, undefined, 1, 'itemList', [], {}, { itemList: 'nope' }, { userInfo: 3 }]) {
      expect(tiktokPostsFromApi(body, NOW)).toBeNull();
    }
    expect(tiktokPostsFromApi({ itemList: [] }, NOW)).toEqual({ posts: [] });
  });
});

describe('user/detail bodies', () => {
  it('reads the real userInfo as a user/detail response: exact statsV2', () => {
    const r = tiktokPostsFromApi({ userInfo, statusCode: 0 }, NOW)!;
    expect(r.posts).toEqual([]);
    expect(r.profile?.handle).toBe('illojuan');
    expect(r.profile?.followers).toMatchObject({ value: 783_427, exact: true, source: 'api' });
    expect(r.profile?.following).toMatchObject({ value: 0, exact: true });
    expect(r.profile?.likesTotal).toMatchObject({ value: 3_922_256, exact: true });
    expect(r.profile?.videoCount).toMatchObject({ value: 19, exact: true });
  });

  it('only stats (rounded numbers): estimated figures; missing fields are absent, not 0', () => {
    const r = tiktokPostsFromApi(
      { userInfo: { user: { uniqueId: 'abc.def' }, stats: { followerCount: 12_500 } } },
      NOW,
    )!;
    expect(r.profile?.followers).toMatchObject({ value: 12_500, exact: false });
    expect(r.profile?.following).toBeUndefined();
    expect(r.profile?.videoCount).toBeUndefined();
  });

  it('a user without a valid handle gives null', () => {
    expect(
      tiktokPostsFromApi({ userInfo: { user: { uniqueId: '' }, stats: { followerCount: 5 } } }, NOW),
    ).toBeNull();
  });
});

describe('timeFromVideoId', () => {
  it("dates a video from its id's top 32 bits (the real video: createTime 2025-11-12 15:36:28 UTC)", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(new Date(timeFromVideoId('7571863205253778710', now)!).toISOString()).toBe(
      '2025-11-12T15:36:23.000Z',
    );
  });

  it('gives null for ids that are not snowflakes, or that would be in the future', () => {
    expect(timeFromVideoId('123', Date.now())).toBeNull();
    expect(timeFromVideoId('abc7571863205253778710', Date.now())).toBeNull();
    expect(timeFromVideoId('7571863205253778710', Date.UTC(2025, 0, 1))).toBeNull();
  });
});
