import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadingSchema } from '@/lib/schema/reading';
import { readingsFromPageData } from './page-data-readings';

const fixture = (path: string) => readFileSync(`../shared/fixtures/${path}`, 'utf8');
const NOW = Date.UTC(2026, 10, 21);

describe('readingsFromPageData', () => {
  it("records a profile's own API data (real web_profile_info capture) as one valid reading", () => {
    const body = fixture('instagram/web_profile_info-robertdowneyjr-2022-06.json');
    const readings = readingsFromPageData(
      'https://www.instagram.com/robertdowneyjr/',
      'https://www.instagram.com/api/v1/users/web_profile_info/?username=robertdowneyjr',
      body,
      NOW,
    );
    expect(readings).toHaveLength(1);
    const r = ReadingSchema.parse(readings[0]);
    expect(r.handle).toBe('robertdowneyjr');
    expect(r.followers).toMatchObject({ value: 52_979_346, exact: true, source: 'api' });
    expect(r.recentPosts).toHaveLength(12);
    expect(r.recentPosts[0]).toMatchObject({ likes: { value: 2_126_144 }, comments: { value: 8_856 } });
  });

  it("never gives the open profile another account's posts (real clips capture: reels by noholita)", () => {
    const body = fixture('instagram/clips-robertdowneyjr-2021-09.json');
    const readings = readingsFromPageData(
      'https://www.instagram.com/robertdowneyjr/',
      'https://www.instagram.com/api/v1/clips/user/',
      body,
      NOW,
    );
    expect(readings.flatMap((r) => r.recentPosts)).toEqual([]);
  });

  it('takes the TikTok item_list posts of the open profile', () => {
    const page = fixture('tiktok/profile-legacy-nextdata-tiktok-2021-01.html');
    const next = JSON.parse(/<script id="__NEXT_DATA__"[^>]*>([\s\S]*?)<\/script>/.exec(page)![1]!);
    const body = JSON.stringify({ itemList: next.props.pageProps.items, hasMore: false });
    const readings = readingsFromPageData(
      'https://www.tiktok.com/@tiktok',
      'https://www.tiktok.com/api/post/item_list/?secUid=x',
      body,
      NOW,
    );
    expect(readings).toHaveLength(1);
    expect(readings[0]?.handle).toBe('tiktok');
    expect(readings[0]?.recentPosts[0]).toMatchObject({
      views: { value: 844_100 },
      likes: { value: 84_900 },
    });
    expect(ReadingSchema.safeParse(readings[0]).success).toBe(true);
  });

  it("strips bidi controls from the page's own API text, as from page text", () => {
    const page = fixture('tiktok/profile-legacy-nextdata-tiktok-2021-01.html');
    const next = JSON.parse(/<script id="__NEXT_DATA__"[^>]*>([\s\S]*?)<\/script>/.exec(page)![1]!);
    const items = next.props.pageProps.items as { desc: string }[];
    items[0]!.desc = '\u202E=1+1 gnp.exe';
    const readings = readingsFromPageData(
      'https://www.tiktok.com/@tiktok',
      'https://www.tiktok.com/api/post/item_list/?secUid=x',
      JSON.stringify({ itemList: items, hasMore: false }),
      NOW,
    );
    expect(readings[0]?.recentPosts[0]?.caption).toBe('=1+1 gnp.exe');
  });

  it('adds nothing for garbage, other pages, or non-creator pages', () => {
    const api = 'https://www.tiktok.com/api/post/item_list/';
    expect(readingsFromPageData('https://www.tiktok.com/@a', api, 'not json', NOW)).toEqual([]);
    expect(readingsFromPageData('https://www.tiktok.com/@a', api, '{"itemList":"x"}', NOW)).toEqual([]);
    expect(readingsFromPageData('https://www.tiktok.com/foryou', api, '{"itemList":[]}', NOW)).toEqual([]);
    expect(readingsFromPageData('https://example.com/@a', api, '{"itemList":[]}', NOW)).toEqual([]);
    // An item_list body that would otherwise be read, arriving on an Instagram page.
    const items = JSON.stringify({
      itemList: [{ id: '1', author: { uniqueId: 'abc' }, stats: { diggCount: 5 } }],
    });
    expect(readingsFromPageData('https://www.tiktok.com/@abc', api, items, NOW)).toHaveLength(1);
    expect(readingsFromPageData('https://www.instagram.com/abc/', api, items, NOW)).toEqual([]);
  });
});
