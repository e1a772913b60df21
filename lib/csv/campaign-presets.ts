/**
 * A campaign's creators as CSV, in two presets (campaign-presets.md):
 *
 * - `client`: what goes to the brand. Headers in the UI's language, stage words
 *   translated, percentages written as percentages ("5,3%"), estimates marked
 *   "≈", contacts included; no internal notes, tags, rates, fit scores or
 *   analyst columns.
 * - `analyst`: everything, with the fixed English snake_case headers and codes of
 *   the shortlist CSV (the metric and fit columns are that file's own, reused).
 *
 * Indonesian Excel reads `;` with a decimal comma, so that is the default when
 * the UI is Indonesian (`,` and a decimal point otherwise); the caller may pass
 * either. Every cell goes through the one cell writer (cells.ts): formula
 * neutralising and quoting are never done twice or differently.
 */

import type { ContactLists } from '@/lib/contacts/model';
import { createT } from '@/lib/i18n/core';
import { campaignStrings } from '@/lib/i18n/strings/campaigns';
import { commonStrings } from '@/lib/i18n/strings/common';
import type { Brief } from '@/lib/schema/brief';
import type { Deliverable, IsoDate } from '@/lib/schema/campaign';
import type { CampaignCreatorRow } from '@/lib/schema/campaign-views';
import type { Platform } from '@/lib/schema/reading';
import { BOM, type CellValue, type CsvDelimiter, formatNumber, row } from './cells';
import { type CsvLang, csvColumns, isoDate, profileUrl, tagSeparator } from './columns';

export type CampaignCsvPreset = 'client' | 'analyst';

/** One row of the file: a campaign creator as the worker answers `campaigns:rows`. */
export type CampaignCsvRow = CampaignCreatorRow;

export interface CampaignCsvOptions {
  preset: CampaignCsvPreset;
  lang: CsvLang;
  /** Defaults to defaultCsvDelimiter(lang). */
  delimiter?: CsvDelimiter;
  /** The campaign's briefs (analyst preset: one fit column each). */
  briefs: Brief[];
  /** The user's calendar day, for "next due date". */
  today: IsoDate;
}

interface Column {
  header: string;
  decimals: number;
  value: (r: CampaignCsvRow) => CellValue;
}

/** `;` and a decimal comma for an Indonesian UI (what its Excel expects), `,` and a point otherwise. */
export function defaultCsvDelimiter(lang: CsvLang): CsvDelimiter {
  return lang === 'id' ? ';' : ',';
}

function platformAndHandle(r: CampaignCsvRow): { platform: Platform; handle: string } {
  const [platform, handle] = r.entry.creatorKey.split(':') as [Platform, string];
  return { platform, handle };
}

function nextDue(deliverables: readonly Deliverable[], today: IsoDate): IsoDate | null {
  let next: IsoDate | null = null;
  for (const d of deliverables)
    for (const date of d.due) if (date >= today && (next === null || date < next)) next = date;
  return next;
}

const NO_CONTACTS: ContactLists = { emails: [], phones: [], links: [] };
function contactsOf(r: CampaignCsvRow): ContactLists {
  return r.contacts ?? NO_CONTACTS;
}

/** "≈" before an estimate: the client sees it is one (the cell becomes text, deliberately). */
function estimate(text: string, exact: boolean): string {
  return exact ? text : `≈${text}`;
}

function clientColumns(lang: CsvLang, delimiter: CsvDelimiter, today: IsoDate): Column[] {
  const c = createT(lang, campaignStrings);
  const common = createT(lang, commonStrings);
  const join = tagSeparator(delimiter);
  const tierWord = (name: string) => {
    const key = `tier.${name}` as keyof (typeof commonStrings)['en'];
    return key in commonStrings.en ? common(key) : name;
  };
  return [
    {
      header: c('csv.platform'),
      decimals: 0,
      value: (r) => common(`platform.${platformAndHandle(r).platform}`),
    },
    { header: c('csv.handle'), decimals: 0, value: (r) => platformAndHandle(r).handle },
    { header: c('csv.name'), decimals: 0, value: (r) => r.creator?.displayName ?? null },
    {
      header: c('csv.profile'),
      decimals: 0,
      value: (r) => {
        const { platform, handle } = platformAndHandle(r);
        return profileUrl(platform, handle);
      },
    },
    {
      header: c('csv.followers'),
      decimals: 0,
      value: (r) => {
        const f = r.creator?.followers;
        if (!f) return null;
        return f.exact ? f.value : estimate(formatNumber(f.value, delimiter, 0), false);
      },
    },
    {
      header: c('csv.tier'),
      decimals: 0,
      value: (r) => {
        const t = r.creator?.metrics?.tier;
        return t?.known ? t.tiers.map(tierWord).join(' / ') : null;
      },
    },
    {
      header: c('csv.engagement'),
      decimals: 0,
      value: (r) => {
        const e = r.creator?.metrics?.engagement;
        if (!e?.known) return null;
        return estimate(`${formatNumber(e.byFollowers.median * 100, delimiter, 2)}%`, e.exact);
      },
    },
    { header: c('csv.stage'), decimals: 0, value: (r) => c(`stage.${r.entry.stage}`) },
    { header: c('csv.fee'), decimals: 2, value: (r) => r.entry.fee?.amount ?? null },
    { header: c('csv.currency'), decimals: 0, value: (r) => r.entry.fee?.currency ?? null },
    {
      header: c('csv.deliverables'),
      decimals: 0,
      value: (r) =>
        r.entry.deliverables.length === 0
          ? null
          : r.entry.deliverables.map((d) => c(`kind.${d.kind}`, { n: d.count })).join(join),
    },
    { header: c('csv.nextDue'), decimals: 0, value: (r) => nextDue(r.entry.deliverables, today) },
    { header: c('csv.postsLive'), decimals: 0, value: (r) => r.delivered?.posts.length ?? 0 },
    { header: c('csv.views'), decimals: 0, value: (r) => r.delivered?.views ?? null },
    { header: c('csv.engagements'), decimals: 0, value: (r) => r.delivered?.engagements ?? null },
    { header: c('csv.email'), decimals: 0, value: (r) => contactsOf(r).emails.join(join) || null },
    {
      header: c('csv.phone'),
      decimals: 0,
      value: (r) => contactsOf(r).phones.join(join) || null,
    },
    { header: c('csv.link'), decimals: 0, value: (r) => contactsOf(r).links.join(join) || null },
  ];
}

/**
 * The shortlist CSV's columns (columns.ts) that describe the creator — figures,
 * bands, benchmark, fit per brief — read from a campaign row. Everything else in
 * that file is the shortlist entry or identity, which a campaign writes its own
 * way; any figure column added there appears here too.
 */
const NOT_FIGURES = new Set([
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
]);

function deliverableCode(d: Deliverable): string {
  return `${d.kind}:${d.count}${d.due.length ? `:${d.due.join(' ')}` : ''}`;
}

function analystColumns(lang: CsvLang, delimiter: CsvDelimiter, briefs: Brief[], today: IsoDate): Column[] {
  const join = tagSeparator(delimiter);
  const shared: Column[] = csvColumns(briefs, delimiter, lang)
    .filter((col) => !NOT_FIGURES.has(col.header))
    .map((col) => ({
      header: col.header,
      decimals: col.decimals,
      value: (r) => (r.creator ? col.value({ creator: r.creator, entry: null, fits: r.fits }) : null),
    }));
  const fits = shared.filter((col) => col.header.startsWith('fit_'));
  const figures = shared.filter((col) => !col.header.startsWith('fit_'));
  return [
    { header: 'platform', decimals: 0, value: (r) => platformAndHandle(r).platform },
    { header: 'handle', decimals: 0, value: (r) => platformAndHandle(r).handle },
    {
      header: 'profile_url',
      decimals: 0,
      value: (r) => {
        const { platform, handle } = platformAndHandle(r);
        return profileUrl(platform, handle);
      },
    },
    ...figures,
    ...fits,
    { header: 'stage', decimals: 0, value: (r) => r.entry.stage },
    { header: 'fee', decimals: 2, value: (r) => r.entry.fee?.amount ?? null },
    { header: 'fee_currency', decimals: 0, value: (r) => r.entry.fee?.currency ?? null },
    { header: 'rate', decimals: 2, value: (r) => r.entry.rate?.amount ?? null },
    { header: 'rate_currency', decimals: 0, value: (r) => r.entry.rate?.currency ?? null },
    {
      header: 'deliverables',
      decimals: 0,
      value: (r) => r.entry.deliverables.map(deliverableCode).join(join) || null,
    },
    { header: 'next_due', decimals: 0, value: (r) => nextDue(r.entry.deliverables, today) },
    { header: 'posts_live', decimals: 0, value: (r) => r.delivered?.posts.length ?? 0 },
    { header: 'views', decimals: 0, value: (r) => r.delivered?.views ?? null },
    { header: 'engagements', decimals: 0, value: (r) => r.delivered?.engagements ?? null },
    { header: 'emails', decimals: 0, value: (r) => contactsOf(r).emails.join(join) || null },
    {
      header: 'phones',
      decimals: 0,
      value: (r) => contactsOf(r).phones.join(join) || null,
    },
    { header: 'links', decimals: 0, value: (r) => contactsOf(r).links.join(join) || null },
    { header: 'notes', decimals: 0, value: (r) => r.entry.notes },
    { header: 'tags', decimals: 0, value: (r) => r.entry.tags.join(join) },
    { header: 'added_at', decimals: 0, value: (r) => isoDate(r.entry.addedAt) },
    { header: 'updated_at', decimals: 0, value: (r) => isoDate(r.entry.updatedAt) },
    { header: 'first_seen', decimals: 0, value: (r) => isoDate(r.creator?.firstSeen) },
    { header: 'last_seen', decimals: 0, value: (r) => isoDate(r.creator?.lastSeen) },
  ];
}

export function campaignCsvColumns(opts: CampaignCsvOptions): Column[] {
  const delimiter = opts.delimiter ?? defaultCsvDelimiter(opts.lang);
  return opts.preset === 'client'
    ? clientColumns(opts.lang, delimiter, opts.today)
    : analystColumns(opts.lang, delimiter, opts.briefs, opts.today);
}

export function exportCampaignCsv(rows: readonly CampaignCsvRow[], opts: CampaignCsvOptions): string {
  const delimiter = opts.delimiter ?? defaultCsvDelimiter(opts.lang);
  const columns = campaignCsvColumns({ ...opts, delimiter });
  const parts = [
    BOM,
    row(
      columns.map((c) => c.header),
      delimiter,
    ),
  ];
  const decimals = columns.map((c) => c.decimals);
  for (const r of rows)
    parts.push(
      row(
        columns.map((c) => c.value(r)),
        delimiter,
        decimals,
      ),
    );
  return parts.join('');
}

/** "microlens-ramadan-2027-client-2027-02-03.csv": the campaign's name made safe for a file name. */
export function campaignCsvFileName(campaignName: string, preset: CampaignCsvPreset, today: IsoDate): string {
  const slug =
    campaignName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'campaign';
  return `microlens-${slug}-${preset}-${today}.csv`;
}
