/** The TikTok reader on hand-made pages (tests/pages/tiktok) for the edge cases real captures lack. */
import { describe, expect, it } from 'vitest';
import { ReadingSchema } from '../../../lib/schema/reading';
import { readTiktokPage } from '../../../lib/sites/read-page';
import { documentFrom, pageHtml } from './tiktok-doc';

const NOW = Date.UTC(2026, 0, 1);

function read(file: string, url: string) {
  const r = readTiktokPage(documentFrom(pageHtml(file), url), url, NOW);
  expect(ReadingSchema.safeParse(r).success).toBe(true);
  return r;
}

describe('DOM-only profiles in English and Indonesian', () => {
  const url = 'https://www.tiktok.com/@illojuan';
  const en = read('profile-en-dom-only.html', url);
  const id = read('profile-id-dom-only.html', url);

  it('reads "783,4 rb" / "3,9 jt" exactly as "783.4K" / "3.9M"', () => {
    expect(id.followers).toMatchObject({ value: 783_400, exact: false, source: 'dom' });
    expect(id.likesTotal).toMatchObject({ value: 3_900_000, exact: false, source: 'dom' });
    expect(id.following).toMatchObject({ value: 0, exact: true });
    const figures = (r: typeof en) => ({
      followers: r.followers,
      following: r.following,
      likesTotal: r.likesTotal,
      videoCount: r.videoCount,
      views: r.recentPosts.map((p) => [
        p.id,
        p.views?.value,
        p.views?.min,
        p.views?.max,
        p.pinned,
        p.isVideo,
      ]),
    });
    const strip = (x: ReturnType<typeof figures>) =>
      JSON.parse(JSON.stringify(x, (k, v) => (k === 'raw' ? undefined : v)));
    expect(strip(figures(id))).toEqual(strip(figures(en)));
  });

  it('reads the grid: pinned badge in either language, photo posts, exact small counts', () => {
    for (const r of [en, id]) {
      expect(r.recentPosts.map((p) => p.id)).toEqual([
        '7571863205253778710',
        '7437176835944795424',
        '7116173993534622982',
      ]);
      expect(r.recentPosts[0]!.pinned).toBe(true);
      expect(r.recentPosts[1]!.pinned).toBeNull();
      expect(r.recentPosts[2]).toMatchObject({
        isVideo: false,
        url: 'https://www.tiktok.com/@illojuan/photo/7116173993534622982',
      });
      expect(r.recentPosts[2]!.views).toMatchObject({ value: 4_321, exact: true });
      expect(r.verified).toBe(true);
      expect(r.displayName).toBe('IlloJuan');
      expect(r.externalUrl).toBe('twitch.tv/illojuan');
      expect(r.videoCount).toBeNull();
    }
  });
});

describe('edge pages', () => {
  it('private account: private, counts still read, no posts', () => {
    const r = read('profile-private.html', 'https://www.tiktok.com/@private.person');
    expect(r.private).toBe(true);
    expect(r.followers).toMatchObject({ value: 1_234, exact: true, source: 'json' });
    expect(r.following?.value).toBe(321);
    expect(r.likesTotal?.value).toBe(5_678);
    expect(r.videoCount?.value).toBe(12);
    expect(r.recentPosts).toEqual([]);
    expect(r.disagreements).toEqual([]);
  });

  it('zero videos: a real 0, not unknown', () => {
    const r = read('profile-zero-videos.html', 'https://www.tiktok.com/@newbie_01');
    expect(r.videoCount).toMatchObject({ value: 0, exact: true });
    expect(r.likesTotal).toMatchObject({ value: 0, exact: true });
    expect(r.followers?.value).toBe(12);
    expect(r.recentPosts).toEqual([]);
    expect(r.notices).toEqual([]);
  });

  it('logged-out shell "TikTok - Make Your Day": nulls and a notice', () => {
    const r = read('shell-make-your-day.html', 'https://www.tiktok.com/@illojuan');
    expect(r.handle).toBe('illojuan');
    for (const f of [
      'followers',
      'following',
      'likesTotal',
      'videoCount',
      'displayName',
      'verified',
    ] as const) {
      expect(r[f]).toBeNull();
    }
    expect(r.recentPosts).toEqual([]);
    expect(r.notices.join(' ')).toMatch(/Make Your Day/);
  });

  it('a page with no counts at all: nulls and a notice, never 0', () => {
    const r = read('profile-no-counts.html', 'https://www.tiktok.com/@some.one');
    expect(r.followers).toBeNull();
    expect(r.likesTotal).toBeNull();
    expect(r.displayName).toBe('Someone');
    expect(r.notices).toContain('No counts found on this page.');
  });

  it('JSON and DOM disagree beyond rounding: keeps what the user sees, records both', () => {
    const r = read('profile-disagree.html', 'https://www.tiktok.com/@illojuan');
    expect(r.followers).toMatchObject({ value: 783_400, source: 'dom', exact: false });
    expect(r.sources.followers).toEqual({ source: 'dom', exact: false });
    expect(r.disagreements).toEqual([
      {
        field: 'followers',
        kept: { value: 783_400, source: 'dom' },
        other: { value: 912_345, source: 'json' },
      },
    ]);
    // Likes agree within rounding: the exact JSON figure is kept.
    expect(r.likesTotal).toMatchObject({ value: 3_922_256, exact: true, source: 'json' });
  });

  it('stale JSON and meta of the previous profile are ignored; the header is read', () => {
    const r = read('profile-stale-json.html', 'https://www.tiktok.com/@other.creator');
    expect(r.handle).toBe('other.creator');
    expect(r.followers).toMatchObject({ value: 2_500, exact: true, source: 'dom' });
    expect(r.likesTotal).toMatchObject({ value: 9_001, source: 'dom' });
    expect(r.videoCount).toBeNull();
    expect(r.verified).toBeNull();
    expect(r.notices.some((n) => n.includes('@illojuan'))).toBe(true);
  });

  it('SIGI_STATE layout: profile, own items in list order, pinned, paid flag, mentions', () => {
    const r = read('profile-sigi.html', 'https://www.tiktok.com/@budi.jajan');
    expect(r).toMatchObject({
      handle: 'budi.jajan',
      displayName: 'Budi Jajan',
      verified: false,
      private: false,
    });
    expect(r.externalUrl).toBe('linktr.ee/budijajan');
    expect(r.followers).toMatchObject({ value: 48_213, exact: true });
    expect(r.likesTotal).toMatchObject({ value: 1_203_456, exact: true });
    expect(r.videoCount?.value).toBe(87);
    // The third item is someone else's: not this creator's post.
    expect(r.recentPosts.map((p) => p.id)).toEqual(['7200000000000000001', '7200000000000000002']);
    const [a, b] = r.recentPosts;
    expect(a).toMatchObject({ pinned: true, author: 'budi.jajan', takenAt: 1_676_000_000_000 });
    expect(a!.hashtags).toEqual(['kuliner', 'ad']);
    expect(a!.mentions).toEqual(['warung.pak.eko']);
    expect(a!.saves).toMatchObject({ value: 30, exact: true });
    // "#ad" in a caption is a hashtag for lib/sponsored.ts, not the platform label.
    expect(a!.paidPartnership).toBeNull();
    expect(b!.paidPartnership).toBe(true);
    expect(b!.views).toMatchObject({ value: 120_000, exact: false });
  });

  it('Indonesian meta description only: "3,9 jt Suka. 783,4 rb Pengikut", not the "5 Suka" in the text', () => {
    const r = read('profile-meta-only-id.html', 'https://www.tiktok.com/@illojuan');
    expect(r.followers).toMatchObject({ value: 783_400, exact: false, source: 'meta' });
    expect(r.likesTotal).toMatchObject({ value: 3_900_000, exact: false, source: 'meta' });
    expect(r.displayName).toBe('IlloJuan');
    expect(r.following).toBeNull();
  });

  it('a non-creator page is not read', () => {
    const r = read('profile-en-dom-only.html', 'https://www.tiktok.com/foryou');
    expect(r.pageKind).toBe('other');
    expect(r.handle).toBeNull();
    expect(r.followers).toBeNull();
    expect(r.recentPosts).toEqual([]);
  });
});
