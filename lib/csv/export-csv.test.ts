import { describe, expect, it } from 'vitest';
import type { CreatorView } from '@/lib/schema/views';
import { FAKE_BRIEFS, fakeView, fakeViews, NOW } from '@/tests/support/dashboard/fake-views';
import { parseCsv, unneutralise } from '@/tests/support/dashboard/parse-csv';
import { cell, formatNumber, looksLikeFormula, neutralise, quote } from './cells';
import { backupFileName, csvFileName, exportCsv, exportCsvInChunks } from './export-csv';

/** A view whose free-text fields carry `text`. */
function withText(text: string, i = 0): CreatorView {
  const v = fakeView(i);
  return {
    ...v,
    creator: { ...v.creator, displayName: text },
    entry: {
      ...(v.entry as NonNullable<CreatorView['entry']>),
      notes: text,
      tags: [text.slice(0, 40) || 'x'],
    },
  };
}

function table(csv: string, delimiter: ',' | ';') {
  const rows = parseCsv(csv, delimiter);
  const header = rows[0] as string[];
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] as string])));
  return { header, records };
}

describe('cells', () => {
  it('quotes only when needed and doubles inner quotes', () => {
    expect(quote('plain', ',')).toBe('plain');
    expect(quote('a,b', ',')).toBe('"a,b"');
    expect(quote('a,b', ';')).toBe('a,b');
    expect(quote('a;b', ';')).toBe('"a;b"');
    expect(quote('say "hi"', ',')).toBe('"say ""hi"""');
    expect(quote('line1\nline2', ',')).toBe('"line1\nline2"');
    expect(quote('cr\ronly', ';')).toBe('"cr\ronly"');
  });

  it.each(['=', '+', '-', '@', '\t', '\r', '＝'])('neutralises a cell starting with %j', (prefix) => {
    const text = `${prefix}1+1`;
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it('sees a formula hidden behind bidi marks, zero-width or plain spaces', () => {
    for (const lead of ['\u202E', '\u200F', '\u200B', '  ', '\u2066\u202E']) {
      expect(neutralise(`${lead}=cmd|'/C calc'!A0`)).toBe(`'${lead}=cmd|'/C calc'!A0`);
    }
    expect(neutralise('\u202Eplain')).toBe('\u202Eplain');
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('')).toBe('');
  });

  it('writes decimals with "." for "," and with "," for ";"', () => {
    expect(formatNumber(5.3256, ',', 3)).toBe('5.326');
    expect(formatNumber(5.3256, ';', 3)).toBe('5,326');
    expect(formatNumber(1_250_000, ';', 2)).toBe('1250000');
    expect(formatNumber(0.1 + 0.2, ',', 4)).toBe('0.3');
    expect(formatNumber(1e-9, ',', 3)).toBe('0');
    expect(formatNumber(Number.NaN, ',', 3)).toBe('');
  });

  it('neutralises negative numbers too (the uniform rule), documented in lib/csv/README.md', () => {
    expect(cell(-12.5, ',', 2)).toBe("'-12.5");
    expect(cell(-12.5, ';', 2)).toBe("'-12,5");
    expect(cell(12.5, ';', 2)).toBe('12,5');
    expect(cell(true, ',')).toBe('true');
    expect(cell(null, ',')).toBe('');
  });
});

describe('exportCsv', () => {
  it('starts with a BOM, ends rows with CRLF and has the documented header', () => {
    const csv = exportCsv([fakeView(0)], FAKE_BRIEFS, { delimiter: ',', lang: 'en' });
    expect(csv.startsWith('\uFEFFplatform,handle,display_name,profile_url,tier,followers,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    const { header } = table(csv, ',');
    expect(header).toEqual([
      'platform',
      'handle',
      'display_name',
      'profile_url',
      'tier',
      'followers',
      'followers_exact',
      'engagement_median',
      'engagement_mean',
      'engagement_posts_used',
      'engagement_exact',
      'views_engagement_median',
      'median_views',
      'view_rate',
      'band',
      'band_of',
      'benchmark_set',
      'benchmark_source',
      'fit_Glow serum launch',
      'fit_Kopi Nusantara',
      'status',
      'notes',
      'tags',
      'rate',
      'currency',
      'added_at',
      'first_seen',
      'last_seen',
    ]);
  });

  it('round-trips the values of many rows through a parser, with both delimiters', () => {
    const views = fakeViews(300);
    for (const delimiter of [',', ';'] as const) {
      const { records } = table(exportCsv(views, FAKE_BRIEFS, { delimiter, lang: 'en' }), delimiter);
      expect(records).toHaveLength(300);
      records.forEach((rec, i) => {
        const v = views[i] as CreatorView;
        const num = (s: string | undefined) => Number((s ?? '').replace(',', '.'));
        expect(rec.handle).toBe(v.creator.handle);
        expect(rec.display_name).toBe(v.creator.displayName);
        expect(rec.followers).toBe(v.creator.followers ? String(v.creator.followers.value) : '');
        expect(rec.followers_exact).toBe(v.creator.followers ? String(v.creator.followers.exact) : '');
        expect(rec.notes).toBe(v.entry?.notes);
        expect(rec.status).toBe(v.entry?.status);
        const sep = delimiter === ',' ? '; ' : ', ';
        expect(rec.tags).toBe(v.entry?.tags.join(sep));
        expect(rec.rate).toBe(v.entry?.rate ? String(v.entry.rate.amount) : '');
        const e = v.creator.metrics?.engagement;
        if (e?.known) {
          expect(num(rec.engagement_median)).toBeCloseTo(e.byFollowers.median * 100, 3);
          if (delimiter === ';') expect(rec.engagement_median).not.toContain('.');
        } else {
          expect(rec.engagement_median).toBe('');
        }
        const fit = v.fits.find((f) => f.briefId === 'b-skin');
        expect(rec['fit_Glow serum launch']).toBe(String(fit?.score));
        expect(rec.last_seen).toBe(new Date(v.creator.lastSeen).toISOString().slice(0, 10));
      });
    }
  });

  it('keeps newlines in notes inside quotes', () => {
    const csv = exportCsv([withText('first line\r\nsecond "quoted", line\nthird')], [], {
      delimiter: ',',
      lang: 'en',
    });
    expect(csv).toContain('"first line\r\nsecond ""quoted"", line\nthird"');
    const { records } = table(csv, ',');
    expect(records[0]?.notes).toBe('first line\r\nsecond "quoted", line\nthird');
  });

  it('writes a decimal comma and quotes nothing needlessly with ";"', () => {
    const v = fakeView(3);
    const rated: CreatorView = {
      ...v,
      entry: { ...(v.entry as NonNullable<CreatorView['entry']>), rate: { amount: 1500.5, currency: 'USD' } },
    };
    const { records } = table(exportCsv([rated], [], { delimiter: ';', lang: 'en' }), ';');
    expect(records[0]?.rate).toBe('1500,5');
    expect(records[0]?.currency).toBe('USD');
  });

  it('writes Indonesian status words with lang "id"', () => {
    const v = fakeView(1);
    const contacted: CreatorView = {
      ...v,
      entry: { ...(v.entry as NonNullable<CreatorView['entry']>), status: 'contacted' },
    };
    const { records } = table(exportCsv([contacted], [], { delimiter: ';', lang: 'id' }), ';');
    expect(records[0]?.status).toBe('dihubungi');
  });

  it('writes preset tier names in Indonesian with lang "id" (the words the dashboard shows)', () => {
    const v = fakeView(1);
    const m = v.creator.metrics!;
    const micro: CreatorView = {
      ...v,
      creator: { ...v.creator, metrics: { ...m, tier: { known: true, tiers: ['micro', 'macro'] } } },
    };
    const id = table(exportCsv([micro], [], { delimiter: ';', lang: 'id' }), ';');
    expect(id.records[0]?.tier).toBe('mikro / makro');
    const en = table(exportCsv([micro], [], { delimiter: ',', lang: 'en' }), ',');
    expect(en.records[0]?.tier).toBe('micro / macro');
  });

  const HOSTILE = [
    '=HYPERLINK("http://x","y")',
    '+SUM(A1:A9)',
    '-2+3',
    '@SUM(1)',
    '\t=1',
    '\r=1',
    "=cmd|'/C calc'!A0",
    '\u202E=HYPERLINK("http://x","y")',
    '<script>alert(1)</script><img src=x onerror=alert(1)>',
    '\u202Bمرحبا\u202C =1',
    'x'.repeat(10_000),
    `=${'y'.repeat(9_999)}`,
  ];

  it.each(HOSTILE.map((h) => [h.slice(0, 30), h]))(
    'neutralises and round-trips hostile text %j',
    (_l, text) => {
      for (const delimiter of [',', ';'] as const) {
        const csv = exportCsv([withText(text)], [], { delimiter, lang: 'en' });
        const { records } = table(csv, delimiter);
        const rec = records[0] as Record<string, string>;
        for (const field of ['display_name', 'notes', 'tags']) {
          const got = rec[field] as string;
          // No cell may start with a trigger, even after invisible characters.
          expect(looksLikeFormula(got)).toBe(false);
          expect(unneutralise(got)).toBe(field === 'tags' ? text.slice(0, 40) : text);
        }
      }
    },
  );

  it('neutralises a hostile brief name in its fit header', () => {
    const brief = { ...(FAKE_BRIEFS[0] as (typeof FAKE_BRIEFS)[number]), name: '=1+1' };
    const csv = exportCsv([fakeView(0)], [brief], { delimiter: ',', lang: 'en' });
    expect(table(csv, ',').header).toContain('fit_=1+1');
    const dup = exportCsv([fakeView(0)], [brief, { ...brief, id: 'other' }], { delimiter: ',', lang: 'en' });
    expect(table(dup, ',').header).toContain('fit_=1+1 (2)');
  });

  it('leaves unknown figures empty, never 0', () => {
    const v = fakeView(0);
    const unknown: CreatorView = {
      ...v,
      creator: { ...v.creator, followers: null, metrics: null },
      entry: null,
    };
    const { records } = table(exportCsv([unknown], FAKE_BRIEFS, { delimiter: ',', lang: 'en' }), ',');
    const rec = records[0] as Record<string, string>;
    for (const f of ['followers', 'followers_exact', 'engagement_median', 'tier', 'status', 'rate']) {
      expect(rec[f]).toBe('');
    }
  });
});

describe('exportCsvInChunks', () => {
  it('gives the same text as exportCsv and reports progress', async () => {
    const views = fakeViews(1_234);
    const progress: number[] = [];
    let pauses = 0;
    const text = await exportCsvInChunks(
      views,
      FAKE_BRIEFS,
      { delimiter: ';', lang: 'id' },
      {
        chunkSize: 500,
        onProgress: (done) => progress.push(done),
        pause: async () => {
          pauses++;
        },
      },
    );
    expect(text).toBe(exportCsv(views, FAKE_BRIEFS, { delimiter: ';', lang: 'id' }));
    expect(progress).toEqual([500, 1000, 1234]);
    expect(pauses).toBe(3);
  });

  it('stops when cancelled', async () => {
    let chunks = 0;
    const text = await exportCsvInChunks(
      fakeViews(50),
      [],
      { delimiter: ',', lang: 'en' },
      { chunkSize: 10, onProgress: () => chunks++, cancelled: () => chunks >= 2 },
    );
    expect(text).toBeNull();
    expect(chunks).toBe(2);
  });
});

describe('file names', () => {
  it('uses the local date', () => {
    const d = new Date(NOW);
    const ymd = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(csvFileName(NOW)).toBe(`microlens-shortlist-${ymd}.csv`);
    expect(backupFileName(NOW)).toBe(`microlens-backup-${ymd}.json`);
  });
});

describe('the band and the figure it belongs to', () => {
  it('names the views-based column for a TikTok band, the follower-based one for Instagram', () => {
    const withBand = (i: number, platform: 'instagram' | 'tiktok', of?: 'engagement' | 'viewsEngagement') => {
      const v = fakeView(i);
      const m = v.creator.metrics!;
      return {
        ...v,
        creator: {
          ...v.creator,
          platform,
          metrics: {
            ...m,
            viewRate: { known: true as const, rate: 0.5, medianViews: 12_345, postsUsed: 5, exact: true },
            band: {
              known: true as const,
              band: 'typical' as const,
              benchmark: {
                min: 0.06,
                max: 0.1,
                label: 'nano',
                of,
                setName: 'Set A',
                source: 'Publisher, Report (2026)',
              },
            },
          },
        },
      };
    };
    const csv = exportCsv(
      [
        withBand(1, 'tiktok', 'viewsEngagement'),
        withBand(2, 'instagram', 'engagement'),
        withBand(3, 'tiktok'),
      ],
      [],
      { delimiter: ',', lang: 'en' },
    );
    const { records } = table(csv, ',');
    expect(records.map((r) => r.band_of)).toEqual([
      'views_engagement_median',
      'engagement_median',
      // Stored before bands named their figure: TikTok bands were views-based.
      'views_engagement_median',
    ]);
    expect(records[0]).toMatchObject({ band: 'typical', median_views: '12345', benchmark_set: 'Set A' });
    expect(records[0]?.benchmark_source).toBe('Publisher, Report (2026)');
  });
});
