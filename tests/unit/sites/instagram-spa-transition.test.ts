/**
 * In-app navigation on Instagram: the app changes the URL first and renders
 * the next profile later. Read in between, the page still shows the previous
 * profile: none of its figures may be recorded as the new creator's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInstagramPage } from '../../../lib/sites/instagram/reader';
import { closeDocuments, documentFromHtml, fixtureHtml } from './instagram-doc';

const GDG = 'profile-loggedin-gdg_rbu-2025-02.html';
const PLUTO_MAIN = readFileSync(
  join(process.cwd(), 'tests', 'pages', 'journey', 'instagram-pluto__travel-main.html'),
  'utf8',
);

afterAll(() => closeDocuments());

describe('Instagram reader during an in-app navigation', () => {
  it('reads nothing of the previous profile under the new URL', () => {
    const doc = documentFromHtml(fixtureHtml(GDG), 'https://www.instagram.com/pluto__travel/');
    const r = extractInstagramPage(doc, 'https://www.instagram.com/pluto__travel/', 1_700_000_000_000);
    expect(r.handle).toBe('pluto__travel');
    expect([r.followers, r.following, r.posts]).toEqual([null, null, null]);
    expect(r.displayName).toBeNull();
    expect(r.recentPosts).toEqual([]);
  });

  it('reads the new profile once the app has rendered it (the old metas left in <head>)', () => {
    const doc = documentFromHtml(fixtureHtml(GDG), 'https://www.instagram.com/pluto__travel/');
    const main = doc.querySelector('main');
    if (!main) throw new Error('no <main> in the capture');
    main.innerHTML = PLUTO_MAIN;
    const r = extractInstagramPage(doc, 'https://www.instagram.com/pluto__travel/', 1_700_000_000_000);
    expect(r.followers?.value).toBe(2_362);
    expect(r.following?.value).toBe(136);
    expect(r.posts?.value).toBe(224);
    expect(r.displayName).not.toBe('GDG On Campus RBU');
    expect(r.recentPosts.map((p) => p.id).sort()).toEqual(['DAAAAAAAAA1', 'DAAAAAAAAA2']);
  });

  it('still reads the previous profile under its own URL', () => {
    const doc = documentFromHtml(fixtureHtml(GDG), 'https://www.instagram.com/gdg_rbu/');
    const r = extractInstagramPage(doc, 'https://www.instagram.com/gdg_rbu/', 1_700_000_000_000);
    expect(r.followers?.value).toBe(3_351);
  });
});
