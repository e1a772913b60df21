import { describe, expect, it } from 'vitest';
import { normalizePageData, PageDataBuffer } from './page-data-merge';
import {
  type Count,
  type PostReading,
  PostReadingSchema,
  type Reading,
  ReadingSchema,
} from './schema/reading';

const exact = (value: number, source: Count['source'] = 'api'): Count => ({
  value,
  exact: true,
  min: value,
  max: value,
  source,
});
const rounded = (value: number, min: number, max: number): Count => ({
  value,
  exact: false,
  min,
  max,
  source: 'dom',
});

const post = (id: string, extra: Partial<PostReading> = {}): PostReading =>
  PostReadingSchema.parse({ id, url: `https://www.tiktok.com/@illojuan/video/${id}`, ...extra });

const profile = (extra: Partial<Reading> = {}): Reading =>
  ReadingSchema.parse({
    platform: 'tiktok',
    pageKind: 'profile',
    url: 'https://www.tiktok.com/@illojuan',
    readAt: 1,
    handle: 'illojuan',
    ...extra,
  });

describe('PageDataBuffer.mergeInto', () => {
  it("adds the creator's API posts to a profile reading and keeps the DOM's", () => {
    const buffer = new PageDataBuffer();
    buffer.add(
      { posts: [post('1', { author: 'illojuan', likes: exact(25_500) }), post('9', { author: 'someone' })] },
      null,
    );
    const merged = buffer.mergeInto(
      profile({ recentPosts: [post('1', { views: rounded(192_100, 192_050, 192_149) }), post('2')] }),
    );
    expect(merged.recentPosts.map((p) => p.id)).toEqual(['1', '2']);
    expect(merged.recentPosts[0]?.likes?.value).toBe(25_500);
    expect(merged.recentPosts[0]?.views?.value).toBe(192_100);
  });

  it('attributes author-less posts to the page they arrived on', () => {
    const buffer = new PageDataBuffer();
    buffer.add({ posts: [post('5', { likes: exact(10) })] }, 'illojuan');
    expect(buffer.mergeInto(profile()).recentPosts.map((p) => p.id)).toEqual(['5']);
    expect(
      buffer.mergeInto(profile({ handle: 'other', url: 'https://www.tiktok.com/@other' })).recentPosts,
    ).toEqual([]);
  });

  it('replaces a rounded header count with an exact one, never the reverse', () => {
    const buffer = new PageDataBuffer();
    buffer.add(
      { posts: [], profile: { handle: 'illojuan', followers: exact(783_427), following: rounded(5, 5, 5) } },
      null,
    );
    const merged = buffer.mergeInto(
      profile({ followers: rounded(783_400, 783_350, 783_449), following: exact(0, 'dom') }),
    );
    expect(merged.followers?.value).toBe(783_427);
    expect(merged.sources.followers).toEqual({ source: 'api', exact: true });
    expect(merged.following?.value).toBe(0);
  });

  it('fills the post of a post page from page data', () => {
    const buffer = new PageDataBuffer();
    buffer.add({ posts: [post('7', { comments: exact(146) })] }, null);
    const merged = buffer.mergeInto(
      profile({ pageKind: 'video', post: post('7', { likes: exact(25_500, 'json') }) }),
    );
    expect(merged.post?.comments?.value).toBe(146);
    expect(merged.post?.likes?.value).toBe(25_500);
  });

  it('stays bounded', () => {
    const buffer = new PageDataBuffer();
    buffer.add(
      { posts: Array.from({ length: 700 }, (_, i) => post(String(i), { author: 'illojuan' })) },
      null,
    );
    expect(buffer.size).toBe(500);
    expect(buffer.mergeInto(profile()).recentPosts.length).toBe(500);
  });
});

describe('normalizePageData', () => {
  it('accepts a list or {posts, profile} and nothing else', () => {
    expect(normalizePageData([post('1')])?.posts.length).toBe(1);
    expect(normalizePageData({ posts: [], profile: { handle: 'a' } })?.profile).toEqual({ handle: 'a' });
    expect(normalizePageData(null)).toBeNull();
    expect(normalizePageData({ items: [] })).toBeNull();
  });
});
