import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInstagramDataNode } from '../../../lib/sites/instagram/data-node';
import { isTiktokDataNode } from '../../../lib/sites/tiktok/data-node';
import { documentFromHtml } from './instagram-doc';

const SHARED = join(process.cwd(), '..', 'shared', 'fixtures');
const capture = (path: string) =>
  documentFromHtml(readFileSync(join(SHARED, path), 'utf8'), 'https://x.test/');
const matching = (doc: Document, test: (el: Element) => boolean) =>
  [...doc.querySelectorAll('*')].filter(test);

describe('data nodes: the elements that bring a profile’s figures while the page parses', () => {
  it('Instagram: the rendered header (logged in) and the inline data script (legacy _sharedData)', () => {
    const doc = capture('instagram/profile-loggedin-gdg_rbu-2025-02.html');
    const found = matching(doc, isInstagramDataNode);
    expect(found.some((el) => el.tagName === 'HEADER' && el.textContent?.includes('followers'))).toBe(true);
    const legacy = matching(
      capture('instagram/profile-legacy-shareddata-robertdowneyjr-2020-08.html'),
      isInstagramDataNode,
    );
    expect(legacy.some((el) => el.textContent?.includes('edge_followed_by'))).toBe(true);
    // Script files, inline scripts without counts and the document's scaffolding are not data.
    const plain = doc.createElement('script');
    plain.textContent = 'window.__bootstrap = {"username":"gdg_rbu"};';
    expect(isInstagramDataNode(plain)).toBe(false);
    const src = doc.createElement('script');
    src.setAttribute('src', '/app.js');
    expect(isInstagramDataNode(src)).toBe(false);
    expect(isInstagramDataNode(doc.createElement('div'))).toBe(false);
    // The description metas in <head>: the only figures of a logged-out page; other metas are not data.
    const loggedOut = matching(
      capture('instagram/profile-loggedout-pluto__travel-2024-12.html'),
      isInstagramDataNode,
    );
    expect(loggedOut.filter((el) => el.tagName === 'META').map((el) => el.getAttribute('content'))).toEqual(
      expect.arrayContaining([expect.stringContaining('2,362 Followers')]),
    );
    const other = doc.createElement('meta');
    other.setAttribute('property', 'og:title');
    expect(isInstagramDataNode(other)).toBe(false);
  });

  it('TikTok: the header count and the rehydration / legacy JSON scripts, nothing else', () => {
    const found = matching(capture('tiktok/profile-illojuan-2025-12.html'), isTiktokDataNode);
    const named = (el: Element) =>
      el.id || el.getAttribute('data-e2e') || el.getAttribute('name') || el.getAttribute('property');
    expect(found.map(named).sort()).toEqual([
      '__UNIVERSAL_DATA_FOR_REHYDRATION__',
      'description',
      'followers-count',
      'og:description',
    ]);
    const legacy = matching(capture('tiktok/profile-legacy-nextdata-tiktok-2021-01.html'), isTiktokDataNode);
    expect(legacy.map((el) => el.id)).toEqual(['__NEXT_DATA__']);
  });
});
