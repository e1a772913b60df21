/**
 * The page inspector as a user runs it: a child process on saved pages, checking
 * exit codes, the one-line errors and the key values of its JSON contract (scripts/inspect.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from './inspect-output';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const IG = join(ROOT, '..', 'shared', 'fixtures', 'instagram');
const PAGES = join(ROOT, 'tests', 'pages', 'instagram');
const NOW = '1740000000000';

function inspect(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/inspect.ts', '--now', NOW, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** windows-1252 bytes: Latin-1 plus the few characters cp1252 moves to 0x80–0x9F (here the bullet). */
function windows1252(text: string): Buffer {
  const CP1252: Record<string, number> = { '•': 0x95, '—': 0x97, '–': 0x96 };
  return Buffer.from(
    [...text].map((ch) => {
      const code = CP1252[ch] ?? ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in windows-1252: ${ch}`);
      return code;
    }),
  );
}

let savedDir = '';
let savedPage = '';
beforeAll(() => {
  // A browser's "Save page as" keeps the page's charset; this one declares windows-1252.
  savedDir = mkdtempSync(join(tmpdir(), 'microlens-inspect-'));
  savedPage = join(savedDir, 'Café Sari (@cafe.sari) • Foto dan video Instagram.html');
  const template = readFileSync(join(PAGES, 'saved-profile-chrome.template.html'), 'utf8');
  writeFileSync(savedPage, windows1252(template));
});
afterAll(() => rmSync(savedDir, { recursive: true, force: true }));

function json(stdout: string) {
  return JSON.parse(stdout) as Inspection;
}

describe('inspect (child process)', { timeout: 60_000 }, () => {
  it('logged-in capture: DOM counts, disagreement, 12 posts, metrics', () => {
    const r = inspect(
      '--url',
      'https://www.instagram.com/gdg_rbu/',
      join(IG, 'profile-loggedin-gdg_rbu-2025-02.html'),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = json(r.stdout);
    expect(out).toMatchObject({
      platform: 'instagram',
      pageKind: 'profile',
      handle: 'gdg_rbu',
      displayName: 'GDG On Campus RBU',
      followers: 3351,
      following: 194,
      posts: 177,
      likesTotal: null,
      exact: { followers: true, following: true, posts: true },
    });
    expect(out.sources.followers).toEqual({ source: 'attribute', exact: true });
    expect(out.disagreements).toContainEqual({
      field: 'followers',
      kept: { value: 3351, source: 'attribute' },
      other: { value: 3353, source: 'meta' },
    });
    expect(out.recentPosts).toHaveLength(12);
    expect(Object.keys(out.recentPosts[0] ?? {})).toEqual(
      expect.arrayContaining(['id', 'url', 'pinned', 'views', 'likes', 'comments', 'caption']),
    );
    // 3,351 followers is "nano" (1k–10k) in the standard scheme; only one of 12 tiles shows counts.
    expect(out.metrics).toMatchObject({ tier: 'nano', engagement: null, reason: 'missing-counts' });
    expect(Array.isArray(out.notices)).toBe(true);
  });

  it('web_profile_info response (.json): exact API counts and a known engagement', () => {
    const r = inspect(
      '--url',
      'https://www.instagram.com/robertdowneyjr/',
      join(IG, 'web_profile_info-robertdowneyjr-2022-06.json'),
    );
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out).toMatchObject({ handle: 'robertdowneyjr', followers: 52_979_346, following: 5, posts: 419 });
    expect(out.sources.followers).toEqual({ source: 'api', exact: true });
    expect(out.recentPosts[0]).toMatchObject({ likes: 2_126_144, comments: 8_856, views: 14_062_876 });
    expect(out.metrics.tier).toBe('mega');
    expect(out.metrics.postsUsed).toBe(12);
    expect(out.metrics.engagement).toBeGreaterThan(0.01);
    expect(out.metrics.engagement).toBeLessThan(0.2);
    // On Instagram the band belongs to the follower-based rate, judged in the default set.
    expect(out.metrics.bandOf).toBe('engagement');
    expect(out.metrics.benchmark?.set).toMatch(/^Industry reports/);
    expect(out.metrics.benchmark?.source).toMatch(/HypeAuditor/);
    expect(out.metrics.benchmark?.min).toBeCloseTo(0.0033 * 0.8, 10);
    // Instagram videos show views too, so the views-based figure exists; it just has no band here.
    expect(out.metrics.viewsEngagement).toBeGreaterThan(0);
  });

  it('TikTok profile: the band belongs to views-based engagement, with median views and the source', () => {
    const r = inspect(
      '--url',
      'https://www.tiktok.com/@tiktok',
      join(ROOT, '..', 'shared', 'fixtures', 'tiktok', 'profile-legacy-nextdata-tiktok-2021-01.html'),
    );
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.metrics.bandOf).toBe('viewsEngagement');
    expect(out.metrics.viewsEngagement).toBeGreaterThan(0);
    expect(out.metrics.viewsEngagement).not.toBe(out.metrics.engagement);
    expect(out.metrics.medianViews).toBe(19_100_000);
    // 50.1M followers: Rival IQ's "over 1M" 7.5% → 6–9.375% by views.
    expect(out.metrics.benchmark).toMatchObject({ min: 0.06, max: 0.09375 });
    expect(out.metrics.benchmark?.source).toMatch(/Rival IQ/);
    // 3.7% by views is below that range.
    expect(out.metrics.band).toBe('low');
  });

  it('post page: rounded likes shown with its range', () => {
    const r = inspect(
      '--url',
      'https://www.instagram.com/p/CPeC-Eenc8l/',
      join(IG, 'post-photo-willyrex-2024-12.html'),
    );
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.pageKind).toBe('post');
    expect(out.post).toMatchObject({
      likes: 298_000,
      comments: 553,
      exact: { likes: false, comments: true },
    });
    expect(out.followers).toBeNull();
    expect(out.metrics.tier).toBeNull();
  });

  it('a page saved with "Save page as" (windows-1252, <base>, absolute links, Indonesian)', () => {
    expect(readFileSync(savedPage).includes(Buffer.from('Café', 'utf8'))).toBe(false); // really not UTF-8
    const r = inspect('--url', 'https://www.instagram.com/cafe.sari/', savedPage);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out).toMatchObject({ displayName: 'Café Sari', followers: 48_213, following: 512, posts: 1_020 });
    expect(out.recentPosts.map((p) => p.likes)).toEqual([1_204, 2_310, 980]);
    // Median of (1,237, 2,351, 992) / 48,213.
    expect(out.metrics.engagement).toBeCloseTo(1_237 / 48_213, 10);
    expect(out.metrics.tier).toBe('micro');
  });

  it.each([
    [
      'instagram/glowing.with.nadia.html',
      'https://www.instagram.com/glowing.with.nadia/',
      { emails: ['nadia.glow@mail.example'], phones: [], links: ['https://linktr.ee/glowingwithnadia'] },
    ],
    [
      'tiktok/bang.ozi.main.html',
      'https://www.tiktok.com/@bang.ozi.main',
      { emails: ['ozi.gaming@mail.example'], phones: [], links: [] },
    ],
    [
      'instagram/mama.mpasi.rumahan.html',
      'https://www.instagram.com/mama.mpasi.rumahan/',
      { emails: [], phones: [], links: [] },
    ],
  ])('contacts from the demo profile %s (bio and link-in-bio only)', (file, url, contacts) => {
    const r = inspect('--url', url, join(ROOT, 'scripts', 'demo', 'pages', file));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json(r.stdout).contacts).toEqual(contacts);
  });

  it.each([
    [['tests/pages/instagram/profile-en.html'], 2, /missing --url/],
    [['--url', 'https://www.instagram.com/gdg_rbu/', 'does-not-exist.html'], 1, /cannot read/],
    [
      ['--url', 'https://example.com/gdg_rbu/', 'tests/pages/instagram/profile-en.html'],
      2,
      /unsupported URL/,
    ],
    [
      ['--url', 'https://www.instagram.com/explore/', 'tests/pages/instagram/profile-en.html'],
      2,
      /not a creator page/,
    ],
    [['--url', 'https://www.instagram.com/gdg_rbu/'], 2, /missing file/],
  ])('%j exits %i with a one-line reason', (args, code, message) => {
    const r = inspect(...args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
