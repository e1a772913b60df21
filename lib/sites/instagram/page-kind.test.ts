import { describe, expect, it } from 'vitest';
import { pageKindFor, readPage } from '@/lib/sites/read-page';
import { INSTAGRAM_HANDLE, instagramPageKind, RESERVED_PATHS } from './page-kind';

const IG = 'https://www.instagram.com';

describe('instagramPageKind', () => {
  it.each([
    ['/gdg_rbu/', 'profile', 'gdg_rbu', null],
    ['/gdg_rbu', 'profile', 'gdg_rbu', null],
    ['/GDG_RBU/?hl=id', 'profile', 'gdg_rbu', null],
    ['/jayeshh.bot/', 'profile', 'jayeshh.bot', null],
    ['/gdg_rbu/reels/', 'profile', 'gdg_rbu', null],
    ['/gdg_rbu/tagged/', 'profile', 'gdg_rbu', null],
    ['/gdg_rbu/followers/', 'profile', 'gdg_rbu', null],
    ['/p/CPeC-Eenc8l/', 'post', null, 'CPeC-Eenc8l'],
    ['/p/CPeC-Eenc8l/?img_index=2', 'post', null, 'CPeC-Eenc8l'],
    ['/reel/CN2VQ1yI_MA/', 'post', null, 'CN2VQ1yI_MA'],
    ['/tv/CN2VQ1yI_MA/', 'post', null, 'CN2VQ1yI_MA'],
    ['/gdg_rbu/p/DE_xvFlBTIv/', 'post', 'gdg_rbu', 'DE_xvFlBTIv'],
    ['/gdg_rbu/reel/DFe0nxuhPox/', 'post', 'gdg_rbu', 'DFe0nxuhPox'],
  ])('%s → %s', (path, kind, handle, postId) => {
    expect(instagramPageKind(IG + path)).toEqual({ platform: 'instagram', kind, handle, postId });
  });

  it.each([
    '/',
    '/explore/',
    '/explore/tags/kopi/',
    '/explore/locations/123/jakarta/',
    '/explore/search/',
    '/reels/',
    '/reels/CN2VQ1yI_MA/',
    '/direct/inbox/',
    '/direct/t/12345/',
    '/accounts/edit/',
    '/accounts/login/',
    '/stories/gdg_rbu/3512345/',
    '/p/',
    '/p/x/',
    '/reel/',
    '/about/us/',
    '/legal/privacy/',
    '/developer/',
    '/web/lite/',
    '/emails/settings/',
    '/challenge/',
    '/gdg_rbu/p/',
    '/gdg_rbu/guide/something/',
    '/not a handle/',
    '/this_handle_is_far_too_long_for_instagram/',
  ])('%s is not a creator page', (path) => {
    const k = instagramPageKind(IG + path);
    expect(k?.kind).toBe('other');
    expect(k?.handle).toBeNull();
  });

  it('never takes a reserved path for a handle, even though it matches the handle pattern', () => {
    for (const reserved of RESERVED_PATHS) {
      expect(INSTAGRAM_HANDLE.test(reserved)).toBe(true);
      const k = instagramPageKind(`${IG}/${reserved}/`);
      expect(k?.handle ?? null, reserved).toBeNull();
      expect(k?.kind, reserved).toBe('other');
    }
  });

  it('accepts instagram.com without www and the mobile host; refuses other sites', () => {
    expect(instagramPageKind('https://instagram.com/gdg_rbu/')?.handle).toBe('gdg_rbu');
    expect(instagramPageKind('https://m.instagram.com/gdg_rbu/')?.handle).toBe('gdg_rbu');
    expect(instagramPageKind('https://notinstagram.com/gdg_rbu/')).toBeNull();
    expect(instagramPageKind('https://instagram.com.evil.example/gdg_rbu/')).toBeNull();
    expect(instagramPageKind('ftp://www.instagram.com/gdg_rbu/')).toBeNull();
    expect(instagramPageKind('not a url')).toBeNull();
  });
});

describe('pageKindFor / readPage dispatch', () => {
  it('delegates per host', () => {
    expect(pageKindFor(`${IG}/gdg_rbu/`)?.platform).toBe('instagram');
    expect(pageKindFor('https://www.tiktok.com/@illojuan')).toMatchObject({
      platform: 'tiktok',
      kind: 'profile',
      handle: 'illojuan',
    });
    expect(pageKindFor('https://example.com/gdg_rbu/')).toBeNull();
  });

  it('gives an error, not a reading, for other sites and non-creator pages', () => {
    const doc = {} as Document; // never touched: the URL decides first
    expect(readPage(doc, 'https://example.com/', 0)).toHaveProperty('error');
    expect(readPage(doc, `${IG}/explore/`, 0)).toHaveProperty('error');
    expect(readPage(doc, 'https://www.tiktok.com/foryou', 0)).toHaveProperty('error');
  });
});
