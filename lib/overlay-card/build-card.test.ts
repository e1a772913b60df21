import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/i18n/core';
import type { Reading } from '@/lib/schema/reading';
import type { CreatorView } from '@/lib/schema/views';
import {
  NOW,
  sampleEntry,
  sampleReading,
  sampleTiktokReading,
  sampleTiktokView,
  sampleUnknownView,
  sampleView,
} from '@/tests/support/ui-sample-views';
import { buildOverlayCard } from './build-card';
import { cardLabels } from './labels';
import type { CardFigure, OverlayCard } from './model';

function card(
  over: { reading?: Reading; view?: CreatorView | null; lang?: Lang; now?: number; error?: string } = {},
): OverlayCard {
  return buildOverlayCard({
    reading: over.reading ?? sampleReading(),
    view: over.view === undefined ? sampleView() : over.view,
    lang: over.lang ?? 'en',
    now: over.now ?? NOW,
    ...(over.error === undefined ? {} : { error: over.error }),
  });
}

/** The figure with this data-testid, among the key figures and the details. */
function fig(c: OverlayCard, id: string): CardFigure {
  const found = [...c.figures, ...c.details].find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

const ids = (figures: CardFigure[]) => figures.map((f) => f.id);

const SAVED_ENTRY = sampleEntry('instagram:sari.kuliner');

describe('overlay card figures', () => {
  it('shows exact followers, tier, engagement with band and post count (English)', () => {
    const c = card();
    expect(fig(c, 'ml-followers')).toEqual({
      id: 'ml-followers',
      label: 'Followers',
      state: 'known',
      text: '3,351',
      note: 'Exact count',
      sub: 'Exact count',
      wide: false,
      quiet: false,
      chip: null,
    });
    expect(fig(c, 'ml-tier')).toMatchObject({
      label: 'Tier',
      state: 'known',
      text: 'micro',
      note: '',
      sub: '',
    });
    expect(fig(c, 'ml-engagement')).toMatchObject({
      label: 'Engagement rate',
      text: '5.34%',
      note: 'from 12 posts',
      sub: 'from 12 posts',
      wide: true,
      chip: { band: 'typical', text: 'typical', title: 'Benchmark for this size: 2%–6% (Instagram 1K–10K)' },
    });
    expect(fig(c, 'ml-growth')).toMatchObject({
      state: 'known',
      text: '+240',
      note: 'in 60 days · +3.6% per 30 days',
    });
    expect(fig(c, 'ml-sponsored')).toMatchObject({
      text: '25%',
      sub: 'of recent posts',
      note: 'Share of recent posts with a paid-partnership label or an ad hashtag (#ad, #iklan…)',
    });
    expect(fig(c, 'ml-best-fit')).toMatchObject({
      label: 'Best brief fit',
      text: '82',
      note: 'Ramadan food campaign',
      sub: 'Ramadan food campaign',
      wide: true,
      quiet: false,
    });
    expect(c.freshness).toBe('read just now');
    expect(ids(c.figures)).toEqual(['ml-followers', 'ml-tier', 'ml-engagement', 'ml-best-fit']);
    // Instagram has no views-based figures.
    expect(ids(c.details)).toEqual(['ml-growth', 'ml-sponsored']);
    expect(c.labels).toEqual(cardLabels('en'));
  });

  it('says the same in Indonesian with Indonesian number formats', () => {
    const c = card({ lang: 'id' });
    expect(fig(c, 'ml-followers').text).toBe('3.351');
    expect(fig(c, 'ml-followers').note).toBe('Angka persis');
    expect(fig(c, 'ml-tier').text).toBe('mikro');
    expect(fig(c, 'ml-engagement').text).toBe('5,34%');
    expect(fig(c, 'ml-engagement').chip?.text).toBe('rata-rata');
    expect(fig(c, 'ml-engagement').sub).toBe('dari 12 postingan');
    expect(c.freshness).toBe('dibaca beberapa detik yang lalu');
    expect(c.labels.save).toBe('Simpan');
    expect(c.lang).toBe('id');
  });

  it('marks rounded TikTok counts with ≈, gives the range, the ambiguous tier and views figures', () => {
    const c = card({ reading: sampleTiktokReading(), view: sampleTiktokView() });
    expect(fig(c, 'ml-followers').text).toBe('≈1.1M');
    expect(fig(c, 'ml-followers').note).toBe('Rounded by the site: 1,100,000–1,199,999');
    expect(fig(c, 'ml-tier').text).toBe('micro or macro');
    expect(fig(c, 'ml-tier').note).toBe('The rounded follower count spans two tiers.');
    // The views-based rate is the headline and carries the band; median views next.
    expect(ids(c.figures)).toEqual([
      'ml-followers',
      'ml-tier',
      'ml-views-engagement',
      'ml-median-views',
      'ml-view-rate',
      'ml-best-fit',
    ]);
    expect(fig(c, 'ml-views-engagement')).toMatchObject({
      label: 'Engagement by views',
      text: '≈8.7%',
      wide: true,
    });
    expect(fig(c, 'ml-views-engagement').chip?.band).toBe('high');
    expect(fig(c, 'ml-views-engagement').chip?.title).toBe(
      'Benchmark for this size: 1%–3.5% (mega 1M+). Set: Popular article ranges (Untapper 2026). Source: Untapper, Influencer Marketing Benchmarks & KPIs (2026) (2026)',
    );
    expect(fig(c, 'ml-median-views')).toMatchObject({
      label: 'Median views',
      text: '≈242.9K',
      note: 'per video, from 12 videos',
    });
    expect(fig(c, 'ml-view-rate')).toMatchObject({
      label: 'View rate',
      text: '≈31%',
      note: 'median views ÷ followers',
    });
    // The follower-based rate is secondary and has no band of its own.
    expect(ids(c.details)).toEqual(['ml-engagement', 'ml-growth', 'ml-sponsored']);
    expect(fig(c, 'ml-engagement')).toMatchObject({
      label: 'Engagement by followers',
      text: '≈4.12%',
      chip: null,
    });
    expect(c.pill).toContain('≈8.7%');
    expect(fig(c, 'ml-sponsored').text).toBe('0%');
    const id = card({ reading: sampleTiktokReading(), view: sampleTiktokView(), lang: 'id' });
    expect(fig(id, 'ml-followers').text).toBe('≈1,1 jt');
    expect(fig(id, 'ml-tier').text).toBe('mikro atau makro');
    expect(fig(id, 'ml-median-views')).toMatchObject({
      label: 'Median tayangan',
      note: 'per video, dari 12 video',
    });
    expect(fig(id, 'ml-engagement').label).toBe('Engagement per pengikut');
  });

  it('puts a band chip only beside the figure the band belongs to, on either platform', () => {
    const chips = (c: OverlayCard) =>
      [...c.figures, ...c.details].filter((f) => f.chip !== null).map((f) => f.id);
    for (const of of ['engagement', 'viewsEngagement'] as const) {
      for (const [reading, view] of [
        [sampleTiktokReading(), sampleTiktokView()],
        [sampleReading(), sampleView()],
      ] as const) {
        const m = view.creator.metrics!;
        if (!m.band.known) throw new Error('sample band must be known');
        const withOf: CreatorView = {
          ...view,
          creator: {
            ...view.creator,
            metrics: { ...m, band: { ...m.band, benchmark: { ...m.band.benchmark, of } } },
          },
        };
        const c = card({ reading, view: withOf });
        const expected = of === 'engagement' ? 'ml-engagement' : 'ml-views-engagement';
        // Instagram cards show no views-based figure, so a views band has nowhere to go: no chip at all.
        expect(chips(c)).toEqual(
          reading.platform === 'instagram' && of === 'viewsEngagement' ? [] : [expected],
        );
      }
    }
  });

  it('says unknown with the reason as the note, no sub and no band chip', () => {
    const c = card({ view: sampleUnknownView() });
    expect(fig(c, 'ml-engagement')).toMatchObject({
      state: 'unknown',
      text: 'unknown',
      note: 'The creator hides like counts.',
      sub: '',
      chip: null,
    });
    expect(fig(c, 'ml-growth')).toMatchObject({
      state: 'unknown',
      text: 'unknown',
      note: 'Growth needs two visits some days apart.',
    });
    // An unknown sponsored share drops the "of recent posts" line too.
    expect(fig(c, 'ml-sponsored')).toMatchObject({ state: 'unknown', note: 'No posts seen yet.', sub: '' });
    expect(fig(c, 'ml-best-fit')).toMatchObject({
      state: 'known',
      text: 'no briefs yet',
      note: 'Add a brief in the dashboard to see how well creators fit it.',
      quiet: true,
    });
    const id = card({ view: sampleUnknownView(), lang: 'id' });
    expect(fig(id, 'ml-engagement')).toMatchObject({
      text: 'tidak diketahui',
      note: 'Kreator menyembunyikan jumlah suka.',
    });
  });

  it('keeps the band chip beside an unknown engagement when the band itself is known', () => {
    const view = sampleUnknownView();
    view.creator.metrics!.band = sampleView().creator.metrics!.band;
    expect(fig(card({ view }), 'ml-engagement').chip?.band).toBe('typical');
  });

  it('picks the best-scoring brief whatever the order, rounded', () => {
    const view = sampleView();
    view.fits = [
      { ...view.fits[1]!, score: 40.4 },
      { ...view.fits[0]!, briefName: 'Top', score: 90.6 },
    ];
    expect(fig(card({ view }), 'ml-best-fit')).toMatchObject({ text: '91', note: 'Top' });
  });

  it('shows the followers from the reading while the background is still computing', () => {
    const c = card({ reading: sampleTiktokReading(), view: null });
    expect(fig(c, 'ml-followers').text).toBe('≈1.1M');
    for (const id of ['ml-tier', 'ml-engagement', 'ml-best-fit', 'ml-views-engagement', 'ml-growth']) {
      expect(fig(c, id), id).toMatchObject({
        state: 'pending',
        text: 'computing…',
        note: '',
        sub: '',
        chip: null,
      });
    }
    // Nothing recorded yet: nothing to save (the content script handles a record in flight).
    expect(c.key).toBeNull();
    expect(c.saved).toBe(false);
    expect(c.pill).toBe('≈1.1M');
  });

  it('treats a stored creator without metrics as still computing', () => {
    const view = sampleView();
    view.creator.metrics = null;
    const c = card({ view });
    expect(fig(c, 'ml-tier').state).toBe('pending');
    expect(fig(c, 'ml-sponsored').state).toBe('pending');
    expect(fig(c, 'ml-best-fit').text).toBe('82');
    expect(c.key).toBe('instagram:sari.kuliner');
  });

  it('says unknown, not zero, when the page shows no follower count', () => {
    const c = card({ reading: sampleReading({ followers: null }), view: null });
    expect(fig(c, 'ml-followers')).toMatchObject({
      state: 'unknown',
      text: 'unknown',
      note: 'The follower count is not on this page.',
    });
    expect(JSON.stringify(fig(c, 'ml-followers'))).not.toMatch(/\d/);
    expect(c.pill).toBe('@sari.kuliner');
  });

  it('prefers the stored followers to the reading once recorded', () => {
    const c = card({ reading: sampleReading({ followers: null }) });
    expect(fig(c, 'ml-followers').text).toBe('3,351');
  });

  it('shows a read error in words', () => {
    const c = card({ view: null, error: 'no counts on this page' });
    expect(c.error).toBe('Could not read this page: no counts on this page');
    expect(card().error).toBeNull();
  });

  it('adds when the figures were updated only when they are older than the reading by over a minute', () => {
    const view = sampleView();
    view.creator.metrics!.computedAt = NOW - 3 * 86_400_000;
    expect(card({ view }).freshness).toBe('read just now · figures updated 3 days ago');
    expect(card({ view, lang: 'id' }).freshness).toBe(
      'dibaca beberapa detik yang lalu · angka diperbarui 3 hari yang lalu',
    );
    view.creator.metrics!.computedAt = NOW - 60_000;
    expect(card({ view }).freshness).toBe('read just now');
    expect(card({ now: NOW + 5 * 60_000 }).freshness).toBe('read 5 minutes ago');
  });
});

describe('who and handle', () => {
  it('titles the card with the display name and puts @handle under it', () => {
    const c = card();
    expect(c.who).toBe('Sari Kuliner Jakarta');
    expect(c.handle).toBe('@sari.kuliner');
    expect(c.platform).toBe('instagram');
  });

  it('uses the handle as the title without a name, and the site without either', () => {
    const noName = card({ reading: sampleReading({ displayName: null }), view: null });
    expect(noName.who).toBe('@sari.kuliner');
    expect(noName.handle).toBeNull();
    const nothing = card({
      reading: { ...sampleTiktokReading(), displayName: null, handle: null },
      view: null,
    });
    expect(nothing.who).toBe('TikTok');
    expect(nothing.handle).toBeNull();
    expect(nothing.pill).toBe('≈1.1M');
    const bare = card({
      reading: sampleReading({ displayName: null, handle: null, followers: null }),
      view: null,
    });
    expect(bare.pill).toBe('Microlens');
  });

  it("falls back to the stored creator's name and handle", () => {
    const c = card({ reading: sampleReading({ displayName: null, handle: null }) });
    expect(c.who).toBe('Sari Kuliner Jakarta');
    expect(c.handle).toBe('@sari.kuliner');
  });

  it('keeps a long display name whole', () => {
    const name = 'Nadia Putri | Skincare Lokal Jujur untuk Kulit Berminyak';
    expect(card({ reading: sampleReading({ displayName: name }) }).who).toBe(name);
  });
});

describe('reader notices', () => {
  const META_ONLY =
    'Only the page summary was readable (logged-out view?): counts may be rounded or lag, posts are not listed.';
  const FREE = 'The page header shows @someone.else, not @sari.kuliner: its figures were not read.';

  it('gives the first notice as a line, a count of the others, and every one for the hover', () => {
    const c = card({ reading: sampleReading({ notices: [META_ONLY, FREE] }) });
    expect(c.notice).toEqual({ first: META_ONLY, all: `${META_ONLY}\n${FREE}`, more: '1 more note' });
    expect(card({ reading: sampleReading({ notices: [META_ONLY] }) }).notice).toEqual({
      first: META_ONLY,
      all: META_ONLY,
      more: null,
    });
    expect(card({ reading: sampleReading({ notices: [META_ONLY, FREE, FREE] }) }).notice?.more).toBe(
      '2 more notes',
    );
  });

  it('translates a known notice and keeps free text in English', () => {
    const c = card({ reading: sampleReading({ notices: [META_ONLY, FREE] }), lang: 'id' });
    expect(c.notice?.first).toMatch(/^Hanya ringkasan halaman yang terbaca/);
    expect(c.notice?.all).toContain(FREE);
    expect(c.notice?.more).toBe('1 catatan lain');
  });

  it('gives none without notices, and does not repeat the one the error already says', () => {
    expect(card().notice).toBeNull();
    const why = 'No counts found on this page.';
    const c = card({ reading: sampleReading({ notices: [why] }), view: null, error: why, lang: 'id' });
    expect(c.notice).toBeNull();
    expect(c.error).toBe('Halaman ini tidak bisa dibaca: Tidak ada angka di halaman ini.');
  });
});

describe('save and pill', () => {
  it('has the creator key to save and the saved state from the shortlist entry', () => {
    const c = card();
    expect(c.key).toBe('instagram:sari.kuliner');
    expect(c.saved).toBe(false);
    expect(card({ view: sampleView({ entry: SAVED_ENTRY }) }).saved).toBe(true);
    expect(card({ view: sampleView({ entry: { ...SAVED_ENTRY, status: 'contacted' } }) }).saved).toBe(true);
  });

  it('puts followers · engagement in the pill, only the known ones', () => {
    expect(card().pill).toBe('3,351 · 5.34%');
    expect(card({ lang: 'id' }).pill).toBe('3.351 · 5,34%');
    expect(card({ view: sampleUnknownView() }).pill).toBe('3,351');
  });
});

describe('hostile page text', () => {
  const hostile = `\u202E<img src=x onerror=alert(1)>=HYPERLINK("http://evil.example","x")${'w'.repeat(10_000)}`;

  /** Every string anywhere in the card. */
  function strings(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  }

  it('keeps page text verbatim as plain strings: nothing escaped, nothing cut, nothing added', () => {
    const view = sampleView();
    view.fits[0]!.briefName = '<img src=y onerror=alert(2)>&amp;';
    const c = card({
      reading: sampleReading({ displayName: hostile, notices: [hostile, '<b>two</b>'] }),
      view,
      error: '<script>x</script>',
    });
    expect(c.who).toBe(hostile);
    expect(fig(c, 'ml-best-fit').note).toBe('<img src=y onerror=alert(2)>&amp;');
    expect(c.notice).toEqual({ first: hostile, all: `${hostile}\n<b>two</b>`, more: '1 more note' });
    expect(c.error).toBe('Could not read this page: <script>x</script>');
    // Only the page's own text carries markup characters; none was turned into entities.
    const all = strings(c);
    expect(all.filter((s) => s.includes('&lt;') || s.includes('&gt;') || s.includes('&quot;'))).toEqual([]);
    // Structured-clone safe: a plain-data round trip gives the same card.
    expect(structuredClone(c)).toEqual(c);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});

describe('best fit', () => {
  it('says "no brief fits yet" rather than a best fit of 0, and skips briefs that miss a must-have', () => {
    const base = sampleView();
    const fits = [
      { briefId: 'a', briefName: 'Coffee Jakarta', score: 0.3, reasons: [] },
      {
        briefId: 'b',
        briefName: 'Skincare',
        score: 14,
        reasons: [{ code: 'place-elsewhere', polarity: 'negative' as const, hard: true, params: {} }],
      },
    ];
    const c = card({ view: { ...base, fits } });
    expect(fig(c, 'ml-best-fit')).toMatchObject({ text: 'no brief fits yet', quiet: true });
    const id = card({ view: { ...base, fits }, lang: 'id' });
    expect(fig(id, 'ml-best-fit').text).toBe('belum ada brief yang cocok');
    const ok = card({
      view: { ...base, fits: [...fits, { briefId: 'c', briefName: 'Kopi', score: 42.4, reasons: [] }] },
    });
    expect(fig(ok, 'ml-best-fit')).toMatchObject({ text: '42', note: 'Kopi', quiet: false });
  });
});
