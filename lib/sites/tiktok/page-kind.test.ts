import { describe, expect, it } from 'vitest';
import { normalizeTiktokHandle, tiktokPageKind } from './page-kind';

describe('tiktokPageKind', () => {
  it('profiles, lower-cased, with query strings and trailing slashes', () => {
    expect(tiktokPageKind('https://www.tiktok.com/@IlloJuan?lang=en')).toEqual({
      platform: 'tiktok',
      kind: 'profile',
      handle: 'illojuan',
      postId: null,
    });
    expect(tiktokPageKind('https://m.tiktok.com/@budi.jajan_/')?.handle).toBe('budi.jajan_');
  });

  it('videos and photo posts', () => {
    expect(
      tiktokPageKind('https://www.tiktok.com/@illojuan/video/7571863205253778710?is_from_webapp=1'),
    ).toEqual({
      platform: 'tiktok',
      kind: 'video',
      handle: 'illojuan',
      postId: '7571863205253778710',
    });
    expect(tiktokPageKind('https://www.tiktok.com/@a.b/photo/7200000000000000001')).toMatchObject({
      kind: 'post',
      handle: 'a.b',
      postId: '7200000000000000001',
    });
  });

  it.each([
    'https://www.tiktok.com/',
    'https://www.tiktok.com/foryou',
    'https://www.tiktok.com/following',
    'https://www.tiktok.com/live',
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/search?q=bakso',
    'https://www.tiktok.com/tag/kuliner',
    'https://www.tiktok.com/music/original-sound-123',
    'https://www.tiktok.com/discover/bakso',
    'https://www.tiktok.com/messages',
    'https://www.tiktok.com/upload',
    'https://www.tiktok.com/setting',
    'https://www.tiktok.com/settings',
    'https://www.tiktok.com/login',
    'https://www.tiktok.com/signup',
    'https://www.tiktok.com/@foryou',
    'https://www.tiktok.com/@login',
    'https://www.tiktok.com/@illojuan/live',
    'https://www.tiktok.com/@illojuan/video/notanid',
    'https://www.tiktok.com/@x',
    'https://www.tiktok.com/@bad*handle',
  ])('not a creator page: %s', (url) => {
    expect(tiktokPageKind(url)).toMatchObject({
      platform: 'tiktok',
      kind: 'other',
      handle: null,
      postId: null,
    });
  });

  it.each([
    'https://www.instagram.com/illojuan/',
    'https://tiktok.com.evil.example/@illojuan',
    'https://nottiktok.com/@illojuan',
    'ftp://www.tiktok.com/@illojuan',
    'not a url',
  ])('null off tiktok.com: %s', (url) => {
    expect(tiktokPageKind(url)).toBeNull();
  });
});

describe('normalizeTiktokHandle', () => {
  it('strips "@", lower-cases, refuses reserved words and bad characters', () => {
    expect(normalizeTiktokHandle(' @Budi.Jajan ')).toBe('budi.jajan');
    expect(normalizeTiktokHandle('explore')).toBeNull();
    expect(normalizeTiktokHandle('a')).toBeNull();
    expect(normalizeTiktokHandle('...')).toBeNull();
    expect(normalizeTiktokHandle('has space')).toBeNull();
    expect(normalizeTiktokHandle('x'.repeat(65))).toBeNull();
    expect(normalizeTiktokHandle('x'.repeat(30))).toBe('x'.repeat(30));
    expect(normalizeTiktokHandle(null)).toBeNull();
  });
});
