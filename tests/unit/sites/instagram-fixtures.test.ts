/**
 * The Instagram reader on every real capture in ../shared/fixtures/instagram/,
 * against the true values listed in that folder's README.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reading } from '../../../lib/schema/reading';
import { readInstagramPage } from '../../../lib/sites/read-page';
import { closeDocuments, documentFromHtml, fixtureHtml } from './instagram-doc';

const NOW = 1_740_000_000_000;

function read(file: string, url: string): Reading {
  return readInstagramPage(documentFromHtml(fixtureHtml(file), url), url, NOW);
}

afterAll(closeDocuments);

describe('logged-in profile, 2025 layout (gdg_rbu)', () => {
  let r: Reading;
  beforeAll(() => {
    r = read('profile-loggedin-gdg_rbu-2025-02.html', 'https://www.instagram.com/gdg_rbu/');
  });

  it('reads who it is', () => {
    expect(r.platform).toBe('instagram');
    expect(r.pageKind).toBe('profile');
    expect(r.handle).toBe('gdg_rbu');
    expect(r.displayName).toBe('GDG On Campus RBU');
    expect(r.bio).toContain('Google Developer Groups On Campus');
    // The embedded viewer account (private, "viewer.example") must not leak into the creator.
    expect(r.private).not.toBe(true);
  });

  it('keeps the DOM followers (title attribute 3,351) and records the lagging meta 3,353', () => {
    expect(r.followers).toMatchObject({ value: 3351, exact: true, source: 'attribute' });
    expect(r.sources.followers).toEqual({ source: 'attribute', exact: true });
    expect(r.disagreements).toContainEqual({
      field: 'followers',
      kept: { value: 3351, source: 'attribute' },
      other: { value: 3353, source: 'meta' },
    });
  });

  it('keeps the DOM following 194 over the meta 200, and reads 177 posts', () => {
    expect(r.following).toMatchObject({ value: 194, exact: true, source: 'dom' });
    expect(r.disagreements).toContainEqual({
      field: 'following',
      kept: { value: 194, source: 'dom' },
      other: { value: 200, source: 'meta' },
    });
    expect(r.posts).toMatchObject({ value: 177, exact: true });
    expect(r.disagreements.some((d) => d.field === 'posts')).toBe(false);
  });

  it('lists the 12 grid posts in page order with their links', () => {
    expect(r.recentPosts).toHaveLength(12);
    expect(r.recentPosts[0]).toMatchObject({
      id: 'DFe0nxuhPox',
      url: 'https://www.instagram.com/reel/DFe0nxuhPox/',
      isVideo: true,
      pinned: false,
    });
    expect(r.recentPosts[1]?.id).toBe('DE_xvFlBTIv');
    expect(r.recentPosts[11]?.id).toBe('DAdvwWLidZj');
    expect(new Set(r.recentPosts.map((p) => p.id)).size).toBe(12);
  });

  it('takes dates from generated image descriptions and captions from reel descriptions', () => {
    // "Photo by GDG On Campus RBU on January 18, 2025."
    expect(r.recentPosts[1]?.takenAt).toBe(Date.UTC(2025, 0, 18, 12));
    expect(r.recentPosts[1]?.caption).toBeNull();
    expect(r.recentPosts[0]?.hashtags).toContain('spidercraft');
  });

  it('reads only the one tile whose hover overlay was rendered (likes then comments)', () => {
    expect(r.recentPosts[0]?.likes).toMatchObject({ value: 203, exact: true, source: 'dom' });
    expect(r.recentPosts[0]?.comments).toMatchObject({ value: 5, exact: true });
    expect(r.recentPosts.slice(1).every((p) => p.likes === null && p.comments === null)).toBe(true);
  });

  it('has no notice (counts are from the rendered page)', () => {
    expect(r.notices).toEqual([]);
  });
});

describe('logged-out profile (pluto__travel): metas only', () => {
  let r: Reading;
  beforeAll(() => {
    r = read('profile-loggedout-pluto__travel-2024-12.html', 'https://www.instagram.com/pluto__travel/');
  });

  it('reads the counts from the meta description, exact', () => {
    expect(r.handle).toBe('pluto__travel');
    expect(r.displayName).toBe('Pluto');
    expect(r.followers).toMatchObject({ value: 2362, exact: true, source: 'meta' });
    expect(r.following).toMatchObject({ value: 136, exact: true, source: 'meta' });
    expect(r.posts).toMatchObject({ value: 224, exact: true, source: 'meta' });
    expect(r.sources.followers).toEqual({ source: 'meta', exact: true });
    expect(r.bio).toMatch(/^Home of travel/);
  });

  it('says that only the summary was readable', () => {
    expect(r.notices.some((n) => /summary/i.test(n))).toBe(true);
    expect(r.recentPosts).toEqual([]);
  });
});

describe('legacy layout with window._sharedData (robertdowneyjr, 2020)', () => {
  let r: Reading;
  beforeAll(() => {
    r = read(
      'profile-legacy-shareddata-robertdowneyjr-2020-08.html',
      'https://www.instagram.com/robertdowneyjr/',
    );
  });

  it('prefers the exact JSON 46,383,825 over the rounded meta "46.3m", without calling it a disagreement', () => {
    expect(r.followers).toMatchObject({ value: 46_383_825, exact: true, source: 'json' });
    expect(r.sources.followers).toEqual({ source: 'json', exact: true });
    expect(r.disagreements).toEqual([]);
  });

  it('reads following, posts, profile facts', () => {
    expect(r.following).toMatchObject({ value: 50, exact: true });
    expect(r.posts).toMatchObject({ value: 453, exact: true });
    expect(r.verified).toBe(true);
    expect(r.private).toBe(false);
    expect(r.displayName).toBe('Robert Downey Jr. Official');
    expect(r.externalUrl).toBe('http://coreresponse.org/covid19');
  });

  it('reads the 12 posts with exact likes and comments', () => {
    expect(r.recentPosts).toHaveLength(12);
    const first = r.recentPosts[0];
    expect(first?.id).toBe('CAGcDKplv2X');
    expect(first?.likes).toMatchObject({ value: 686_512, exact: true, source: 'json' });
    expect(first?.comments).toMatchObject({ value: 3_253, exact: true });
    expect(first?.takenAt).toBe(1_589_313_961_000);
    expect(first?.hashtags).toEqual(['sweettooth']);
    expect(first?.mentions).toContain('netflix');
  });
});

describe('post pages (metas only)', () => {
  it('photo: ≈298,000 likes (rounded), 553 comments exact, author willyrex, date', () => {
    const r = read('post-photo-willyrex-2024-12.html', 'https://www.instagram.com/p/CPeC-Eenc8l/');
    expect(r.pageKind).toBe('post');
    expect(r.handle).toBe('willyrex');
    const p = r.post;
    expect(p?.id).toBe('CPeC-Eenc8l');
    expect(p?.likes).toMatchObject({ value: 298_000, exact: false, source: 'meta' });
    expect(p?.likes?.min).toBeLessThanOrEqual(297_500);
    expect(p?.likes?.max).toBeGreaterThanOrEqual(298_499);
    expect(p?.comments).toMatchObject({ value: 553, exact: true });
    expect(p?.author).toBe('willyrex');
    expect(p?.takenAt).toBe(Date.UTC(2021, 4, 29, 12));
    expect(p?.caption).toBe('Una de mis nuevas sudaderas top!! Per ardua ad astra 🚀🚀🚀');
    expect(r.sources['post.likes']).toEqual({ source: 'meta', exact: false });
  });

  it('reel: ≈152,000 likes, 784 comments, author jaimelorentelo', () => {
    const r = read('post-clip-2024-12.html', 'https://www.instagram.com/reel/CN2VQ1yI_MA/');
    expect(r.post).toMatchObject({
      id: 'CN2VQ1yI_MA',
      url: 'https://www.instagram.com/reel/CN2VQ1yI_MA/',
      author: 'jaimelorentelo',
      isVideo: true,
      takenAt: Date.UTC(2021, 3, 19, 12),
    });
    expect(r.post?.likes).toMatchObject({ value: 152_000, exact: false });
    expect(r.post?.comments).toMatchObject({ value: 784, exact: true });
  });
});
