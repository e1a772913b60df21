/**
 * The shortlist table's columns: header, width, sort key and cell renderer.
 * One "Creator" cell (name, @handle, platform) stays pinned while the rest
 * scrolls sideways; fit is one "Best fit" column plus a column per brief only
 * where the marketer asked for it (or there are one or two briefs). Widths are
 * fixed tracks so virtualized rows and the header line up without measuring.
 */
import type { ComponentChildren } from 'preact';
import type { DashboardEnv } from '@/components/dashboard/shared/env';
import { formatMoney } from '@/components/dashboard/shared/money';
import { BandChip } from '@/components/shared/band-chip';
import { Described } from '@/components/shared/described';
import { countShown, engagementShown, tierShown } from '@/components/shared/figures';
import { formatPercent, formatRelative, t as tc } from '@/lib/i18n';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';
import type { Brief } from '@/lib/schema/brief';
import { briefColumnIds, type ColumnPrefs, type OptionalColumn, showsBestFit } from './column-prefs';
import { BestFitCell, BriefFitCell } from './fit-cells';
import type { RowActions } from './row-cells';
import { RateCell, StatusCell, TagsCell } from './row-cells';
import type { ShortlistRow, SortKey } from './table-model';

export interface Column {
  id: string;
  label: string;
  /** CSS grid track. */
  width: string;
  sortKey: SortKey | null;
  numeric?: boolean;
  /** Pinned to the left edge when the table scrolls sideways. */
  sticky?: boolean;
  /** Full header text on hover when the label is cut. */
  title?: string;
  render: (row: ShortlistRow, ctx: CellContext) => ComponentChildren;
}

export interface CellContext {
  env: DashboardEnv;
  actions: RowActions;
  /** Only the active row's controls are in the Tab order (roving focus). */
  tabbable: boolean;
}

const PLATFORM_SHORT = { instagram: 'IG', tiktok: 'TT' } as const;

/** What Date#toLocaleString shows by default, from a formatter made once (not one per cell). */
const FULL_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

export function profileHref(row: { platform: 'instagram' | 'tiktok'; handle: string }): string {
  return row.platform === 'instagram'
    ? `https://www.instagram.com/${row.handle}/`
    : `https://www.tiktok.com/@${row.handle}`;
}

export function buildColumns(env: DashboardEnv, briefs: Brief[], prefs: ColumnPrefs): Column[] {
  const { t, lang } = env;
  const platformName = (p: 'instagram' | 'tiktok') => (p === 'instagram' ? 'Instagram' : 'TikTok');
  const hidden = new Set<OptionalColumn>(prefs.hidden);
  const briefIds = briefs.map((b) => b.id);
  const names = new Map(briefs.map((b) => [b.id, b.name]));
  const creator: Column = {
    id: 'creator',
    label: t('col.creator'),
    // Minimum widths sized so the columns that always stay fit a 1024 px window (table-fit.ts).
    width: 'minmax(180px, 2fr)',
    sortKey: 'name',
    sticky: true,
    render: (r, c) => {
      const handle = `@${r.handle}`;
      return (
        <span class="ml-creator">
          <span class={`ml-platform ml-platform-${r.platform}`} title={platformName(r.platform)}>
            <span aria-hidden="true">{PLATFORM_SHORT[r.platform]}</span>
            <span class="ml-sr">{platformName(r.platform)}</span>
          </span>
          <span class="ml-creator-text">
            <button
              type="button"
              class="ml-linkbtn ml-name"
              tabIndex={c.tabbable ? 0 : -1}
              onClick={() => c.actions.open(r.key)}
              aria-label={t('row.open', { handle })}
              title={r.name ? `${r.name} (${handle})` : handle}
            >
              <bdi>{r.name || handle}</bdi>
            </button>
            <a
              class="ml-handle"
              title={t('row.profile', { handle, platform: platformName(r.platform) })}
              href={profileHref(r)}
              target="_blank"
              rel="noopener noreferrer"
              tabIndex={c.tabbable ? 0 : -1}
              aria-label={t('row.profile', { handle, platform: platformName(r.platform) })}
            >
              {handle}
            </a>
          </span>
        </span>
      );
    },
  };
  const figures: Column[] = [
    {
      id: 'followers',
      label: t('col.followers'),
      title: t('col.followersTier'),
      width: '104px',
      sortKey: 'followers',
      numeric: true,
      // The tier sits under the count: it follows from it, and a column of its own costs the width names need.
      render: (r) => {
        const s = countShown(r.view.creator.followers, lang);
        const m = r.view.creator.metrics;
        const tier = m ? tierShown(m.tier, lang) : null;
        return (
          <span class="ml-stack">
            {s.known ? (
              <span title={s.note}>{s.text}</span>
            ) : (
              <Described class="ml-muted ml-unknown-cell" desc={s.reason}>
                {tc(lang, 'unknown')}
              </Described>
            )}
            {tier?.known ? (
              <span class="ml-stack-sub" title={`${t('col.tier')}: ${tier.text}`}>
                {tier.text}
              </span>
            ) : tier && s.known ? (
              // With no follower count the tier is unknown for that same reason: one "unknown" says it.
              <span class="ml-stack-sub" title={tier.reason}>
                {`${t('col.tier')}: ${tc(lang, 'unknown')}`}
              </span>
            ) : null}
          </span>
        );
      },
    },
    {
      id: 'engagement',
      label: t('col.engagement'),
      width: '120px',
      sortKey: 'engagement',
      numeric: true,
      // The headline rate per platform, with the band it carries: views-based on TikTok (the
      // follower-based rate sits under it, without a band), follower-based on Instagram.
      render: (r) => {
        const m = r.view.creator.metrics;
        const platform = r.view.creator.platform;
        const e = platform === 'tiktok' ? m?.views : m?.engagement;
        if (!m || !e?.known) {
          // A word rather than a bare "?", as on the overlay; why it is unknown on hover and for screen
          // readers (not focusable: the grid's roving focus keeps one Tab stop per row).
          const shown = e ? engagementShown(e, lang) : null;
          const word = tc(lang, 'unknown');
          return shown && !shown.known ? (
            <Described class="ml-muted ml-unknown-cell" desc={shown.reason}>
              {word}
            </Described>
          ) : (
            <span class="ml-muted ml-unknown-cell">{word}</span>
          );
        }
        const med = 'byViews' in e ? e.byViews.median : e.byFollowers.median;
        const figure = platform === 'tiktok' ? 'viewsEngagement' : 'engagement';
        const byFollowers = platform === 'tiktok' && m.engagement.known ? m.engagement : null;
        return (
          <span class="ml-stack">
            <span class="ml-eng">
              <span>{`${e.exact ? '' : '≈'}${formatPercent(med, lang, med < 0.1 ? 2 : 1)}`}</span>
              <BandChip band={m.band} platform={platform} figure={figure} lang={lang} />
            </span>
            {platform === 'tiktok' ? (
              <span class="ml-stack-sub" data-testid="ml-eng-by-followers">
                {byFollowers
                  ? `${t('col.engagementByViews')} · ${tc(lang, 'engagementByFollowers')}: ${formatPercent(byFollowers.byFollowers.median, lang, 2)}`
                  : t('col.engagementByViews')}
              </span>
            ) : null}
          </span>
        );
      },
    },
  ];
  const fits: Column[] = [];
  if (showsBestFit(briefIds, prefs)) {
    fits.push({
      id: 'bestFit',
      label: t('col.bestFit'),
      title: t('col.bestFitTitle'),
      width: 'minmax(150px, 1.6fr)',
      sortKey: 'bestFit',
      render: (r) => <BestFitCell row={r} briefName={(id) => names.get(id) ?? id} env={env} />,
    });
  }
  for (const id of briefColumnIds(briefIds, prefs)) {
    const name = names.get(id) ?? id;
    fits.push({
      id: `fit:${id}`,
      label: t('col.fit', { name }),
      // The whole brief name on hover; the header shows up to three small lines of it.
      title: t('col.fit', { name }),
      width: '112px',
      sortKey: `fit:${id}` as SortKey,
      numeric: true,
      render: (r) => <BriefFitCell row={r} briefId={id} briefName={name} env={env} />,
    });
  }
  const tail: Column[] = [
    {
      id: 'status',
      label: t('col.status'),
      width: '136px',
      sortKey: 'status',
      render: (r, c) => <StatusCell row={r} actions={c.actions} tabbable={c.tabbable} />,
    },
    {
      id: 'tags',
      label: t('col.tags'),
      width: 'minmax(140px, 1fr)',
      sortKey: 'tags',
      // Keyed by creator: a row slot reused for another creator must not keep an open editor.
      render: (r, c) => <TagsCell key={r.key} row={r} actions={c.actions} tabbable={c.tabbable} />,
    },
    {
      id: 'rate',
      label: t('col.rate'),
      width: '100px',
      sortKey: 'rate',
      numeric: true,
      render: (r, c) => <RateCell key={r.key} row={r} actions={c.actions} tabbable={c.tabbable} />,
    },
    {
      id: 'lastSeen',
      label: t('col.lastSeen'),
      width: '124px',
      sortKey: 'lastSeen',
      render: (r) => (
        <span
          class="ml-wrap2"
          title={dateTimeFormat(lang === 'id' ? 'id-ID' : 'en-US', FULL_TIME).format(r.lastSeen)}
        >
          {formatRelative(r.lastSeen, env.now(), lang)}
        </span>
      ),
    },
  ];
  const optional = (c: Column) => !hidden.has(c.id as OptionalColumn);
  return [creator, ...figures.filter(optional), ...fits, ...tail.filter(optional)];
}

export { formatMoney };
