import { describe, expect, it } from 'vitest';
import { completeReading } from '@/lib/sites/shared/reading-defaults';
import { sameReading } from './same-reading';

const reading = (over: Partial<Parameters<typeof completeReading>[0]> = {}) =>
  completeReading({
    platform: 'instagram',
    pageKind: 'profile',
    url: 'https://www.instagram.com/a/',
    readAt: 1,
    handle: 'a',
    followers: { value: 10, exact: true, min: 10, max: 10, source: 'dom' },
    recentPosts: [{ id: 'p1', url: 'u1', caption: 'x', hashtags: ['k'] }],
    ...over,
  });

describe('sameReading', () => {
  it('ignores when it was read', () => {
    expect(sameReading(reading({ readAt: 1 }), reading({ readAt: 99 }))).toBe(true);
  });

  it('tells apart any figure, post, text or list', () => {
    const base = reading();
    const variants = [
      reading({ followers: { value: 11, exact: true, min: 11, max: 11, source: 'dom' } }),
      reading({ followers: { value: 10, exact: true, min: 10, max: 10, source: 'meta' } }),
      reading({ followers: null }),
      reading({ recentPosts: [] }),
      reading({ recentPosts: [{ id: 'p1', url: 'u1', caption: 'y', hashtags: ['k'] }] }),
      reading({ recentPosts: [{ id: 'p1', url: 'u1', caption: 'x', hashtags: ['k', 'l'] }] }),
      reading({
        recentPosts: [
          { id: 'p1', url: 'u1', caption: 'x', hashtags: ['k'] },
          { id: 'p2', url: 'u2' },
        ],
      }),
      reading({ notices: ['n'] }),
      reading({ sources: { followers: { source: 'dom', exact: true } } }),
      reading({ displayName: 'A' }),
    ];
    for (const v of variants) expect(sameReading(base, v)).toBe(false);
  });
});
