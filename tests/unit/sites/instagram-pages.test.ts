/** The Instagram reader on small hand-made pages (tests/pages/instagram/) for cases the captures lack. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Reading } from '../../../lib/schema/reading';
import { readInstagramPage } from '../../../lib/sites/read-page';
import { closeDocuments, documentFromHtml, pageHtml } from './instagram-doc';

const NOW = 1_740_000_000_000;

function read(file: string, url: string): Reading {
  return readInstagramPage(documentFromHtml(pageHtml(file), url), url, NOW);
}

afterAll(closeDocuments);

/** Everything but the text the interface language changes. */
function comparable(r: Reading) {
  return {
    ...r,
    followers: r.followers && { ...r.followers, raw: undefined },
    following: r.following && { ...r.following, raw: undefined },
    posts: r.posts && { ...r.posts, raw: undefined },
    recentPosts: r.recentPosts.map((p) => ({
      ...p,
      likes: p.likes && { ...p.likes, raw: undefined },
      comments: p.comments && { ...p.comments, raw: undefined },
    })),
  };
}

describe('English and Indonesian interfaces', () => {
  const url = 'https://www.instagram.com/sari.kopi/';
  const en = read('profile-en.html', url);
  const id = read('profile-id.html', url);

  it('English: exact followers from the title attribute beside the rounded "12.3K"', () => {
    expect(en.followers).toMatchObject({ value: 12_345, exact: true, source: 'attribute', raw: '12,345' });
    expect(en.following).toMatchObject({ value: 200, exact: true });
    expect(en.posts).toMatchObject({ value: 1_234, exact: true });
    expect(en.verified).toBe(true);
    expect(en.displayName).toBe('Sari Kopi');
    expect(en.bio).toBe('Coffee in Bandung ☕ #kopi');
    expect(en.externalUrl).toBe('https://sarikopi.example/shop');
    // "12.3K" in the meta agrees within rounding: no disagreement.
    expect(en.disagreements).toEqual([]);
  });

  it('English: pinned tile, reel tile with hover counts, dates from image descriptions', () => {
    expect(en.recentPosts.map((p) => [p.id, p.pinned, p.isVideo])).toEqual([
      ['CAAAAAAAAA1', true, null],
      ['CAAAAAAAAA2', false, true],
      ['CAAAAAAAAA3', false, null],
    ]);
    expect(en.recentPosts[0]?.takenAt).toBe(Date.UTC(2025, 0, 18, 12));
    expect(en.recentPosts[1]?.likes?.value).toBe(1_024);
    expect(en.recentPosts[1]?.comments?.value).toBe(37);
    expect(en.recentPosts[1]?.hashtags).toEqual(['kopi', 'bandung']);
    expect(en.recentPosts[2]?.takenAt).toBe(Date.UTC(2024, 11, 6, 12));
  });

  it('Indonesian ("12,3 rb", "1.234", pengikut, postingan) gives the same reading', () => {
    expect(id.followers).toMatchObject({ value: 12_345, exact: true, source: 'attribute', raw: '12.345' });
    expect(id.posts).toMatchObject({ value: 1_234, exact: true, raw: '1.234' });
    expect(comparable(id)).toEqual(comparable(en));
  });
});

describe('edge cases', () => {
  it('private account: private true, counts read, a notice', () => {
    const r = read('profile-private.html', 'https://www.instagram.com/dina.private/');
    expect(r.private).toBe(true);
    expect(r.followers).toMatchObject({ value: 845, source: 'attribute' });
    expect(r.following?.value).toBe(311);
    expect(r.posts?.value).toBe(52);
    expect(r.recentPosts).toEqual([]);
    expect(r.notices.some((n) => /private/i.test(n))).toBe(true);
  });

  it('zero posts: posts is a known 0, not unknown', () => {
    const r = read('profile-zero-posts.html', 'https://www.instagram.com/baru_saja/');
    expect(r.posts).toMatchObject({ value: 0, exact: true });
    expect(r.followers?.value).toBe(3);
    expect(r.recentPosts).toEqual([]);
    expect(r.notices).toEqual([]);
  });

  it('no counts at all: nulls and a notice, never zeros', () => {
    const r = read('profile-no-counts.html', 'https://www.instagram.com/someone/');
    expect(r.handle).toBe('someone');
    expect(r.followers).toBeNull();
    expect(r.following).toBeNull();
    expect(r.posts).toBeNull();
    expect(r.notices.some((n) => /no follower/i.test(n))).toBe(true);
  });

  it('hidden likes on a profile: JSON counts exact, hidden post has likes null, the viewer is ignored', () => {
    const r = read('profile-hidden-likes.html', 'https://www.instagram.com/nina.hides/');
    expect(r.followers).toMatchObject({ value: 5_210, exact: true, source: 'json' });
    expect(r.disagreements).toContainEqual({
      field: 'followers',
      kept: { value: 5_210, source: 'json' },
      other: { value: 5_208, source: 'meta' },
    });
    expect(r.private).toBe(false);
    expect(r.displayName).toBe('Nina');
    expect(r.externalUrl).toBe('https://nina.example/');
    const [hidden, shown] = r.recentPosts;
    expect(hidden).toMatchObject({ id: 'CHIDDEN0001', likesHidden: true, likes: null, pinned: false });
    expect(hidden?.comments?.value).toBe(12);
    expect(shown).toMatchObject({ id: 'CSHOWN00002', pinned: true, paidPartnership: true, isVideo: true });
    expect(shown?.likes).toMatchObject({ value: 300, source: 'json' });
    expect(shown?.views?.value).toBe(4_100);
  });

  it('hidden likes on a post page: likes null even though the data holds a number', () => {
    const r = read('post-hidden-likes.html', 'https://www.instagram.com/p/CHIDDEN0001/');
    expect(r.post).toMatchObject({
      id: 'CHIDDEN0001',
      likesHidden: true,
      likes: null,
      paidPartnership: true,
    });
    expect(r.post?.comments).toMatchObject({ value: 12, exact: true, source: 'json' });
    expect(r.handle).toBe('nina.hides');
    expect(r.notices.some((n) => /hides like/i.test(n))).toBe(true);
  });

  it('Indonesian post meta ("298 rb suka, 553 komentar … pada 29 Mei 2021") reads like the English one', () => {
    const r = read('post-id.html', 'https://www.instagram.com/p/CPeC-Eenc8l/');
    expect(r.post?.likes).toMatchObject({ value: 298_000, exact: false, source: 'meta' });
    expect(r.post?.comments).toMatchObject({ value: 553, exact: true });
    expect(r.post?.author).toBe('willyrex');
    expect(r.post?.takenAt).toBe(Date.UTC(2021, 4, 29, 12));
  });
});
