import { describe, expect, it } from 'vitest';
import {
  BRIDGE_CHANNEL,
  bridgePayload,
  isAllowedApiUrl,
  parseJsonSafely,
  platformOfApiUrl,
} from './bridge-protocol';
import { RequestSchema } from './messages';

describe('isAllowedApiUrl', () => {
  it.each([
    'https://www.tiktok.com/api/post/item_list/?aid=1988&count=35&secUid=abc',
    'https://www.tiktok.com/api/user/detail/?uniqueId=illojuan',
    'https://www.instagram.com/graphql/query',
    'https://www.instagram.com/api/graphql',
    'https://www.instagram.com/api/v1/users/web_profile_info/?username=gdg_rbu',
    'https://www.instagram.com/api/v1/clips/user/',
    'https://www.instagram.com/api/v1/feed/user/123/?count=12',
  ])('admits the page API response %s', (url) => {
    expect(isAllowedApiUrl(url)).toBe(true);
  });

  it.each([
    // other endpoints of the same sites: messages, settings, login
    'https://www.instagram.com/api/v1/direct_v2/inbox/',
    'https://www.tiktok.com/api/im/message/',
    'https://www.instagram.com/accounts/login/ajax/',
    // look-alike paths must not pass as prefixes
    'https://www.instagram.com/api/graphqlx',
    'https://www.tiktok.com/api/post/item_listing',
    // other hosts and schemes
    'https://evil.example/api/post/item_list/',
    'http://www.tiktok.com/api/post/item_list/',
    'https://instagram.com/graphql/query',
    'https://www.tiktok.com.evil.example/api/post/item_list/',
    'https://user:pw@www.tiktok.com/api/post/item_list/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedApiUrl(url)).toBe(false);
  });

  it('resolves relative URLs against the page', () => {
    expect(isAllowedApiUrl('/api/post/item_list/?count=30', 'https://www.tiktok.com/@illojuan')).toBe(true);
    expect(isAllowedApiUrl('/api/post/item_list/', 'https://www.instagram.com/gdg_rbu/')).toBe(false);
  });

  it('names the platform of an allowed URL only', () => {
    expect(platformOfApiUrl('https://www.tiktok.com/api/post/item_list/')).toBe('tiktok');
    expect(platformOfApiUrl('https://www.instagram.com/graphql/query')).toBe('instagram');
    expect(platformOfApiUrl('https://www.instagram.com/direct/inbox/')).toBeNull();
  });
});

describe('bridge messages', () => {
  const ok = { channel: BRIDGE_CHANNEL, url: 'https://www.tiktok.com/api/post/item_list/', body: '{}' };

  it('passes a well-formed message on, with only its URL and body', () => {
    expect(bridgePayload(ok)).toEqual({ url: ok.url, body: '{}' });
    expect(bridgePayload({ ...ok, type: 'backup:export' })).toEqual({ url: ok.url, body: '{}' });
  });

  it.each([
    ['another channel', { ...ok, channel: 'other' }],
    ['a disallowed URL', { ...ok, url: 'https://www.tiktok.com/api/im/message/' }],
    ['a non-string body', { ...ok, body: { a: 1 } }],
    ['an oversized body', { ...ok, body: 'x'.repeat(5 * 1024 * 1024 + 1) }],
    ['not an object', 'backup:export'],
    ['null', null],
  ])('drops %s in the content script', (_, message) => {
    expect(bridgePayload(message)).toBeNull();
  });

  it('is validated again by the background as page-data:record', () => {
    const record = {
      type: 'page-data:record',
      pageUrl: 'https://www.tiktok.com/@a',
      url: ok.url,
      body: '{}',
    };
    expect(RequestSchema.safeParse(record).success).toBe(true);
    expect(
      RequestSchema.safeParse({ ...record, url: 'https://www.tiktok.com/api/im/message/' }).success,
    ).toBe(false);
    expect(RequestSchema.safeParse({ ...record, body: 1 }).success).toBe(false);
  });
});

describe('parseJsonSafely', () => {
  it('parses JSON and returns undefined for garbage', () => {
    expect(parseJsonSafely('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonSafely('for(;;);{"a":1}')).toBeUndefined();
  });
});
