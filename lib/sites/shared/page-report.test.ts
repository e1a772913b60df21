import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { readInstagramPage, readTiktokPage } from '@/lib/sites/read-page';
import { bareUrl, pageReport, redactPage, reportFileName, viewerIdentifiers } from './page-report';

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});
function doc(html: string, url: string): Document {
  const w = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  windows.push(w);
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
const NOW = Date.UTC(2026, 11, 1);

/** A logged-in TikTok profile with everything a report must not carry. */
const TIKTOK_PAGE = `<!doctype html><html lang="en"><head><title>Nadia (@nadia.eats) | TikTok</title>
<meta name="csrf-token" content="CSRF-SECRET-1">
<meta name="description" content="Nadia (@nadia.eats) on TikTok | 1.2M Likes. 48.7K Followers.">
<meta property="og:url" content="https://www.tiktok.com/@nadia.eats?_t=SHARE-TOKEN-2">
<link rel="canonical" href="https://www.tiktok.com/@nadia.eats">
<script>window.__SESSION__ = "sessionid=SESSION-3"; document.cookie;</script>
</head><body>
<nav><a data-e2e="nav-profile" href="/@viewer.rina">Rina Viewer</a><img src="https://p16.example/viewer.jpg?x-signature=SIG-4" alt="viewer.rina"></nav>
<form action="/login"><input type="hidden" name="csrf" value="CSRF-SECRET-5"><input name="password" value="hunter2"></form>
<div data-e2e="user-page" onclick="steal()" style="color:red" data-secret="SECRET-6">
  <h1 data-e2e="user-title">Nadia</h1><h2 data-e2e="user-subtitle">nadia.eats</h2>
  <strong data-e2e="followers-count">48.7K</strong><strong data-e2e="likes-count">1.2M</strong>
  <img src="https://p16.example/avatar.jpg?x-expires=1&x-signature=SIG-7" alt="Nadia">
  <a href="/@someone.else">someone.else</a> <a href="/@nadia.eats/video/7501234567890123456?is_from_webapp=1">video</a>
  <p>Followed by viewer.rina and 3 others</p>
  <!-- build 123 user=viewer.rina -->
</div>
<iframe src="https://ads.example/?uid=7000000000000099999"></iframe>
<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.app-context":{"user":{"uniqueId":"viewer.rina","uid":"7000000000000099999"},"csrfToken":"CSRF-8"},"webapp.reflow.global.shareUser":{"shareUser":{"uniqueId":"viewer.rina"}},"webapp.user-detail":{"userInfo":{"user":{"uniqueId":"nadia.eats","nickname":"Nadia","avatarLarger":"https://p16.example/a.jpg?x-signature=SIG-9","msToken":"MS-10"},"stats":{"followerCount":48700},"statsV2":{"followerCount":"48713","heartCount":"1204567"},"itemList":[]}}}}</script>
<script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person","alternateName":"nadia.eats","url":"https://www.tiktok.com/@nadia.eats","interactionStatistic":[{"@type":"InteractionCounter","interactionType":{"@type":"http://schema.org/FollowAction"},"userInteractionCount":48713}]}}</script>
</body></html>`;

const VIEWER = ['viewer.rina', '7000000000000099999', 'Rina Viewer'];
const SECRETS = [
  'CSRF-SECRET-1',
  'SHARE-TOKEN-2',
  'SESSION-3',
  'SIG-4',
  'CSRF-SECRET-5',
  'hunter2',
  'SECRET-6',
  'SIG-7',
  'CSRF-8',
  'SIG-9',
  'MS-10',
  'steal()',
  'color:red',
  'is_from_webapp',
];

describe('redactPage', () => {
  const url = 'https://www.tiktok.com/@nadia.eats?lang=en&_r=1';
  const source = doc(TIKTOK_PAGE, url);
  const html = redactPage(source, { platform: 'tiktok', handle: 'nadia.eats', url, viewer: VIEWER });

  it('removes tokens, cookies, sessions, forms, handlers, styles and signed URLs', () => {
    for (const secret of SECRETS) expect(html, secret).not.toContain(secret);
    expect(html).not.toMatch(/<form|<input|<iframe|onclick|<nav/i);
  });

  it("removes the viewer's own identifiers everywhere (text, attributes, data, comments)", () => {
    for (const v of VIEWER) expect(html.toLowerCase(), v).not.toContain(v.toLowerCase());
    expect(html).not.toContain('app-context');
    expect(html).not.toContain('shareUser');
    expect(html).not.toContain('build 123');
  });

  it('keeps the markup and the creator data the readers need, so the copy reads the same', () => {
    const original = readTiktokPage(source, url, NOW);
    const copy = readTiktokPage(doc(html, url), url, NOW);
    expect(copy.followers).toEqual(original.followers);
    expect(copy.likesTotal).toEqual(original.likesTotal);
    expect(copy.displayName).toBe('Nadia');
    expect(copy.followers).toMatchObject({ value: 48_713, exact: true });
    expect(html).toContain('data-e2e="followers-count"');
    expect(html).toContain('href="/@nadia.eats/video/7501234567890123456"');
  });

  it('turns links to anyone but the creator into "#"', () => {
    expect(html).not.toContain('someone.else"');
    expect(html).toContain('<a href="#">someone.else</a>');
  });

  it('does not change the page it was given', () => {
    expect(source.querySelector('nav')).not.toBeNull();
    expect(source.querySelector('form')).not.toBeNull();
  });
});

describe('pageReport', () => {
  it('bundles the redacted page with the reading, URLs without query strings, nothing of the viewer', () => {
    const url = 'https://www.tiktok.com/@nadia.eats?_t=SHARE-TOKEN-2';
    const d = doc(TIKTOK_PAGE, url);
    const reading = readTiktokPage(d, url, NOW);
    const report = pageReport(d, {
      platform: 'tiktok',
      handle: 'nadia.eats',
      url,
      reading,
      viewer: VIEWER,
      savedAt: NOW,
    });
    expect(report).toMatchObject({
      format: 'microlens-page-report',
      version: 1,
      url: 'https://www.tiktok.com/@nadia.eats',
    });
    expect(report.reading?.followers?.value).toBe(48_713);
    expect(report.reading?.url).toBe('https://www.tiktok.com/@nadia.eats');
    const text = JSON.stringify(report);
    for (const secret of [...SECRETS, ...VIEWER]) expect(text, secret).not.toContain(secret);
    expect(reportFileName(report, 'nadia.eats')).toBe('microlens-report-tiktok-nadia.eats-2026-12-01.json');
  });

  it('a real Instagram capture: the redacted copy keeps the header figures and the grid, and drops the data blocks', () => {
    const url = 'https://www.instagram.com/gdg_rbu/';
    const real = readFileSync(
      join(process.cwd(), '..', 'shared', 'fixtures', 'instagram', 'profile-loggedin-gdg_rbu-2025-02.html'),
      'utf8',
    );
    const d = doc(real, url);
    const report = pageReport(d, {
      platform: 'instagram',
      handle: 'gdg_rbu',
      url,
      reading: readInstagramPage(d, url, NOW),
      viewer: ['viewer.example'],
      savedAt: NOW,
    });
    const copy = readInstagramPage(doc(report.html, url), url, NOW);
    expect(copy.followers).toMatchObject({ value: 3_351, exact: true, source: 'attribute' });
    expect(copy.posts?.value).toBe(177);
    expect(copy.recentPosts.length).toBe(12);
    expect(report.html).not.toMatch(/<script(?![^>]*ld\+json)/);
    expect(report.html.length).toBeLessThan(real.length / 2);
  });

  it('a reflow video page: the post and its author survive, the person who shared the link does not', () => {
    const url = 'https://www.tiktok.com/@nadia.eats/video/7501234567890123456';
    const page = readFileSync(join(process.cwd(), 'tests', 'pages', 'tiktok', 'reflow-video.html'), 'utf8');
    const d = doc(page, url);
    const report = pageReport(d, {
      platform: 'tiktok',
      handle: 'nadia.eats',
      url,
      reading: readTiktokPage(d, url, NOW),
      viewer: [],
      savedAt: NOW,
    });
    const copy = readTiktokPage(doc(report.html, url), url, NOW);
    expect(copy.post).toMatchObject({ id: '7501234567890123456', author: 'nadia.eats' });
    expect(copy.post?.likes).toMatchObject({ value: 1_024, exact: true });
    expect(report.html).not.toContain('link.sharer');
  });

  it('bareUrl keeps origin and path only', () => {
    expect(bareUrl('https://www.instagram.com/p/ABC/?igsh=xyz#c')).toBe('https://www.instagram.com/p/ABC/');
    expect(bareUrl('not a url')).toBe('');
  });
});

describe('viewerIdentifiers', () => {
  it("finds TikTok's logged-in user and the navigation's profile picture, never the creator", () => {
    const d = doc(TIKTOK_PAGE, 'https://www.tiktok.com/@nadia.eats');
    expect(viewerIdentifiers(d, 'tiktok', 'nadia.eats').sort()).toEqual([
      '7000000000000099999',
      'viewer.rina',
    ]);
    const ig = doc(
      `<nav><a href="/rina.v/"><img alt="rina.v's profile picture"></a></nav><header><img alt="sari.kopi's profile picture"></header>`,
      'https://www.instagram.com/sari.kopi/',
    );
    expect(viewerIdentifiers(ig, 'instagram', 'sari.kopi')).toEqual(['rina.v']);
  });
});
