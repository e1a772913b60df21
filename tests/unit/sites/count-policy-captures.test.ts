/**
 * The one count policy (lib/sites/shared/pick-count.ts) on real captures of both sites:
 * exact beats rounded, what the user sees wins on disagreement, the lagging meta is recorded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readInstagramPage, readTiktokPage } from '../../../lib/sites/read-page';
import { closeDocuments, documentFromHtml, fixtureHtml as igHtml } from './instagram-doc';
import { documentFrom, fixtureHtml as ttHtml } from './tiktok-doc';

afterAll(closeDocuments);
const NOW = Date.UTC(2026, 0, 1);

describe('count policy on real captures', () => {
  it('Instagram 2025: the exact title attribute shown (3,351) beats the lagging meta (3,353), which is recorded', () => {
    const url = 'https://www.instagram.com/gdg_rbu/';
    const r = readInstagramPage(
      documentFromHtml(igHtml('profile-loggedin-gdg_rbu-2025-02.html'), url),
      url,
      NOW,
    );
    expect(r.followers).toMatchObject({ value: 3_351, exact: true, source: 'attribute' });
    expect(r.sources.followers).toEqual({ source: 'attribute', exact: true });
    expect(r.disagreements).toContainEqual({
      field: 'followers',
      kept: { value: 3_351, source: 'attribute' },
      other: { value: 3_353, source: 'meta' },
    });
  });

  it('Instagram 2020: exact JSON beats the rounded meta "46.3m" that agrees with it', () => {
    const url = 'https://www.instagram.com/robertdowneyjr/';
    const html = igHtml('profile-legacy-shareddata-robertdowneyjr-2020-08.html');
    const r = readInstagramPage(documentFromHtml(html, url), url, NOW);
    expect(r.followers).toMatchObject({ value: 46_383_825, exact: true, source: 'json' });
    expect(r.disagreements).toEqual([]);
  });

  it('TikTok 2025: exact statsV2 783,427 beats the shown "783.4K" without a disagreement', () => {
    const url = 'https://www.tiktok.com/@illojuan';
    const r = readTiktokPage(documentFrom(ttHtml('profile-illojuan-2025-12.html'), url), url, NOW);
    expect(r.followers).toMatchObject({ value: 783_427, exact: true, source: 'json' });
    expect(r.likesTotal).toMatchObject({ value: 3_922_256, exact: true });
    expect(r.disagreements).toEqual([]);
  });

  it('TikTok 2025: JSON edited to contradict the shown figure loses to the shown one, upgraded by the exact ld+json that agrees with it', () => {
    const url = 'https://www.tiktok.com/@illojuan';
    const html = ttHtml('profile-illojuan-2025-12.html').replace(
      '"followerCount":"783427"',
      '"followerCount":"912345"',
    );
    expect(html).toContain('912345');
    const r = readTiktokPage(documentFrom(html, url), url, NOW);
    expect(r.followers).toMatchObject({ value: 783_427, exact: true, source: 'json' });
    expect(r.disagreements.some((d) => d.field === 'followers' && d.other.value === 912_345)).toBe(true);
  });
});
