/**
 * The inspector on every real capture in ../shared/fixtures, as a maintainer runs it, against
 * the true values in the fixtures' README: one child process per capture.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../scripts/inspect-output';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = join(ROOT, '..', 'shared', 'fixtures');

type Truth = Partial<Pick<Inspection, 'platform' | 'pageKind' | 'handle' | 'contacts'>> & {
  followers?: number | null;
  following?: number | null;
  posts?: number | null;
  likesTotal?: number | null;
  videoCount?: number | null;
  postLikes?: number;
  postComments?: number;
  firstPost?: { likes?: number; comments?: number; views?: number; author?: string };
};

const CAPTURES: [string, string, Truth][] = [
  [
    'instagram/profile-loggedin-gdg_rbu-2025-02.html',
    'https://www.instagram.com/gdg_rbu/',
    {
      platform: 'instagram',
      pageKind: 'profile',
      handle: 'gdg_rbu',
      followers: 3351,
      following: 194,
      posts: 177,
      // The bio names another account (@jayeshh.bot): a mention, not a contact.
      contacts: { emails: [], phones: [], links: [] },
    },
  ],
  [
    'instagram/profile-loggedout-pluto__travel-2024-12.html',
    'https://www.instagram.com/pluto__travel/',
    { handle: 'pluto__travel', followers: 2362, following: 136, posts: 224 },
  ],
  [
    'instagram/profile-legacy-shareddata-robertdowneyjr-2020-08.html',
    'https://www.instagram.com/robertdowneyjr/',
    {
      handle: 'robertdowneyjr',
      followers: 46_383_825,
      following: 50,
      posts: 453,
      firstPost: { likes: 686_512, comments: 3_253 },
      contacts: { emails: [], phones: [], links: ['http://coreresponse.org/covid19'] },
    },
  ],
  [
    'instagram/web_profile_info-robertdowneyjr-2022-06.json',
    'https://www.instagram.com/robertdowneyjr/',
    {
      followers: 52_979_346,
      following: 5,
      posts: 419,
      firstPost: { likes: 2_126_144, comments: 8_856, views: 14_062_876 },
    },
  ],
  [
    // The reels API response: the inspector shows each reel with its real author (the extension
    // itself records only the open creator's posts: lib/page-data-readings.ts).
    'instagram/clips-robertdowneyjr-2021-09.json',
    'https://www.instagram.com/robertdowneyjr/',
    { firstPost: { likes: 16_965, comments: 80, views: 401_421, author: 'noholita' } },
  ],
  [
    'instagram/post-photo-willyrex-2024-12.html',
    'https://www.instagram.com/p/CPeC-Eenc8l/',
    // A post page: the caption is not the bio, so nothing in it is taken as a contact.
    {
      pageKind: 'post',
      handle: 'willyrex',
      postLikes: 298_000,
      postComments: 553,
      contacts: { emails: [], phones: [], links: [] },
    },
  ],
  [
    'instagram/post-clip-2024-12.html',
    'https://www.instagram.com/reel/CN2VQ1yI_MA/',
    { pageKind: 'post', handle: 'jaimelorentelo', postLikes: 152_000, postComments: 784 },
  ],
  [
    'tiktok/profile-illojuan-2025-12.html',
    'https://www.tiktok.com/@illojuan',
    {
      platform: 'tiktok',
      handle: 'illojuan',
      followers: 783_427,
      following: 0,
      likesTotal: 3_922_256,
      videoCount: 19,
      // The bio link is shown without a scheme ("twitch.tv/illojuan").
      contacts: { emails: [], phones: [], links: ['https://twitch.tv/illojuan'] },
    },
  ],
  [
    'tiktok/video-2025-12.html',
    'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    { pageKind: 'video', handle: 'illojuan', postLikes: 25_500, postComments: 146 },
  ],
  [
    'tiktok/profile-legacy-nextdata-tiktok-2021-01.html',
    'https://www.tiktok.com/@tiktok',
    {
      handle: 'tiktok',
      followers: 50_100_000,
      following: 496,
      likesTotal: 246_000_000,
      videoCount: 118,
      firstPost: { views: 844_100, likes: 84_900, comments: 16_500 },
    },
  ],
];

describe('inspect on every real capture', { timeout: 60_000 }, () => {
  it.each(CAPTURES)('%s', (file, url, truth) => {
    const r = spawnSync(TSX, ['scripts/inspect.ts', '--url', url, join(FIXTURES, file)], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Inspection;
    const { postLikes, postComments, firstPost, ...fields } = truth;
    expect(out).toMatchObject(fields);
    if (postLikes !== undefined) expect(out.post?.likes).toBe(postLikes);
    if (postComments !== undefined) expect(out.post?.comments).toBe(postComments);
    if (firstPost) expect(out.recentPosts[0]).toMatchObject(firstPost);
    // Every count is a plain number or null, never NaN or a string.
    for (const k of ['followers', 'following', 'posts', 'likesTotal', 'videoCount'] as const) {
      expect(out[k] === null || Number.isSafeInteger(out[k])).toBe(true);
    }
  });
});
