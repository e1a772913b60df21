/**
 * The readers on the 2025–2026 layouts and interface languages (reduced reproductions in
 * tests/pages, provenance in tests/pages/README.md): each case of issue "Readers that hold
 * on today's sites" is a test here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Reading } from '../../../lib/schema/reading';
import { readInstagramPage, readTiktokPage } from '../../../lib/sites/read-page';
import { closeDocuments, documentFromHtml, pageHtml as igPage } from './instagram-doc';
import { documentFrom, pageHtml as ttPage } from './tiktok-doc';

afterAll(closeDocuments);
const NOW = Date.UTC(2026, 11, 1);

const tiktok = (file: string, url: string): Reading =>
  readTiktokPage(documentFrom(ttPage(file), url), url, NOW);
const instagram = (file: string, url: string): Reading =>
  readInstagramPage(documentFromHtml(igPage(file), url), url, NOW);

describe('TikTok 2026: display name in the h1, @handle in the h2', () => {
  const url = 'https://www.tiktok.com/@nadia.eats';

  it('with embedded JSON: exact counts and every grid post (views per video) kept', () => {
    const r = tiktok('profile-2026-swapped-json.html', url);
    expect(r.followers).toMatchObject({ value: 48_713, exact: true, source: 'json' });
    expect(r.likesTotal).toMatchObject({ value: 1_204_567, exact: true });
    expect(r.displayName).toBe('Nadia Rahma');
    expect(r.verified).toBe(true);
    expect(r.recentPosts.map((p) => [p.id, p.views?.value, p.views?.exact])).toEqual([
      ['7501234567890123456', 12_300, false],
      ['7498765432109876543', 8_921, true],
      ['7490000000000000001', 2_100_000, false],
    ]);
    expect(r.disagreements).toEqual([]);
    expect(r.notices).toEqual([]);
  });

  it('without usable JSON (it describes the first page of the visit): every shown count read as an estimate', () => {
    const r = tiktok('profile-2026-swapped-no-json.html', url);
    expect(r.followers).toMatchObject({
      value: 48_700,
      exact: false,
      min: 48_650,
      max: 48_799,
      source: 'dom',
    });
    expect(r.likesTotal).toMatchObject({ value: 1_200_000, exact: false, source: 'dom' });
    expect(r.following).toMatchObject({ value: 212, exact: true });
    expect(r.displayName).toBe('Nadia Rahma');
    expect(r.bio).toBe('Makan enak di Jakarta 🍜');
    expect(r.recentPosts.map((p) => [p.id, p.views?.value, p.pinned])).toEqual([
      ['7501234567890123456', 12_300, true],
      ['7498765432109876543', 8_921, null],
    ]);
    // The stale data of @kopi.senja lends nothing.
    expect(r.notices.join(' ')).toMatch(/@kopi\.senja/);
    expect(r.videoCount).toBeNull();
  });

  it('reads nothing of the header when the URL is another creator', () => {
    const r = tiktok('profile-2026-swapped-json.html', 'https://www.tiktok.com/@kopi.senja');
    expect(r.followers).toBeNull();
    expect(r.recentPosts).toEqual([]);
  });
});

describe('TikTok: ld+json, reflow pages, languages, styles', () => {
  it("a ProfilePage ld+json block gives exact followers and likes; another person's block is ignored", () => {
    const r = tiktok('profile-ld-json.html', 'https://www.tiktok.com/@nadia.eats');
    expect(r.followers).toMatchObject({ value: 48_713, exact: true, source: 'json' });
    expect(r.likesTotal).toMatchObject({ value: 1_204_567, exact: true, source: 'json' });
    expect(r.following).toBeNull();
  });

  it('a mobile reflow video page is read as the video, by its author, not the person who shared it', () => {
    const url = 'https://www.tiktok.com/@nadia.eats/video/7501234567890123456?_r=1';
    const r = tiktok('reflow-video.html', url);
    expect(r.handle).toBe('nadia.eats');
    expect(r.post).toMatchObject({ id: '7501234567890123456', author: 'nadia.eats' });
    expect(r.post?.views).toMatchObject({ value: 12_345, exact: true });
    expect(r.post?.likes).toMatchObject({ value: 1_024, exact: true });
    expect(r.followers).toMatchObject({ value: 48_713, exact: true });
    expect(r.notices.join(' ')).not.toMatch(/Make Your Day/);
    expect(JSON.stringify(r)).not.toContain('link.sharer');
  });

  it("a reflow page shared by someone else for another creator's URL lends nothing", () => {
    const r = tiktok('reflow-video.html', 'https://www.tiktok.com/@link.sharer/video/7501234567890123456');
    expect(r.post).toBeNull();
    expect(r.followers).toBeNull();
  });

  it('a mobile reflow photo post is read as a post', () => {
    const r = tiktok('reflow-photo.html', 'https://www.tiktok.com/@nadia.eats/photo/7490000000000000001');
    expect(r.pageKind).toBe('post');
    expect(r.post).toMatchObject({ id: '7490000000000000001', author: 'nadia.eats' });
    expect(r.post?.likes).toMatchObject({ value: 40_210, exact: true });
    expect(r.post?.comments).toMatchObject({ value: 311, exact: true });
  });

  it('French: description "1M j\'aime. 139.1K followers", pinned badge "Épinglé", "3 412" views', () => {
    const r = tiktok('profile-fr.html', 'https://www.tiktok.com/@chloe.cuisine');
    expect(r.followers).toMatchObject({ value: 139_100, exact: false, source: 'dom' });
    expect(r.likesTotal).toMatchObject({ value: 1_000_000, exact: false });
    expect(r.following).toMatchObject({ value: 87, exact: true });
    expect(r.displayName).toBe('Chloé Cuisine');
    expect(r.recentPosts.map((p) => [p.views?.value, p.pinned])).toEqual([
      [45_200, true],
      [3_412, null],
    ]);
  });

  it('French meta alone (no header) gives likes and followers', () => {
    const html = ttPage('profile-fr.html').replace(/<main>[\s\S]*<\/main>/, '');
    const url = 'https://www.tiktok.com/@chloe.cuisine';
    const r = readTiktokPage(documentFrom(html, url), url, NOW);
    expect(r.followers).toMatchObject({ value: 139_100, exact: false, source: 'meta' });
    expect(r.likesTotal).toMatchObject({ value: 1_000_000, exact: false, source: 'meta' });
    expect(r.displayName).toBe('Chloé Cuisine');
  });

  it('Korean: "13.9만", "210만", labels and description in Korean', () => {
    const r = tiktok('profile-ko.html', 'https://www.tiktok.com/@minji.daily');
    expect(r.followers).toMatchObject({ value: 139_000, min: 138_500, max: 139_999, exact: false });
    expect(r.likesTotal).toMatchObject({ value: 2_100_000, exact: false });
    expect(r.recentPosts[0]).toMatchObject({ pinned: true });
    expect(r.recentPosts[0]!.views?.value).toBe(25_000);
    const meta = readTiktokPage(
      documentFrom(
        ttPage('profile-ko.html').replace(/<main>[\s\S]*<\/main>/, ''),
        'https://www.tiktok.com/@minji.daily',
      ),
      'https://www.tiktok.com/@minji.daily',
      NOW,
    );
    expect(meta.followers).toMatchObject({ value: 139_000, source: 'meta' });
    expect(meta.likesTotal).toMatchObject({ value: 2_100_000, source: 'meta' });
    expect(meta.displayName).toBe('민지');
  });

  it('Portuguese: "293,3 mil", "1,2 mi", "1.024"', () => {
    const r = tiktok('profile-pt.html', 'https://www.tiktok.com/@ana.viagens');
    expect(r.followers).toMatchObject({ value: 293_300, min: 293_250, max: 293_399, exact: false });
    expect(r.likesTotal).toMatchObject({ value: 1_200_000, exact: false });
    expect(r.following).toMatchObject({ value: 1_024, exact: true });
    expect(r.recentPosts[0]).toMatchObject({ pinned: true });
    expect(r.recentPosts[0]!.views?.value).toBe(18_400);
  });

  it('text never includes <style> children (the 2023 bio link and headings)', () => {
    const r = tiktok('profile-2023-style-in-link.html', 'https://www.tiktok.com/@icecream.lab');
    expect(r.externalUrl).toBe('icecreamlab.example');
    expect(r.displayName).toBe('Ice Cream Lab');
    expect(r.followers).toMatchObject({ value: 12_100, exact: false });
    expect(JSON.stringify(r)).not.toMatch(/tiktok-|padding|font-/);
  });

  it("the paid-partnership chip and the browse layout's author text", () => {
    const r = tiktok('video-paid.html', 'https://www.tiktok.com/@nadia.eats/video/7505555555555555555');
    expect(r.post).toMatchObject({ paidPartnership: true, author: 'nadia.eats' });
    expect(r.post?.likes).toMatchObject({ value: 3_021, exact: true });
  });

  it('a header of this creator without any count anchor says the site changed, naming what is missing', () => {
    const html = ttPage('profile-2026-swapped-no-json.html')
      .replace(/<h3>[\s\S]*?<\/h3>/, '')
      .replace(/<div data-e2e="user-post-item-list">[\s\S]*?<\/main>/, '</main>')
      .replace(/<script id="__UNIVERSAL[\s\S]*?<\/script>/, '');
    const url = 'https://www.tiktok.com/@nadia.eats';
    const r = readTiktokPage(documentFrom(html, url), url, NOW);
    expect(r.followers).toBeNull();
    expect(r.notices[0]).toMatch(/^TikTok changed its page: .*follower, following or like counts/);
  });
});

describe('Instagram 2026 headers', () => {
  it("no ul li: posts, followers (exact title) and following from the header's divs and links", () => {
    const r = instagram('profile-2026-no-list.html', 'https://www.instagram.com/rumah.kopi/');
    expect(r.posts).toMatchObject({ value: 412, exact: true, source: 'dom' });
    expect(r.followers).toMatchObject({ value: 5_123, exact: true, source: 'attribute' });
    expect(r.following).toMatchObject({ value: 310, exact: true, source: 'dom' });
    expect(r.recentPosts.map((p) => [p.id, p.pinned])).toEqual([
      ['DAAAAAAAAA1', true],
      ['DAAAAAAAAA2', false],
    ]);
    expect(r.notices).toEqual([]);
  });

  it('href="#" entries with the exact number in title win over the lagging meta (944 shown, 862 in the meta)', () => {
    const r = instagram('profile-2026-hash-links.html', 'https://www.instagram.com/dewi.batik/');
    expect(r.followers).toMatchObject({ value: 944, exact: true, source: 'attribute' });
    expect(r.following).toMatchObject({ value: 106, exact: true });
    expect(r.posts).toMatchObject({ value: 58, exact: true });
    expect(r.disagreements).toContainEqual({
      field: 'followers',
      kept: { value: 944, source: 'attribute' },
      other: { value: 862, source: 'meta' },
    });
    expect(r.displayName).toBe('Dewi Batik');
  });

  it('a header of this creator with none of the figures says the site changed', () => {
    const html = igPage('profile-2026-hash-links.html').replace(
      /<div>\s*<div><span><span title="58">[\s\S]*?<\/header>/,
      '</div></header>',
    );
    const url = 'https://www.instagram.com/dewi.batik/';
    const r = readInstagramPage(documentFromHtml(html, url), url, NOW);
    expect(r.notices[0]).toMatch(/^Instagram changed its page: .*not the follower, following or post counts/);
    // The lagging meta still gives a rounded-or-exact figure, marked as from the meta.
    expect(r.followers).toMatchObject({ value: 862, source: 'meta' });
  });
});

describe('Instagram in six interface languages', () => {
  it.each([
    ['profile-ko.html', 'han.bit', { posts: 58, followers: 944, following: 106 }, '이름'],
    ['profile-fr.html', 'chloe.paris', { posts: 58, followers: 12_543, following: 106 }, 'Chloé'],
    ['profile-pt.html', 'ana.viagens', { posts: 58, followers: 293_312, following: 1_024 }, 'Ana'],
    ['profile-pl.html', 'kasia.gotuje', { posts: 58, followers: 12_500, following: 106 }, 'Kasia'],
  ] as const)('%s', (file, handle, figures, name) => {
    const r = instagram(file, `https://www.instagram.com/${handle}/`);
    expect({ posts: r.posts?.value, followers: r.followers?.value, following: r.following?.value }).toEqual(
      figures,
    );
    expect(r.displayName).toBe(name);
    expect(r.recentPosts[0]?.pinned).toBe(true);
    expect(r.recentPosts[1]?.pinned).toBe(false);
  });

  it('Polish "12,5 tys." is an estimate holding its range; the meta "12 tys." agrees', () => {
    const r = instagram('profile-pl.html', 'https://www.instagram.com/kasia.gotuje/');
    expect(r.followers).toMatchObject({ value: 12_500, exact: false, min: 12_450, max: 12_599 });
    expect(r.disagreements).toEqual([]);
  });

  it('Korean meta alone: counts read, and the display name is not the sentence of counts', () => {
    const html = igPage('profile-ko.html')
      .replace(/<header>[\s\S]*<\/header>/, '')
      .replace(/<title>.*<\/title>/, '');
    const url = 'https://www.instagram.com/han.bit/';
    const r = readInstagramPage(documentFromHtml(html, url), url, NOW);
    expect([r.followers?.value, r.following?.value, r.posts?.value]).toEqual([862, 106, 58]);
    expect(r.displayName).toBe('이름');
  });

  it('English and Indonesian pages still read as before', () => {
    const en = instagram('profile-en.html', 'https://www.instagram.com/sari.kopi/');
    const id = instagram('profile-id.html', 'https://www.instagram.com/sari.kopi/');
    expect([en.followers?.value, id.followers?.value]).toEqual([12_345, 12_345]);
  });
});

describe('Instagram posts: identity and login walls', () => {
  it("a post URL served with another post's head is not read as that post", () => {
    const r = instagram('post-other-og-url.html', 'https://www.instagram.com/p/DTHISPOST01/');
    expect(r.post?.likes).toBeNull();
    expect(r.post?.comments).toBeNull();
    expect(r.handle).toBeNull();
    expect(r.notices).toContain('The page summary is about another post: not read.');
  });

  it('the same head on its own URL is read', () => {
    const r = instagram('post-other-og-url.html', 'https://www.instagram.com/p/DOTHERPOST1/');
    expect(r.post?.likes).toMatchObject({ value: 98_000, exact: false });
  });

  it('a mobile login wall over a reel: sponsored is unknown, never false; the meta counts are read', () => {
    const r = instagram('reel-mobile-login-wall.html', 'https://www.instagram.com/reel/DCCCCCCCCC1/');
    expect(r.post?.paidPartnership).toBeNull();
    expect(r.post?.likes).toMatchObject({ value: 2_345, exact: true, source: 'meta' });
    expect(r.post?.comments).toMatchObject({ value: 67 });
    expect(r.handle).toBe('dewi.batik');
    expect(r.notices).toContain('A login wall hides this post: paid partnership unknown.');
  });

  it('a logged-in post page: likes from the liked_by link, date from <time>, the paid-partnership label in the post header', () => {
    const r = instagram('post-loggedin-paid.html', 'https://www.instagram.com/p/DGGGGGGGGG1/');
    expect(r.post?.likes).toMatchObject({ value: 1_234, exact: true, source: 'dom' });
    expect(r.post?.takenAt).toBe(Date.parse('2026-04-02T09:30:00.000Z'));
    expect(r.post?.paidPartnership).toBe(true);
  });

  it("the same post header without the label: not labelled (false), because it is the post's own header", () => {
    const html = igPage('post-loggedin-paid.html').replace(/<div><span>Paid partnership[\s\S]*?<\/div>/, '');
    const url = 'https://www.instagram.com/p/DGGGGGGGGG1/';
    const r = readInstagramPage(documentFromHtml(html, url), url, NOW);
    expect(r.post?.paidPartnership).toBe(false);
  });
});
