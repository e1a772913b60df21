import { describe, expect, it } from 'vitest';
import { CountSchema, PostReadingSchema, ReadingSchema } from '@/lib/schema/reading';
import { completePost, completeReading, countIsConsistent, stripBidiControls } from './reading-defaults';

describe('reading defaults stay identical to the schema', () => {
  it('fills a minimal reading exactly as ReadingSchema does', () => {
    const minimal = {
      platform: 'tiktok' as const,
      pageKind: 'profile' as const,
      url: 'https://www.tiktok.com/@a.b',
      readAt: 1,
      handle: 'a.b',
      recentPosts: [{ id: '1', url: 'https://www.tiktok.com/@a.b/video/1' }],
      post: { id: '2', url: 'https://www.tiktok.com/@a.b/video/2' },
    };
    expect(completeReading(minimal)).toEqual(ReadingSchema.parse(minimal));
  });

  it('keeps every schema key, so a new schema field cannot be forgotten here', () => {
    const minimal = {
      platform: 'instagram' as const,
      pageKind: 'other' as const,
      url: '',
      readAt: 0,
      handle: null,
    };
    expect(Object.keys(completeReading(minimal)).sort()).toEqual(Object.keys(ReadingSchema.shape).sort());
    expect(Object.keys(completePost({ id: 'x', url: '' })).sort()).toEqual(
      Object.keys(PostReadingSchema.shape).sort(),
    );
  });

  it('judges counts as CountSchema does', () => {
    const cases = [
      { value: 5, exact: true, min: 5, max: 5 },
      { value: 5, exact: true, min: 4, max: 5 },
      { value: 5, exact: false, min: 6, max: 9 },
      { value: 1_100_000, exact: false, min: 1_050_000, max: 1_149_999 },
      { value: -1, exact: true, min: -1, max: -1 },
      { value: 1.5, exact: true, min: 1.5, max: 1.5 },
    ];
    for (const c of cases) {
      expect(countIsConsistent(c), JSON.stringify(c)).toBe(
        CountSchema.safeParse({ ...c, source: 'dom' }).success,
      );
    }
  });
});

describe('hostile page text', () => {
  it('clamps overlong text so the reading still passes the schema', () => {
    const huge = 'x'.repeat(50_000);
    const reading = completeReading({
      platform: 'instagram',
      pageKind: 'profile',
      url: `https://www.instagram.com/a/${huge}`,
      readAt: 1,
      handle: 'a',
      displayName: huge,
      bio: huge,
      recentPosts: [
        { id: 'ok', url: 'u', caption: huge, hashtags: ['fine', huge], mentions: Array(500).fill('m') },
        { id: 'y'.repeat(101), url: 'u' },
      ],
      notices: [huge],
    });
    expect(ReadingSchema.safeParse(reading).success).toBe(true);
    expect(reading.bio).toHaveLength(10_000);
    expect(reading.recentPosts.map((p) => p.id)).toEqual(['ok']);
    expect(reading.recentPosts[0]?.hashtags).toEqual(['fine']);
    expect(reading.recentPosts[0]?.mentions).toHaveLength(200);
    expect(reading.notices).toEqual([]);
  });

  it('strips explicit bidi embeddings, overrides and isolates from every page text', () => {
    const spoof = '\u202E=1+1 gnp.exe';
    const reading = completeReading({
      platform: 'tiktok',
      pageKind: 'profile',
      url: 'https://www.tiktok.com/@a',
      readAt: 1,
      handle: 'a',
      displayName: spoof,
      bio: 'a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i',
      externalUrl: 'https://x.example/\u202Efdp.exe',
      recentPosts: [{ id: 'p', url: 'u', author: '\u2067x', caption: '\u202Eevil', hashtags: ['\u2066tag'] }],
      post: { id: 'q', url: 'u', caption: 'ok\u2069' },
    });
    expect(reading.displayName).toBe('=1+1 gnp.exe');
    expect(reading.bio).toBe('abcdefghi');
    expect(reading.externalUrl).toBe('https://x.example/fdp.exe');
    expect(reading.recentPosts[0]).toMatchObject({ author: 'x', caption: 'evil', hashtags: ['tag'] });
    expect(reading.post?.caption).toBe('ok');
  });

  it('keeps right-to-left letters, marks and zero-width characters that reorder nothing', () => {
    const arabic = 'مرحبا بالعالم';
    const hebrew = 'שלום עולם';
    expect(stripBidiControls(arabic)).toBe(arabic);
    expect(stripBidiControls(hebrew)).toBe(hebrew);
    // LRM/RLM (U+200E/F) only nudge neutral characters; zero-width joiners shape Arabic and emoji.
    expect(stripBidiControls(`\u200F${arabic}\u200E a\u200Db`)).toBe(`\u200F${arabic}\u200E a\u200Db`);
    const name = completeReading({
      platform: 'instagram',
      pageKind: 'profile',
      url: 'u',
      readAt: 1,
      handle: 'a',
      displayName: `\u202B${arabic}\u202C (Official)`,
    }).displayName;
    expect(name).toBe(`${arabic} (Official)`);
  });

  it('clamps after stripping, so the kept text fills the limit', () => {
    const name = completeReading({
      platform: 'tiktok',
      pageKind: 'profile',
      url: 'u',
      readAt: 1,
      handle: 'a',
      displayName: `${'\u202E'.repeat(100)}${'n'.repeat(400)}`,
    }).displayName;
    expect(name).toBe('n'.repeat(300));
  });
});
