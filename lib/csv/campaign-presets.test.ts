/**
 * Campaign CSV presets parsed back with csv-parse and checked value by value:
 * the client preset (readable headers in the UI's language, stage words
 * translated, percentages as percentages, no internal columns) and the analyst
 * preset (everything), in English with `,` and Indonesian with `;` and a decimal comma.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { campaignProgress } from '@/lib/campaigns/progress';
import { contactLists, extractContacts } from '@/lib/contacts';
import { computeCreatorMetrics } from '@/lib/metrics/compute-metrics';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import type { Brief } from '@/lib/schema/brief';
import { type Creator, CreatorSchema } from '@/lib/schema/creator';
import { PostReadingSchema } from '@/lib/schema/reading';
import { campaign, DAY, entry, figures, post, T0 } from '@/tests/support/campaigns/fixtures';
import {
  type CampaignCsvRow,
  campaignCsvFileName,
  defaultCsvDelimiter,
  exportCampaignCsv,
} from './campaign-presets';
import { csvColumns } from './columns';

function creator(
  handle: string,
  followers: number,
  exact: boolean,
  bio: string | null,
  externalUrl: string | null,
): Creator {
  const count = exact
    ? {
        value: followers,
        exact: true,
        min: followers,
        max: followers,
        source: 'json' as const,
        observedAt: T0,
      }
    : {
        value: followers,
        exact: false,
        min: followers - 50,
        max: followers + 49,
        source: 'dom' as const,
        observedAt: T0,
      };
  const posts = [300, 420, 380, 510, 290, 460].map((likes, i) =>
    PostReadingSchema.parse({
      id: `P${i}`,
      url: `https://www.instagram.com/p/P${i}/`,
      likes: { value: likes, exact: true, min: likes, max: likes, source: 'json' },
      comments: { value: 20 + i, exact: true, min: 20 + i, max: 20 + i, source: 'json' },
      takenAt: T0 - (i + 1) * DAY,
    }),
  );
  const metrics = computeCreatorMetrics({
    platform: 'instagram',
    followers: count,
    posts,
    snapshots: [],
    scheme: TIER_PRESETS.standard,
    now: T0,
  });
  return CreatorSchema.parse({
    key: `instagram:${handle}`,
    platform: 'instagram',
    handle,
    displayName: `=HYPERLINK("x") ${handle}`,
    verified: false,
    private: false,
    bio,
    externalUrl,
    followers: count,
    following: null,
    posts: null,
    likesTotal: null,
    videoCount: null,
    firstSeen: T0 - 10 * DAY,
    lastSeen: T0,
    metrics,
  });
}

const brief: Brief = {
  id: 'kopi',
  name: 'Kopi & kuliner — Jabodetabek',
  niches: [],
  keywords: ['kopi'],
  excludeKeywords: [],
  platforms: [],
  tiers: [],
  languages: [],
  locationWords: [],
  places: [],
  contentTypes: [],
};

const rina = creator(
  'rina.makeup',
  12_530,
  true,
  'Kerja sama: WA 0812-3456-7890 · rina.makeup@mail.example',
  'https://linktr.ee/rina',
);
const kelana = creator('kopi.kelana', 48_000, false, 'Ngopi & kulineran di Jakarta', null);
const entries = [
  entry(rina.key, {
    stage: 'agreed',
    fee: { amount: 3_500_000.5, currency: 'IDR' },
    rate: { amount: 1_000_000, currency: 'IDR' },
    deliverables: [
      { id: 'reels', kind: 'video', count: 2, due: ['2027-02-01', '2027-02-10'] },
      { id: 'st', kind: 'story', count: 1, due: [] },
    ],
    notes: 'INTERNAL: minta diskon 20%; jangan kirim ke klien',
    tags: ['vip', 'kuliner'],
  }),
  entry(kelana.key, { stage: 'declined', notes: 'terlalu mahal' }),
  // Imported through the queue, not visited yet: no figures, and nothing made up.
  entry('tiktok:bang.ozi.main', { stage: 'saved' }),
];
const posts = [
  post(rina.key, 'instagram:R1', [
    figures(T0, { views: 10_000, likes: 800, comments: 40 }),
    figures(T0 + DAY, { views: 30_000, likes: 1_500, comments: 60 }),
  ]),
];
const progress = campaignProgress(campaign({ briefIds: ['kopi'] }), entries, posts, '2027-02-03');
const rows: CampaignCsvRow[] = entries.map((e) => ({
  entry: e,
  creator: e.creatorKey === rina.key ? rina : e.creatorKey === kelana.key ? kelana : null,
  fits:
    e.creatorKey === rina.key
      ? [{ briefId: 'kopi', briefName: brief.name, score: 82, reasons: [] } as never]
      : [],
  delivered: progress.timelines.find((t) => t.creatorKey === e.creatorKey) ?? null,
  // What the worker reads from the creator's own bio and link.
  contacts:
    e.creatorKey === rina.key
      ? contactLists(extractContacts({ bio: rina.bio, links: [rina.externalUrl] }))
      : null,
}));

function readBack(text: string, delimiter: ',' | ';') {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const records = parse(text, { bom: true, delimiter, columns: true }) as Record<string, string>[];
  return records;
}

const engagement = (c: Creator) =>
  c.metrics?.engagement.known ? c.metrics.engagement.byFollowers.median * 100 : NaN;

describe('client preset', () => {
  it('English: readable headers, translated words, percentages, contacts; nothing internal', () => {
    const text = exportCampaignCsv(rows, {
      preset: 'client',
      lang: 'en',
      briefs: [brief],
      today: '2027-02-03',
    });
    const records = readBack(text, ',');
    expect(Object.keys(records[0]!)).toEqual([
      'Platform',
      'Account',
      'Name',
      'Profile link',
      'Followers',
      'Tier',
      'Engagement rate',
      'Stage',
      'Fee',
      'Currency',
      'Deliverables',
      'Next due date',
      'Posts live',
      'Views',
      'Engagements',
      'Email',
      'Phone / WhatsApp',
      'Link in bio',
    ]);
    expect(records[0]).toEqual({
      Platform: 'Instagram',
      Account: 'rina.makeup',
      // A name that looks like a formula is neutralised by the one cell writer.
      Name: `'=HYPERLINK("x") rina.makeup`,
      'Profile link': 'https://www.instagram.com/rina.makeup/',
      Followers: '12530',
      Tier: 'micro',
      'Engagement rate': `${(Math.round(engagement(rina) * 100) / 100).toString()}%`,
      Stage: 'Agreed',
      Fee: '3500000.5',
      Currency: 'IDR',
      Deliverables: '2 videos; 1 story',
      'Next due date': '2027-02-10',
      'Posts live': '1',
      Views: '30000',
      Engagements: '1560',
      Email: 'rina.makeup@mail.example',
      // "+…" is a formula trigger: the uniform rule (cells.ts, README) writes it as text.
      'Phone / WhatsApp': "'+6281234567890",
      'Link in bio': 'https://linktr.ee/rina',
    });
    // A rounded follower count is shown as the estimate it is.
    expect(records[1]).toMatchObject({
      Account: 'kopi.kelana',
      Followers: '≈48000',
      Stage: 'Declined',
      'Posts live': '0',
      Views: '',
      Email: '',
    });
    // …and so is an engagement rate computed from it.
    expect(records[1]!['Engagement rate']).toBe(
      `≈${(Math.round(engagement(kelana) * 100) / 100).toString()}%`,
    );
    // Not visited yet: empty cells, never zeros or guesses.
    expect(records[2]).toMatchObject({
      Platform: 'TikTok',
      Account: 'bang.ozi.main',
      Name: '',
      Followers: '',
      Tier: '',
      'Engagement rate': '',
      Stage: 'Saved',
    });
    // No internal notes, tags, rates, fit scores or analyst columns anywhere in the file.
    for (const secret of [
      'INTERNAL',
      'terlalu mahal',
      'vip',
      '1000000',
      'fit_',
      'followers_exact',
      'engagement_posts_used',
      '82',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('Indonesian: `;` with a decimal comma by default, Indonesian headers and stage words', () => {
    expect(defaultCsvDelimiter('id')).toBe(';');
    const text = exportCampaignCsv(rows, {
      preset: 'client',
      lang: 'id',
      briefs: [brief],
      today: '2027-02-03',
    });
    const records = readBack(text, ';');
    expect(Object.keys(records[0]!).slice(0, 8)).toEqual([
      'Platform',
      'Akun',
      'Nama',
      'Tautan profil',
      'Pengikut',
      'Tier',
      'Tingkat engagement',
      'Tahap',
    ]);
    expect(records[0]).toMatchObject({
      Tier: 'mikro',
      'Tingkat engagement': `${(Math.round(engagement(rina) * 100) / 100).toString().replace('.', ',')}%`,
      Tahap: 'Sepakat',
      Fee: '3500000,5',
      'Mata uang': 'IDR',
      'Konten yang disepakati': '2 video, 1 story',
      'Tenggat berikutnya': '2027-02-10',
      Tayangan: '30000',
      'Telepon / WhatsApp': "'+6281234567890",
    });
    expect(records[1]!.Tahap).toBe('Batal');
    expect(records[2]!.Tahap).toBe('Disimpan');
    // No English stage word inside the Indonesian file.
    for (const word of ['Agreed', 'Declined', 'Saved', 'videos']) expect(text).not.toContain(word);
  });

  it('the user may choose `,` in Indonesian: then decimals use a point', () => {
    const text = exportCampaignCsv(rows, {
      preset: 'client',
      lang: 'id',
      delimiter: ',',
      briefs: [],
      today: '2027-02-03',
    });
    expect(readBack(text, ',')[0]!.Fee).toBe('3500000.5');
  });
});

describe('analyst preset', () => {
  it('every column, fixed headers and codes, the shortlist file’s own metric and fit columns', () => {
    const text = exportCampaignCsv(rows, {
      preset: 'analyst',
      lang: 'id',
      briefs: [brief],
      today: '2027-02-03',
    });
    const records = readBack(text, ';');
    // The shortlist file's own figure and fit columns (columns.ts), whatever they are, between
    // the identity and the campaign's columns.
    const figures = csvColumns([brief], ';', 'id')
      .map((c) => c.header)
      .filter(
        (h) =>
          ![
            'platform',
            'handle',
            'profile_url',
            'status',
            'notes',
            'tags',
            'rate',
            'currency',
            'added_at',
            'first_seen',
            'last_seen',
          ].includes(h),
      );
    expect(figures).toContain('fit_Kopi & kuliner — Jabodetabek');
    expect(figures).toContain('engagement_median');
    expect(Object.keys(records[0]!)).toEqual([
      'platform',
      'handle',
      'profile_url',
      ...figures,
      'stage',
      'fee',
      'fee_currency',
      'rate',
      'rate_currency',
      'deliverables',
      'next_due',
      'posts_live',
      'views',
      'engagements',
      'emails',
      'phones',
      'links',
      'notes',
      'tags',
      'added_at',
      'updated_at',
      'first_seen',
      'last_seen',
    ]);
    const m = rina.metrics!;
    expect(records[0]).toMatchObject({
      platform: 'instagram',
      handle: 'rina.makeup',
      followers: '12530',
      followers_exact: 'true',
      engagement_median: (Math.round(engagement(rina) * 1000) / 1000).toString().replace('.', ','),
      engagement_posts_used: String(m.engagement.postsUsed),
      'fit_Kopi & kuliner — Jabodetabek': '82',
      stage: 'agreed',
      fee: '3500000,5',
      fee_currency: 'IDR',
      rate: '1000000',
      rate_currency: 'IDR',
      deliverables: 'video:2:2027-02-01 2027-02-10, story:1',
      next_due: '2027-02-10',
      posts_live: '1',
      views: '30000',
      engagements: '1560',
      emails: 'rina.makeup@mail.example',
      phones: "'+6281234567890",
      links: 'https://linktr.ee/rina',
      notes: 'INTERNAL: minta diskon 20%; jangan kirim ke klien',
      tags: 'vip, kuliner',
      added_at: '2027-02-03',
      first_seen: '2027-01-24',
    });
    expect(records[1]).toMatchObject({
      followers: '48000',
      followers_exact: 'false',
      stage: 'declined',
      notes: 'terlalu mahal',
    });
    expect(records[2]).toMatchObject({
      platform: 'tiktok',
      handle: 'bang.ozi.main',
      followers: '',
      tier: '',
      stage: 'saved',
      first_seen: '',
    });
  });
});

it('file names are safe and say the preset', () => {
  expect(campaignCsvFileName('Ramadan 2027 — Kopi & Kuliner!', 'client', '2027-02-03')).toBe(
    'microlens-ramadan-2027-kopi-kuliner-client-2027-02-03.csv',
  );
  expect(campaignCsvFileName('💥', 'analyst', '2027-02-03')).toBe(
    'microlens-campaign-analyst-2027-02-03.csv',
  );
});
